// The admin command line: `dondoc <command>` (also `npm run cli -- <command>`).
import { Command, CommanderError } from "commander";
import { type Language, isLanguage, translator } from "../i18n/i18n.js";
import { registerBot } from "./commands/bot.js";
import { registerContacts } from "./commands/contacts.js";
import { registerReport } from "./commands/report.js";
import { registerHolidaysDb } from "./commands/holidays-db.js";
import { registerImportExport } from "./commands/import-export.js";
import { registerTasks } from "./commands/tasks.js";
import { registerUnderstand } from "./commands/understand.js";
import type { CliContext, CliOptions } from "./context.js";
import { describeError } from "./errors.js";

/** Wraps an action: its return value is the exit code; errors become one sentence on stderr. */
export type Runner = <A extends unknown[]>(fn: (...args: A) => Promise<number | void>) => (...args: A) => Promise<void>;

export interface CliIo {
  env?: NodeJS.ProcessEnv;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

function preLanguage(argv: string[], env: NodeJS.ProcessEnv): Language {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : env.DEFAULT_LANGUAGE;
  return isLanguage(v) ? v : "vi";
}

/** Commander's error sentences, said in Vietnamese when the admin reads Vietnamese. */
export function commanderError(text: string, lang: Language): string {
  if (lang !== "vi") return text;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: unknown command '(.*)'/m, (c) => `Lỗi: không có lệnh "${c}".`],
    [/^error: unknown option '(.*)'/m, (o) => `Lỗi: không có tùy chọn "${o}".`],
    [/^error: missing required argument '(.*)'/m, (a) => `Lỗi: thiếu tham số "${a}".`],
    [/^error: option '(.*)' argument missing/m, (o) => `Lỗi: tùy chọn "${o}" cần một giá trị.`],
    [/^error: too many arguments(?: for '(.*)')?/m, () => "Lỗi: thừa tham số."],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(text);
    if (m)
      return text.replace(m[0], say(...m.slice(1).map((x) => x ?? ""))).replace(/\(Did you mean (.*)\?\)/, "(Có phải ý anh/chị là $1?)");
  }
  return text;
}

/** Runs the CLI and resolves to the exit code, without calling process.exit (tests call this). */
export async function runCli(argv: string[], io: CliIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(text));
  const sinks = { stdout: io.stdout ?? ((text: string) => process.stdout.write(text)), stderr, now: io.now ?? (() => new Date()) };
  const lang = preLanguage(argv, env);
  const tr = translator(lang);
  let context: CliContext | undefined;
  let exitCode = 0;
  // The context (configuration, checked by zod, and the store) is loaded by the first command
  // that runs, never by `--help` or a mistyped command: loading zod alone costs a tenth of a second.
  let contexts: typeof import("./context.js") | undefined;
  const ctx = () => {
    if (!contexts) throw new Error("the command line's context is used before a command runs");
    return (context ??= contexts.createCliContext(program.opts<CliOptions>(), env, sinks));
  };
  const run: Runner =
    (fn) =>
    async (...args) => {
      try {
        contexts ??= await import("./context.js");
        exitCode = (await fn(...args)) ?? 0;
      } catch (error) {
        stderr(`${describeError(error, context?.tr ?? tr)}\n`);
        if (env.LOG_LEVEL === "debug" || env.LOG_LEVEL === "trace") stderr(`${(error as Error).stack ?? String(error)}\n`);
        exitCode = 1;
      }
    };

  const program = new Command("dondoc")
    .description(tr("cli-description"))
    .option("--lang <vi|en>", tr("cli-opt-lang"))
    .option("--verbose", tr("cli-opt-verbose"))
    .exitOverride()
    .showHelpAfterError(tr("cli-help-after-error"))
    .helpOption("-h, --help", tr("cli-help-option"))
    .helpCommand("help [command]", tr("cli-help-command"))
    // Commander's own words (titles, its error messages) in the admin's language.
    .configureHelp({
      styleTitle: (title) => (title.endsWith(":") ? `${tr(`cli-title-${title.slice(0, -1).toLowerCase().replace(/ /g, "-")}`)}:` : title),
    })
    .configureOutput({ writeErr: stderr, writeOut: sinks.stdout, outputError: (text, write) => write(commanderError(text, lang)) });
  registerImportExport(program, run, ctx, tr);
  registerTasks(program, run, ctx, tr);
  registerContacts(program, run, ctx, tr);
  registerHolidaysDb(program, run, ctx, tr);
  registerBot(program, run, ctx, tr);
  registerReport(program, run, ctx, tr);
  registerUnderstand(program, run, ctx, tr);
  const strict = (c: Command): void => {
    c.exitOverride().showHelpAfterError(tr("cli-help-after-error"));
    c.commands.forEach(strict);
  };
  program.commands.forEach(strict);

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  } finally {
    await context?.close().catch(() => undefined);
  }
  return exitCode;
}
