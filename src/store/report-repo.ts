// The report's figures, counted by the database. A completion counts when it was reported on or
// before the cut-off day; it is on time when reported on or before the task's (current) deadline.
import type { Agency } from "../core/contacts/people.js";
import type { ReportPeriod } from "../core/reports/period.js";
import type { MonthFigures, YearFigures } from "../core/reports/figures.js";
import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";

/** Completed by the cut-off: reported (or confirmed) on or before it. */
function doneBy(cutoff: string): Prisma.Sql {
  return Prisma.sql`"status" IN ('reported', 'confirmed') AND "reportedOn" <= ${cutoff}`;
}

/** Not completed at the cut-off and its deadline before it: overdue. */
function overdueAt(cutoff: string): Prisma.Sql {
  return Prisma.sql`("status" = 'open' OR ("status" IN ('reported', 'confirmed') AND "reportedOn" > ${cutoff})) AND "dueDate" < ${cutoff}`;
}

const count = (condition: Prisma.Sql) => Prisma.sql`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/**
 * The month's and the year's figures in one pass over the live tasks (each figure a conditional
 * sum), rather than one COUNT per figure: the report's cost stays near the database's own.
 */
export async function periodFigures(db: Db, p: ReportPeriod): Promise<{ month: MonthFigures; year: YearFigures }> {
  const done = doneBy(p.cutoffDate);
  const due = Prisma.sql`"dueDate" BETWEEN ${p.firstDay} AND ${p.lastDay} AND "assignedDate" <= ${p.cutoffDate}`;
  const year = Prisma.sql`"assignedDate" BETWEEN ${p.yearStart} AND ${p.cutoffDate}`;
  const [r] = await db.$queryRaw<Record<string, bigint | number | null>[]>`
    SELECT
      ${count(Prisma.sql`"assignedDate" BETWEEN ${p.firstDay} AND ${p.cutoffDate}`)} AS "mAssigned",
      ${count(due)} AS "mDue",
      ${count(Prisma.sql`${due} AND ${done}`)} AS "mCompleted",
      ${count(Prisma.sql`${due} AND ${done} AND "reportedOn" <= "dueDate"`)} AS "mOnTime",
      ${count(year)} AS "yAssigned",
      ${count(Prisma.sql`${year} AND ${done}`)} AS "yCompleted",
      ${count(Prisma.sql`${year} AND ${done} AND "reportedOn" <= "dueDate"`)} AS "yOnTime",
      ${count(Prisma.sql`${year} AND ${overdueAt(p.cutoffDate)}`)} AS "yOverdue"
    FROM "Task" WHERE "status" <> 'cancelled'`;
  const n = (k: string) => Number(r?.[k] ?? 0);
  const yNot = n("yAssigned") - n("yCompleted");
  return {
    month: {
      assigned: n("mAssigned"),
      due: n("mDue"),
      completed: n("mCompleted"),
      onTime: n("mOnTime"),
      late: n("mCompleted") - n("mOnTime"),
    },
    year: {
      assigned: n("yAssigned"),
      completed: n("yCompleted"),
      onTime: n("yOnTime"),
      late: n("yCompleted") - n("yOnTime"),
      notCompleted: yNot,
      withinDeadline: yNot - n("yOverdue"),
      overdue: n("yOverdue"),
    },
  };
}

export interface AgencyCounts {
  agencyId: number;
  assigned: number;
  completed: number;
  onTime: number;
  overdue: number;
}

/** The year-to-date figures per lead agency, in one grouped pass. */
export async function agencyFigures(db: Db, p: ReportPeriod): Promise<AgencyCounts[]> {
  const done = doneBy(p.cutoffDate);
  const rows = await db.$queryRaw<Record<string, bigint | number | null>[]>`
    SELECT "leadAgencyId" AS "agencyId", COUNT(*) AS "assigned",
      ${count(done)} AS "completed",
      ${count(Prisma.sql`${done} AND "reportedOn" <= "dueDate"`)} AS "onTime",
      ${count(overdueAt(p.cutoffDate))} AS "overdue"
    FROM "Task"
    WHERE "status" <> 'cancelled' AND "assignedDate" BETWEEN ${p.yearStart} AND ${p.cutoffDate}
    GROUP BY "leadAgencyId"`;
  return rows.map((r) => ({
    agencyId: Number(r.agencyId),
    assigned: Number(r.assigned ?? 0),
    completed: Number(r.completed ?? 0),
    onTime: Number(r.onTime ?? 0),
    overdue: Number(r.overdue ?? 0),
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
 * The listed columns, with the agency's and the officer's names joined by the database: an
 * appendix can run to tens of thousands of rows, and the model API's per-row mapping (worse, its
 * relation resolution) cost most of the report's time. Conditions use Task's own columns, which
 * no joined table shares.
 */
async function appendix(db: Db, where: Prisma.Sql): Promise<AppendixTask[]> {
  const rows = await db.$queryRaw<(Omit<AppendixTask, "leadAgency" | "officer"> & { agencyName: string; officerName: string | null })[]>`
    SELECT t."code", t."documentNumber", t."documentDate", t."summary", t."assignedBy", t."dueDate", t."originalDueDate",
      t."reportedOn", a."name" AS "agencyName", o."fullName" AS "officerName"
    FROM "Task" t JOIN "Agency" a ON a."id" = t."leadAgencyId" LEFT JOIN "Officer" o ON o."id" = t."officerId"
    WHERE t."status" <> 'cancelled' AND ${where}
    ORDER BY t."dueDate", t."code"`;
  return rows.map(({ agencyName, officerName, ...t }) => ({
    ...t,
    leadAgency: { name: agencyName },
    officer: officerName === null ? null : { fullName: officerName },
  }));
}

/** Appendix 1: tasks due in the month and completed late. */
export function lateInMonth(db: Db, p: ReportPeriod): Promise<AppendixTask[]> {
  return appendix(
    db,
    Prisma.sql`"dueDate" BETWEEN ${p.firstDay} AND ${p.lastDay} AND "assignedDate" <= ${p.cutoffDate} AND ${doneBy(p.cutoffDate)} AND "reportedOn" > "dueDate"`,
  );
}

/** Appendix 2: tasks of the year overdue and not completed at the cut-off. */
export function overdueAtCutoff(db: Db, p: ReportPeriod): Promise<AppendixTask[]> {
  return appendix(db, Prisma.sql`"assignedDate" BETWEEN ${p.yearStart} AND ${p.cutoffDate} AND ${overdueAt(p.cutoffDate)}`);
}

/** Appendix 3: completions officers reported that the Office has not confirmed yet. */
export function reportedNotConfirmed(db: Db, p: ReportPeriod): Promise<AppendixTask[]> {
  return appendix(
    db,
    Prisma.sql`"assignedDate" BETWEEN ${p.yearStart} AND ${p.cutoffDate} AND "status" = 'reported' AND "reportedOn" <= ${p.cutoffDate}`,
  );
}

export function agenciesByIds(db: Db, ids: number[]): Promise<Agency[]> {
  return db.agency.findMany({ where: { id: { in: ids } } });
}
