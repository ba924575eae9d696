// Runs an entry point of the project: the compiled JavaScript in dist/ when `npm run build` made
// it and no source changed since, else the TypeScript sources through tsx (nothing to build, a
// newcomer's `npm install && npm start` just works). The compiled path starts several times faster.
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The built file for `entry` (src/….ts), when the build is newer than every source. */
export function builtEntry(entry, base = root) {
  try {
    const stamp = statSync(join(base, "dist", ".built")).mtimeMs;
    if (newestSource(join(base, "src")) > stamp) return undefined;
    return join(base, "dist", entry.replace(/\.ts$/, ".js"));
  } catch {
    return undefined;
  }
}

export async function launch(entry) {
  const built = builtEntry(entry);
  if (built) return import(pathToFileURL(built).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(root, entry)).href);
}

// `node scripts/launch.mjs src/main.ts [args…]`: the entry's own arguments follow.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const entry = process.argv[2];
  process.argv.splice(2, 1);
  await launch(entry);
}
