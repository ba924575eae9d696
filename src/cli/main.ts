// Entry point of `dondoc` / `npm run cli -- …`.
import { setFlagsFromString } from "node:v8";
import { loadEnvFile } from "../env-file.js";
import { runCli } from "./program.js";

// Prisma plans queries in WebAssembly. V8 compiles that module once quickly (Liftoff), then again,
// optimised, on background threads, and a process waits for those threads before it exits: a
// command of a few queries spent a tenth of a second after its output waiting for code it would
// never run. A command line is short-lived; the bot (src/main.ts) keeps the optimised tier.
setFlagsFromString("--liftoff-only");

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
