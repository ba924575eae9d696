// report [send] --month 2020-06 [--format text|docx|xlsx|png|json] [--out <path>] [--date <printed on>]
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { parseViDate } from "../../core/calendar/local-date.js";
import { localDateOf } from "../../core/calendar/zone.js";
import { isFutureMonth, previousMonth, parseMonth } from "../../core/reports/period.js";
import { UserError } from "../../i18n/user-error.js";
import type { CliContext } from "../context.js";
import { writableTarget } from "../format.js";
import type { Runner } from "../program.js";

const FORMATS = ["text", "docx", "xlsx", "png", "json"] as const;

function month(c: CliContext, text: string | undefined): { year: number; month: number } {
  if (text === undefined) return previousMonth(localDateOf(c.now(), c.config.TIME_ZONE));
  const m = parseMonth(text);
  if (!m) throw new UserError("error-bad-month", { value: text });
  return m;
}

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
        const { year, month: m } = month(c, opts.month);
        if (isFutureMonth({ year, month: m }, localDateOf(c.now(), c.config.TIME_ZONE)))
          throw new UserError("error-future-month", { month: `${String(m).padStart(2, "0")}/${year}` });
        const { db } = await c.store();
        const today = localDateOf(c.now(), c.config.TIME_ZONE);
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
        // Each format loads its own renderer (docx, exceljs, echarts): nothing else pays for them.
        const [{ buildMonthlyReport }, { reportText }, { documentSettings, reportFileName }] = await Promise.all([
          import("../../monthly-report/build.js"),
          import("../../monthly-report/text.js"),
          import("../../monthly-report/files.js"),
        ]);
        const report = await buildMonthlyReport(db, year, m, today);
        const binary = async (): Promise<Buffer> =>
          opts.format === "docx"
            ? (await import("../../monthly-report/documents/docx.js")).reportDocx(report, documentSettings(c.config), c.tr, printedOn)
            : opts.format === "xlsx"
              ? (await import("../../monthly-report/documents/xlsx.js")).reportXlsx(report, c.tr)
              : (await import("../../monthly-report/documents/chart.js")).reportPng(report, c.tr);
        if (opts.format === "text" || opts.format === "json") {
          const text = opts.format === "text" ? reportText(report, c.tr, { withFiles: false }) : JSON.stringify(report, null, 2);
          if (opts.out) writeFileSync(opts.out, `${text}\n`);
          else c.out(text);
          return 0;
        }
        const out = writableTarget(opts.out ?? reportFileName(report, opts.format));
        writeFileSync(out, await binary());
        c.out(c.tr("report-written", { file: out }));
        return 0;
      }),
    );
}
