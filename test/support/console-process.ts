// `npm start` with no token, as a person at a terminal: the real bot process on a fresh SQLite
// file, typed into through a pipe, its screen read back.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ConsoleProcess {
  /** Everything the process printed so far. */
  output(): string;
  type(line: string): void;
  /** Waits until `text` appears on the screen. */
  expectOutput(text: string, ms?: number): Promise<void>;
  exited(): Promise<number | null>;
  dispose(): void;
}

export function startConsole(): ConsoleProcess {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-console-"));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, "dondoc.db")}` } as NodeJS.ProcessEnv;
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.ZALO_BOT_TOKEN;
  delete env.LOG_LEVEL;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env });
  let out = "";
  child.stdout.on("data", (c) => (out += c));
  child.stderr.on("data", (c) => (out += c));
  const exit = new Promise<number | null>((r) => child.on("exit", r));
  return {
    output: () => out,
    type: (line) => void child.stdin.write(`${line}\n`),
    async expectOutput(text, ms = 20_000) {
      const start = Date.now();
      while (!out.includes(text)) {
        if (Date.now() - start > ms) throw new Error(`"${text}" did not appear; output so far:\n${out}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    exited: () => exit,
    dispose() {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
