// report [send] --month 2020-06 [--format text|docx|xlsx|png|json] [--out <path>] [--date <printed on>]
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { parseViDate } from "../../core/calendar/local-date.js";
import { localDateOf } from "../../core/calendar/zone.js";
import { UserError } from "../../i18n/user-error.js";
// The month check and the format list only: each renderer loads when its file is asked for.
import { REPORT_FILE_FORMATS, type ReportFileFormat, reportOnDemand, requestedMonth } from "../../monthly-report/on-demand.js";
import { writableTarget } from "../format.js";
import type { CliContext } from "../context.js";
import type { Runner } from "../program.js";

const FORMATS = ["text", ...REPORT_FILE_FORMATS, "json"] as const;

export function registerReport(program: Command, run: Runner, ctx: () => CliContext, tr: (k: string) => string): void {
  program
    .command("report [action]")
    .description(tr("cli-report"))
    .option("--month <month>", tr("cli-opt-month"))
    .option("--format <format>", `${tr("cli-opt-format")} (${FORMATS.join("|")})`, "text")
    .option("--out <path>", tr("cli-opt-out"))
    .option("--date <dd/mm/yyyy>", tr("cli-opt-printed"))
    .action(
      run(async (action: string | undefined, opts: { month?: string; format: string; out?: string; date?: string }) => {
        const c = ctx();
        const today = localDateOf(c.now(), c.config.TIME_ZONE);
        const { year, month: m } = requestedMonth(opts.month, today);
        const { db } = await c.store();
        if (action === "send") {
          const { queueMonthlyReport } = await import("../../monthly-report/posting.js");
          const queued = await queueMonthlyReport(db, { year, month: m }, c.now());
          c.out(c.tr("report-queued", { groups: queued.recipients, already: queued.already }));
          return 0;
        }
        if (action !== undefined) throw new UserError("error-bad-report-action", { value: action });
        if (!FORMATS.includes(opts.format as (typeof FORMATS)[number]))
          throw new UserError("error-bad-format", { value: opts.format, allowed: FORMATS.join(", ") });
        if (opts.out) writableTarget(opts.out);
        const printedOn = opts.date ? parseViDate(opts.date) : today;
        if (!printedOn) throw new UserError("error-bad-date", { value: opts.date! });
        const onDemand = await reportOnDemand(db, c.config, c.tr, { year, month: m }, today);
        if (opts.format === "text" || opts.format === "json") {
          const text = opts.format === "text" ? await onDemand.text() : JSON.stringify(onDemand.report, null, 2);
          if (opts.out) writeFileSync(opts.out, `${text}\n`);
          else c.out(text);
          return 0;
        }
        const file = await onDemand.file(opts.format as ReportFileFormat, printedOn);
        const out = writableTarget(opts.out ?? file.name);
        writeFileSync(out, file.body);
        c.out(c.tr("report-written", { file: out }));
        return 0;
      }),
    );
}
