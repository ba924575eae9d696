// The report's figures, counted by the database. A completion counts when it was reported on or
// before the cut-off day; it is on time when reported on or before the task's (current) deadline.
import type { Agency } from "../core/contacts/people.js";
import type { ReportPeriod } from "../core/reports/period.js";
import type { MonthFigures, YearFigures } from "../core/reports/figures.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";

type Where = Prisma.TaskWhereInput;

const live: Where = { status: { not: "cancelled" } };

function completedBy(cutoff: string): Where {
  return { status: { in: ["reported", "confirmed"] }, reportedOn: { lte: cutoff } };
}

function notCompletedBy(cutoff: string): Where {
  return { OR: [{ status: "open" }, { status: { in: ["reported", "confirmed"] }, reportedOn: { gt: cutoff } }] };
}

function onTime(db: Db): Where {
  // Column against column: the store compares, no task is loaded.
  return { reportedOn: { lte: db.task.fields.dueDate } };
}

export function yearSet(p: ReportPeriod): Where {
  return { ...live, assignedDate: { gte: p.yearStart, lte: p.cutoffDate } };
}

function dueInMonth(p: ReportPeriod): Where {
  return { ...live, dueDate: { gte: p.firstDay, lte: p.lastDay }, assignedDate: { lte: p.cutoffDate } };
}

export async function monthFigures(db: Db, p: ReportPeriod): Promise<MonthFigures> {
  const due = dueInMonth(p);
  const [assigned, dueCount, completed, inTime] = await Promise.all([
    db.task.count({ where: { ...live, assignedDate: { gte: p.firstDay, lte: p.cutoffDate } } }),
    db.task.count({ where: due }),
    db.task.count({ where: { AND: [due, completedBy(p.cutoffDate)] } }),
    db.task.count({ where: { AND: [due, completedBy(p.cutoffDate), onTime(db)] } }),
  ]);
  return { assigned, due: dueCount, completed, onTime: inTime, late: completed - inTime };
}

export async function yearFigures(db: Db, p: ReportPeriod): Promise<YearFigures> {
  const year = yearSet(p);
  const [assigned, completed, inTime, overdue] = await Promise.all([
    db.task.count({ where: year }),
    db.task.count({ where: { AND: [year, completedBy(p.cutoffDate)] } }),
    db.task.count({ where: { AND: [year, completedBy(p.cutoffDate), onTime(db)] } }),
    db.task.count({ where: { AND: [year, notCompletedBy(p.cutoffDate), { dueDate: { lt: p.cutoffDate } }] } }),
  ]);
  const notCompleted = assigned - completed;
  return { assigned, completed, onTime: inTime, late: completed - inTime, notCompleted, withinDeadline: notCompleted - overdue, overdue };
}

export interface AgencyCounts {
  agencyId: number;
  assigned: number;
  completed: number;
  onTime: number;
  overdue: number;
}

/** The year-to-date figures per lead agency, in four grouped counts. */
export async function agencyFigures(db: Db, p: ReportPeriod): Promise<AgencyCounts[]> {
  const year = yearSet(p);
  const group = (where: Where) => db.task.groupBy({ by: ["leadAgencyId"], where, _count: { _all: true } });
  const [assigned, completed, inTime, overdue] = await Promise.all([
    group(year),
    group({ AND: [year, completedBy(p.cutoffDate)] }),
    group({ AND: [year, completedBy(p.cutoffDate), onTime(db)] }),
    group({ AND: [year, notCompletedBy(p.cutoffDate), { dueDate: { lt: p.cutoffDate } }] }),
  ]);
  const by = (rows: typeof assigned) => new Map(rows.map((r) => [r.leadAgencyId, r._count._all]));
  const [c, o, d] = [by(completed), by(inTime), by(overdue)];
  return assigned.map((r) => ({
    agencyId: r.leadAgencyId,
    assigned: r._count._all,
    completed: c.get(r.leadAgencyId) ?? 0,
    onTime: o.get(r.leadAgencyId) ?? 0,
    overdue: d.get(r.leadAgencyId) ?? 0,
  }));
}

/** A task as an appendix lists it: its own columns, its agency's and its officer's names. */
export interface AppendixTask {
  code: string;
  documentNumber: string | null;
  documentDate: string | null;
  summary: string;
  assignedBy: string | null;
  dueDate: string;
  originalDueDate: string;
  reportedOn: string | null;
  leadAgency: { name: string };
  officer: { fullName: string } | null;
}

/**
 * The listed columns only, and the names joined in memory from the (small) agency and officer
 * tables: an appendix can run to tens of thousands of rows, and resolving Prisma relations row by
 * row cost most of the report's time.
 */
async function appendix(db: Db, where: Prisma.TaskWhereInput): Promise<AppendixTask[]> {
  const [rows, agencies, officers] = await Promise.all([
    db.task.findMany({
      where,
      select: {
        code: true,
        documentNumber: true,
        documentDate: true,
        summary: true,
        assignedBy: true,
        dueDate: true,
        originalDueDate: true,
        reportedOn: true,
        leadAgencyId: true,
        officerId: true,
      },
      orderBy: [{ dueDate: "asc" }, { code: "asc" }],
    }),
    db.agency.findMany({ select: { id: true, name: true } }),
    db.officer.findMany({ select: { id: true, fullName: true } }),
  ]);
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const officerName = new Map(officers.map((o) => [o.id, o.fullName]));
  return rows.map(({ leadAgencyId, officerId, ...t }) => ({
    ...t,
    leadAgency: { name: agencyName.get(leadAgencyId) ?? "?" },
    officer: officerId === null ? null : { fullName: officerName.get(officerId) ?? "?" },
  }));
}

/** Appendix 1: tasks due in the month and completed late. */
export function lateInMonth(db: Db, p: ReportPeriod): Promise<AppendixTask[]> {
  return appendix(db, { AND: [dueInMonth(p), completedBy(p.cutoffDate), { reportedOn: { gt: db.task.fields.dueDate } }] });
}

/** Appendix 2: tasks of the year overdue and not completed at the cut-off. */
export function overdueAtCutoff(db: Db, p: ReportPeriod): Promise<AppendixTask[]> {
  return appendix(db, { AND: [yearSet(p), notCompletedBy(p.cutoffDate), { dueDate: { lt: p.cutoffDate } }] });
}

/** Appendix 3: completions officers reported that the Office has not confirmed yet. */
export function reportedNotConfirmed(db: Db, p: ReportPeriod): Promise<AppendixTask[]> {
  return appendix(db, { ...yearSet(p), status: "reported", reportedOn: { lte: p.cutoffDate } });
}

export function agenciesByIds(db: Db, ids: number[]): Promise<Agency[]> {
  return db.agency.findMany({ where: { id: { in: ids } } });
}
