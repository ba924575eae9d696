// The period of a monthly report: month M, its cut-off (the end of its last day, or of today for
// the month in progress) and the year to date.
import { type LocalDate, firstDayOfMonth, lastDayOfMonth } from "../calendar/local-date.js";

export interface ReportPeriod {
  year: number;
  month: number;
  /** "2020-06" */
  key: string;
  firstDay: LocalDate;
  lastDay: LocalDate;
  /** The last day that counts: the month's last day, or today while the month is running. */
  cutoffDate: LocalDate;
  yearStart: LocalDate;
  inProgress: boolean;
}

export function reportPeriod(year: number, month: number, today: LocalDate): ReportPeriod {
  const firstDay = firstDayOfMonth(year, month);
  const lastDay = lastDayOfMonth(year, month);
  // The last day is still running until it ends: only from the next day is the month final.
  const inProgress = today >= firstDay && today <= lastDay;
  return {
    year,
    month,
    key: `${year}-${String(month).padStart(2, "0")}`,
    firstDay,
    lastDay,
    cutoffDate: inProgress ? today : lastDay,
    yearStart: `${year}-01-01`,
    inProgress,
  };
}

/** "6/2020", "06/2020", "2020-06" → { year, month }; undefined for anything else. */
export function parseMonth(text: string): { year: number; month: number } | undefined {
  const t = text.trim();
  const m = /^(\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{4})-(\d{1,2})$/.exec(t);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [year, month] = m[1]!.length === 4 ? [a, b] : [b, a];
  return month >= 1 && month <= 12 && year >= 2000 && year <= 2100 ? { year, month } : undefined;
}

/** The month before the one containing `today`. */
export function previousMonth(today: LocalDate): { year: number; month: number } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
}

/** A month that has not begun on `today`: there is nothing to report yet. */
export function isFutureMonth(m: { year: number; month: number }, today: LocalDate): boolean {
  return firstDayOfMonth(m.year, m.month) > today;
}
