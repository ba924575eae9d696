// Every user-facing text comes from locales/<lang>.ftl (Fluent). Vietnamese first, English too.
// Numbers passed as numbers are formatted by the locale: 1.736 in Vietnamese, 1,736 in English.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { projectRoot } from "../project-root.js";

export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export type Args = Record<string, FluentVariable>;

export function isLanguage(v: unknown): v is Language {
  return v === "vi" || v === "en";
}

/**
 * The language to speak to someone in: their own when they chose one, else the fallback (the
 * deployment's default, or a platform's hint).
 */
export function languageOf(person: { language?: string | null } | null | undefined, fallback: Language = "vi"): Language {
  const own = person?.language;
  return isLanguage(own) ? own : fallback;
}

const bundles = new Map<Language, FluentBundle>();

export function bundle(lang: Language): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    b = new FluentBundle(lang === "vi" ? "vi-VN" : "en-US", { useIsolating: false });
    const errors = b.addResource(new FluentResource(readFileSync(join(projectRoot(), "locales", `${lang}.ftl`), "utf8")));
    if (errors.length > 0) throw new Error(`locales/${lang}.ftl: ${errors.map((e) => e.message).join("; ")}`);
    bundles.set(lang, b);
  }
  return b;
}

/** The text for `key`; a missing key shows itself (a test keeps both files complete). */
export function t(lang: Language, key: string, args?: Args): string {
  const b = bundle(lang);
  const message = b.getMessage(key);
  if (!message?.value) return key;
  return b.formatPattern(message.value, args);
}

export type Translate = (key: string, args?: Args) => string;

export function translator(lang: Language): Translate {
  return (key, args) => t(lang, key, args);
}
