// The report as chat text: section 1 in the seed report's own sentences, then each appendix with
// its first rows. Long texts are split by the channel on line boundaries.
import { formatViDate } from "../core/calendar/local-date.js";
import { viCount, viPercent } from "../core/reports/vi-number.js";
import type { Translate } from "../i18n/i18n.js";
import type { AppendixRow, MonthlyReport } from "./build.js";

/** 30/6/2020: how the seed writes the day in running text (month without a leading zero). */
export function textDate(iso: string): string {
  return `${iso.slice(8, 10)}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
}

export function section1(r: MonthlyReport, tr: Translate): string[] {
  const { period: p, month: m, year: y, shares: s } = r;
  return [
    tr("report-month", {
      month: String(p.month),
      year: String(p.year),
      assigned: viCount(m.assigned),
      due: viCount(m.due),
      completed: viCount(m.completed),
      onTime: viCount(m.onTime),
      onTimeShare: viPercent(s.monthOnTime),
      late: viCount(m.late),
    }),
    tr("report-year", {
      from: formatViDate(p.yearStart),
      to: textDate(p.cutoffDate),
      assigned: viCount(y.assigned),
      completed: viCount(y.completed),
      completedShare: viPercent(s.yearCompleted),
      onTime: viCount(y.onTime),
      onTimeShare: viPercent(s.yearOnTime),
      late: viCount(y.late),
      lateShare: viPercent(s.yearLate),
      notCompleted: viCount(y.notCompleted),
      notCompletedShare: viPercent(s.yearNotCompleted),
      within: viCount(y.withinDeadline),
      overdue: viCount(y.overdue),
    }),
  ];
}

const CHAT_ROWS = 10;

function appendix(title: string, rows: AppendixRow[], tr: Translate, withLate: boolean): string[] {
  const lines = ["", title];
  rows.slice(0, CHAT_ROWS).forEach((row, i) =>
    lines.push(
      tr("report-appendix-row", {
        n: String(i + 1),
        code: row.code,
        doc: row.documentNumber ? ` (${row.documentNumber})` : "",
        summary: row.summary.length > 120 ? `${row.summary.slice(0, 119)}…` : row.summary,
        agency: row.agency,
        due: formatViDate(row.dueDate),
        late: withLate && row.daysLate > 0 ? tr("report-appendix-late", { days: String(row.daysLate) }) : "",
      }),
    ),
  );
  if (rows.length > CHAT_ROWS) lines.push(tr("report-appendix-more", { count: viCount(rows.length - CHAT_ROWS) }));
  return lines;
}

export function reportText(r: MonthlyReport, tr: Translate, opts: { withFiles: boolean }): string {
  const p = r.period;
  const monthArgs = { month: String(p.month), year: String(p.year) };
  const lines = [tr("report-title"), tr("report-subtitle", { to: textDate(p.cutoffDate) }), "", tr("report-section1"), ...section1(r, tr)];
  if (p.inProgress) lines.push(tr("report-in-progress", monthArgs));
  lines.push(...appendix(tr("report-appendix1", { count: viCount(r.appendix1.length), ...monthArgs }), r.appendix1, tr, true));
  lines.push(...appendix(tr("report-appendix2", { count: viCount(r.appendix2.length) }), r.appendix2, tr, true));
  lines.push(...appendix(tr("report-appendix3", { count: viCount(r.appendix3.length) }), r.appendix3, tr, false));
  if (opts.withFiles) lines.push("", tr("report-files"));
  return lines.join("\n");
}
