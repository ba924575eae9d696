// A month's report asked for by a person (the CLI, the web console): the month checked the same
// way, the figures built once, each file rendered on request with its own renderer loaded then.
import type { Config } from "../config.js";
import type { LocalDate } from "../core/calendar/local-date.js";
import { isFutureMonth, parseMonth, previousMonth } from "../core/reports/period.js";
import type { Translate } from "../i18n/i18n.js";
import { UserError } from "../i18n/user-error.js";
import type { Db } from "../store/client.js";
import type { MonthlyReport } from "./build.js";

export const REPORT_FILE_FORMATS = ["docx", "xlsx", "png"] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFileFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
};

/** The month a person typed (mm/yyyy or yyyy-mm), or last month; a month not begun is refused. */
export function requestedMonth(text: string | undefined, today: LocalDate): { year: number; month: number } {
  const m = text === undefined || text === "" ? previousMonth(today) : parseMonth(text);
  if (!m) throw new UserError("error-bad-month", { value: text ?? "" });
  if (isFutureMonth(m, today)) throw new UserError("error-future-month", { month: `${String(m.month).padStart(2, "0")}/${m.year}` });
  return m;
}

export interface ReportOnDemand {
  report: MonthlyReport;
  text(): Promise<string>;
  file(format: ReportFileFormat, printedOn: LocalDate): Promise<{ name: string; contentType: string; body: Buffer }>;
}

export async function reportOnDemand(
  db: Db,
  config: Config,
  tr: Translate,
  m: { year: number; month: number },
  today: LocalDate,
): Promise<ReportOnDemand> {
  const { buildMonthlyReport } = await import("./build.js");
  const report = await buildMonthlyReport(db, m.year, m.month, today);
  return {
    report,
    async text() {
      return (await import("./text.js")).reportText(report, tr, { withFiles: false });
    },
    async file(format, printedOn) {
      const { documentSettings, reportFileName } = await import("./files.js");
      const body =
        format === "docx"
          ? await (await import("./documents/docx.js")).reportDocx(report, documentSettings(config), tr, printedOn)
          : format === "xlsx"
            ? await (await import("./documents/xlsx.js")).reportXlsx(report, tr)
            : await (await import("./documents/chart.js")).reportPng(report, tr);
      return { name: reportFileName(report, format), contentType: CONTENT_TYPES[format], body };
    },
  };
}
