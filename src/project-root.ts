// Where the project's own files are, wherever the code runs from (src/ with tsx, dist/ when built).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "dondoc") return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("dondoc: cannot find the project folder (package.json)");
    dir = up;
  }
}
