// What a benchmark's fresh process runs: the compiled JavaScript when `npm run build` is up to
// date — what `npm start` and `dondoc` run in production, without a TypeScript loader in memory —
// else the TypeScript sources through tsx. Children are plain .mjs so that `node` alone runs them.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { builtEntry } from "../scripts/launch.mjs";

export const compiled = builtEntry("src/main.ts") !== undefined;

export async function load(entry) {
  const built = builtEntry(entry);
  if (built) return import(pathToFileURL(built).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(import.meta.dirname, "..", entry)).href);
}

/**
 * Times `work` and prints, as JSON for the parent: its seconds, this process's peak memory, what
 * ran (compiled or not) and whatever `work` returns.
 */
export async function measure(work) {
  const start = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, compiled, ...result }));
}
