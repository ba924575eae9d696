// The launcher runs the compiled build only when it is newer than every source.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtEntry } from "../../../scripts/launch.mjs";

describe("the launcher", () => {
  const base = mkdtempSync(join(tmpdir(), "dondoc-launch-"));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

  it("uses the sources until a build exists, the build while it is newer, the sources again once one changes", () => {
    mkdirSync(join(base, "src", "cli"), { recursive: true });
    writeFileSync(join(base, "src", "cli", "main.ts"), "");
    at(join(base, "src", "cli", "main.ts"), 1000);
    expect(builtEntry("src/cli/main.ts", base)).toBeUndefined();
    mkdirSync(join(base, "dist"), { recursive: true });
    writeFileSync(join(base, "dist", ".built"), "");
    at(join(base, "dist", ".built"), 2000);
    expect(builtEntry("src/cli/main.ts", base)).toBe(join(base, "dist", "src", "cli", "main.js"));
    at(join(base, "src", "cli", "main.ts"), 3000);
    expect(builtEntry("src/cli/main.ts", base)).toBeUndefined();
  });

  it("starts the real command line either way", () => {
    const out = execFileSync(process.execPath, ["bin/dondoc.js", "--help"], {
      encoding: "utf8",
      env: { ...process.env, DEFAULT_LANGUAGE: "vi" },
    });
    expect(out).toContain("dondoc — theo dõi, đôn đốc nhiệm vụ");
    expect(out).toContain("understand");
  });
});
