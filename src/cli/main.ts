// Entry point of `dondoc` / `npm run cli -- …`.
import { loadEnvFile } from "../env-file.js";
import { runCli } from "./program.js";

loadEnvFile();

process.exitCode = await runCli(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`dondoc: ${(error as Error).message}\n`);
  return 1;
});
