import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe(".env.example", () => {
  it("documents every variable the configuration reads, and no other", () => {
    const documented = [...readFileSync(".env.example", "utf8").matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    const config = readFileSync("src/config.ts", "utf8");
    const schema = config.slice(config.indexOf("const schema = z.object({"), config.indexOf("export type Config"));
    const read = [...schema.matchAll(/^ {2}([A-Z_]+):/gm)].map((m) => m[1]).sort();
    expect(read.length).toBeGreaterThan(10);
    expect(documented).toEqual(read);
  });
});
