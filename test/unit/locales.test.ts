import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/i18n.js";

const keys = (lang: string) =>
  new Set(
    readFileSync(`locales/${lang}.ftl`, "utf8")
      .split("\n")
      .map((l) => /^([a-z][\w-]*) =/.exec(l)?.[1])
      .filter((k): k is string => k !== undefined),
  );

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (p.includes("generated")) return [];
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("locales", () => {
  it("Vietnamese and English have the same messages", () => {
    expect([...keys("en")].sort()).toEqual([...keys("vi")].sort());
  });

  it("every literal message key in the code exists", () => {
    const vi = keys("vi");
    const used = new Set<string>();
    for (const file of sources("src")) {
      const text = readFileSync(file, "utf8");
      for (const re of [
        /\btr?\(\s*"([a-z][\w-]+)"/g,
        /\bt\(\s*\w+,\s*"([a-z][\w-]+)"/g,
        /\bsay\(\s*"([a-z][\w-]+)"/g,
        /\btext\(\s*"([a-z][\w-]+)"/g,
      ])
        for (const m of text.matchAll(re)) used.add(m[1]!);
      for (const m of readFileSync(file, "utf8").matchAll(/new UserError\(\s*"([a-z][\w-]+)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !vi.has(k))).toEqual([]);
  });

  it("formats numbers the Vietnamese way in Vietnamese", () => {
    expect(t("vi", "tasks-count", { count: 1736 })).toBe("1.736 nhiệm vụ.");
    expect(t("en", "tasks-count", { count: 1736 })).toBe("1,736 tasks.");
    expect(t("en", "deadline-overdue", { days: 1 })).toBe("1 day overdue");
  });
});
