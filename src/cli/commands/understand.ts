// understand "<text>" [--json] [--file lines.txt]: how the bot reads a message, so an admin can
// see why it answered as it did, and support can check a phrase without a chat.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { formatViDate } from "../../core/calendar/local-date.js";
import { localDateOf } from "../../core/calendar/zone.js";
import { type ReplyIntent, understandReply } from "../../core/replies/understand.js";
import { UserError } from "../../i18n/user-error.js";
import type { CliContext } from "../context.js";
import type { Runner } from "../program.js";

/** One word for what the bot does with the message. */
export function outcomeOf(intent: ReplyIntent): string {
  switch (intent.kind) {
    case "complete":
      return "complete";
    case "maybe_complete":
      return "ask";
    case "not_done":
      return "not_done";
    default:
      return intent.kind;
  }
}

function lines(c: CliContext, text: string, intent: ReplyIntent): string[] {
  const out = [`"${text}"`, `  ${c.tr("understand-outcome")}: ${c.tr(`understand-${intent.kind}`)}`];
  if (intent.kind === "not_done") out.push(`  ${c.tr("understand-reason")}: ${c.tr(`understand-reason-${intent.reason}`)}`);
  if (intent.kind === "maybe_complete") out.push(`  ${c.tr("understand-reason")}: ${c.tr(`understand-doubt-${intent.doubt}`)}`);
  if ("codes" in intent && intent.codes.length) out.push(`  ${c.tr("understand-codes")}: ${intent.codes.join(", ")}`);
  if ("note" in intent && intent.note) out.push(`  ${c.tr("understand-note")}: ${intent.note}`);
  if (intent.kind === "extension") {
    if (intent.date) out.push(`  ${c.tr("understand-date")}: ${formatViDate(intent.date)}`);
    if (intent.badDate) out.push(`  ${c.tr("understand-bad-date")}: ${intent.badDate}`);
    if (intent.reason) out.push(`  ${c.tr("understand-extension-reason")}: ${intent.reason}`);
  }
  return out;
}

export function registerUnderstand(program: Command, run: Runner, ctx: () => CliContext, tr: (k: string) => string): void {
  program
    .command("understand [text]")
    .description(tr("cli-understand"))
    .option("--file <path>", tr("cli-opt-understand-file"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (text: string | undefined, opts: { file?: string; json?: boolean }) => {
        const c = ctx();
        let messages: string[];
        if (opts.file) {
          try {
            messages = readFileSync(opts.file, "utf8")
              .split(/\r?\n/)
              .filter((l) => l.trim() !== "");
          } catch {
            throw new UserError("error-file-unreadable", { file: opts.file });
          }
        } else if (text !== undefined) messages = [text];
        else throw new UserError("error-understand-usage");
        const today = localDateOf(c.now(), c.config.TIME_ZONE);
        const read = messages.map((m) => ({ text: m, intent: understandReply(m, today) }));
        if (opts.json) {
          const rows = read.map((r) => ({ text: r.text, outcome: outcomeOf(r.intent), ...r.intent }));
          c.json(opts.file ? rows : rows[0]);
          return 0;
        }
        for (const r of read) lines(c, r.text, r.intent).forEach((l) => c.out(l));
        return 0;
      }),
    );
}
