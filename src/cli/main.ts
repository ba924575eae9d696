// Entry point of `dondoc` / `npm run cli -- …`.
import { loadEnvFile } from "../env-file.js";
import { runCli } from "./program.js";

loadEnvFile();

// Output piped into a command that stops reading (`dondoc tasks list | head`): nothing more to say.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`dondoc: ${(error as Error).message}\n`);
  return 1;
});
