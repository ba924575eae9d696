// Runs the real CLI entry (runCli) against a store URL, with a fixed clock, capturing output.
import { runCli } from "../../src/cli/program.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

export async function cli(url: string, args: string[], opts: { now?: Date; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    env: { DATABASE_URL: url, LOG_LEVEL: "silent", ...opts.env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => opts.now ?? new Date("2026-11-30T03:00:00Z"),
  });
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
