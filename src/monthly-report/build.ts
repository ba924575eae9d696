// The monthly review report for any month, as of its cut-off: section 1's figures and shares,
// the three appendices and the figures per agency. The same data and month always give the same
// report: nothing here reads the clock except to know whether the month is still running.
import { type LocalDate, daysBetween } from "../core/calendar/local-date.js";
import { type MonthFigures, type Shares, type YearFigures, shares } from "../core/reports/figures.js";
import { type ReportPeriod, reportPeriod } from "../core/reports/period.js";
import type { Db } from "../store/client.js";
import {
  type AppendixTask,
  agenciesByIds,
  agencyFigures,
  lateInMonth,
  periodFigures,
  overdueAtCutoff,
  reportedNotConfirmed,
} from "../store/report-repo.js";

export interface AppendixRow {
  code: string;
  documentNumber: string | null;
  documentDate: LocalDate | null;
  summary: string;
  assignedBy: string | null;
  agency: string;
  officer: string | null;
  dueDate: LocalDate;
  originalDueDate: LocalDate;
  reportedOn: LocalDate | null;
  /** Days after the deadline: of the completion (appendices 1, 3) or of the cut-off (appendix 2). */
  daysLate: number;
}

export interface AgencyRow {
  code: string;
  name: string;
  assigned: number;
  onTime: number;
  late: number;
  withinDeadline: number;
  overdue: number;
}

export interface MonthlyReport {
  period: ReportPeriod;
  month: MonthFigures;
  year: YearFigures;
  shares: Shares;
  appendix1: AppendixRow[];
  appendix2: AppendixRow[];
  appendix3: AppendixRow[];
  agencies: AgencyRow[];
}

function row(t: AppendixTask, lateFrom: (t: AppendixTask) => LocalDate): AppendixRow {
  return {
    code: t.code,
    documentNumber: t.documentNumber,
    documentDate: t.documentDate,
    summary: t.summary,
    assignedBy: t.assignedBy,
    agency: t.leadAgency.name,
    officer: t.officer?.fullName ?? null,
    dueDate: t.dueDate,
    originalDueDate: t.originalDueDate,
    reportedOn: t.reportedOn,
    daysLate: Math.max(0, daysBetween(t.dueDate, lateFrom(t))),
  };
}

/** The report's figures without its appendices: what the web console's overview shows, cheaply. */
export type ReportFigures = Omit<MonthlyReport, "appendix1" | "appendix2" | "appendix3">;

export async function reportFigures(db: Db, year: number, month: number, today: LocalDate): Promise<ReportFigures> {
  const period = reportPeriod(year, month, today);
  const [{ month: m, year: y }, perAgency] = await Promise.all([periodFigures(db, period), agencyFigures(db, period)]);
  const names = new Map(
    (
      await agenciesByIds(
        db,
        perAgency.map((a) => a.agencyId),
      )
    ).map((a) => [a.id, a]),
  );
  const agencies = perAgency
    .map((a) => ({
      code: names.get(a.agencyId)?.code ?? "?",
      name: names.get(a.agencyId)?.name ?? "?",
      assigned: a.assigned,
      onTime: a.onTime,
      late: a.completed - a.onTime,
      withinDeadline: a.assigned - a.completed - a.overdue,
      overdue: a.overdue,
    }))
    .sort((a, b) => b.assigned - a.assigned || a.code.localeCompare(b.code));
  return { period, month: m, year: y, shares: shares(m, y), agencies };
}

export async function buildMonthlyReport(db: Db, year: number, month: number, today: LocalDate): Promise<MonthlyReport> {
  const period = reportPeriod(year, month, today);
  const [figures, a1, a2, a3] = await Promise.all([
    reportFigures(db, year, month, today),
    lateInMonth(db, period),
    overdueAtCutoff(db, period),
    reportedNotConfirmed(db, period),
  ]);
  return {
    ...figures,
    appendix1: a1.map((t) => row(t, (x) => x.reportedOn!)),
    appendix2: a2.map((t) => row(t, () => period.cutoffDate)),
    appendix3: a3.map((t) => row(t, (x) => x.reportedOn!)),
  };
}
