// What every command needs: configuration, language, the store (opened on first use), output.
import { createRequire } from "node:module";
import { type Config, loadConfig } from "../config.js";
import { type Language, type Translate, isLanguage, translator } from "../i18n/i18n.js";
import type { Store } from "../store/store.js";

// cli-table3 (CommonJS) only when a table is printed.
const require = createRequire(import.meta.url);

export interface CliContext {
  config: Config;
  lang: Language;
  tr: Translate;
  now(): Date;
  store(): Promise<Store>;
  out(text: string): void;
  json(value: unknown): void;
  table(head: string[], rows: (string | number | null)[][]): void;
  close(): Promise<void>;
}

export interface CliSinks {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

const processSinks: CliSinks = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
};

export interface CliOptions {
  lang?: string;
  /** Say which store the command works on. */
  verbose?: boolean;
}

export function createCliContext(opts: CliOptions = {}, env: NodeJS.ProcessEnv = process.env, sinks: CliSinks = processSinks): CliContext {
  const langOption = opts.lang;
  const config = loadConfig(env);
  const lang: Language = isLanguage(langOption) ? langOption : config.DEFAULT_LANGUAGE;
  let store: Promise<Store> | undefined;
  const tr = translator(lang);
  /** A store made just now is said so, always (on stderr): a command run against the wrong path shows it. */
  const open = async (): Promise<Store> => {
    const opened = await (await import("../store/store.js")).openStore(config.DATABASE_URL);
    if (opened.created) sinks.stderr(`${tr("cli-store-new", { path: opened.location })}\n`);
    else if (opts.verbose) sinks.stderr(`${tr("cli-store", { path: opened.location })}\n`);
    return opened;
  };
  return {
    config,
    lang,
    tr,
    now: sinks.now,
    // The store (Prisma, the driver, migrations) opens on first use: `--help` never pays for it.
    store: () => (store ??= open()),
    out: (text) => sinks.stdout(`${text}\n`),
    json: (value) => sinks.stdout(`${JSON.stringify(value, null, 2)}\n`),
    table(head, rows) {
      const Table = require("cli-table3") as typeof import("cli-table3");
      const table = new Table({ head, style: { head: [], border: [] }, wordWrap: true });
      table.push(...rows.map((r) => r.map((c) => c ?? "")));
      sinks.stdout(`${table.toString()}\n`);
    },
    async close() {
      if (store) await (await store).close();
    },
  };
}
