// Tasks: reading for lists and imports, writing transitions with a check on the status they
// start from, so two people acting at once cannot both win.
import type { LocalDate } from "../core/calendar/local-date.js";
import type { TaskRecord, TaskStatus, TaskWithNames } from "../core/tasks/task.js";
import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./tx.js";
import { chunks } from "./tx.js";
import { insertRows, queryRaw, valuesIn } from "./bulk-insert.js";

/** What a task is written with; `importBase` is the import's own memory of what it last set. */
export type TaskData = Omit<TaskRecord, "id"> & { importBase?: string | null };

/** A task as a re-import compares it: its fields and what the last import set them to. */
export type ImportedTask = TaskRecord & { importBase: string | null };

const withNames = { leadAgency: true, officer: true, reportedBy: true } as const;

/** The store keeps the status as text; only the life cycle's statuses are ever written. */
export function asTaskRecord<T extends { status: string }>(row: T): T & { status: TaskStatus } {
  return row as T & { status: TaskStatus };
}

export interface TaskFilter {
  agencyCode?: string;
  status?: TaskStatus;
  officerId?: number;
  /** Open tasks whose deadline is before this day. */
  overdueBefore?: LocalDate;
  /** Words of the code or the summary, as typed. */
  text?: string;
  /** Deadline on or before this day. */
  dueBy?: LocalDate;
}

function where(filter: TaskFilter): Prisma.TaskWhereInput {
  const w: Prisma.TaskWhereInput = {};
  if (filter.agencyCode) w.leadAgency = { code: filter.agencyCode.toUpperCase() };
  if (filter.status) w.status = filter.status;
  if (filter.officerId !== undefined) w.officerId = filter.officerId;
  if (filter.overdueBefore) w.status = "open";
  // Both bounds at once when both are asked for: overdue and due by a day.
  const due = { ...(filter.overdueBefore ? { lt: filter.overdueBefore } : {}), ...(filter.dueBy ? { lte: filter.dueBy } : {}) };
  if (Object.keys(due).length > 0) w.dueDate = due;
  if (filter.text?.trim()) {
    const text = filter.text.trim();
    w.OR = [{ code: { contains: text.toUpperCase() } }, { summary: { contains: text } }, { documentNumber: { contains: text } }];
  }
  return w;
}

export async function listTasks(tx: Tx, filter: TaskFilter = {}, page?: { skip: number; take: number }): Promise<TaskWithNames[]> {
  const rows = await tx.task.findMany({
    where: where(filter),
    include: withNames,
    orderBy: [{ dueDate: "asc" }, { code: "asc" }],
    ...page,
  });
  return rows.map(asTaskRecord);
}

/** How many tasks a filter holds: exact, for paging. */
export function countTasks(tx: Tx, filter: TaskFilter = {}): Promise<number> {
  return tx.task.count({ where: where(filter) });
}

export async function findTaskByCode(tx: Tx, code: string): Promise<TaskWithNames | null> {
  const row = await tx.task.findUnique({ where: { code: code.toUpperCase() }, include: withNames });
  return row && asTaskRecord(row);
}

export async function findTaskById(tx: Tx, id: number): Promise<TaskRecord | null> {
  const row = await tx.task.findUnique({ where: { id } });
  return row && asTaskRecord(row);
}

/** What a reminder shows of a task: its text fields, where it stands, and its agency's name. */
export type OpenTaskWithAgency = Pick<
  TaskRecord,
  "id" | "code" | "documentNumber" | "summary" | "dueDate" | "originalDueDate" | "status" | "reportedAt" | "reportedOn"
> & { leadAgency: { name: string } };

/**
 * Open tasks by id, with their agency's name: what a reminder is rendered from. One plain query
 * for a batch's few hundred tasks, and only what a reminder shows: read whole with their agencies
 * through the model API, they cost PostgreSQL's sender a fifth of its time.
 */
export async function openTasksWithAgency(tx: Tx, ids: number[]): Promise<OpenTaskWithAgency[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<
    {
      id: number | bigint;
      code: string;
      documentNumber: string | null;
      summary: string;
      dueDate: string;
      originalDueDate: string;
      agencyName: string;
    }[]
  >`
    SELECT t."id", t."code", t."documentNumber", t."summary", t."dueDate", t."originalDueDate", a."name" AS "agencyName"
    FROM "Task" t JOIN "Agency" a ON a."id" = t."leadAgencyId"
    WHERE t."status" = 'open' AND t."id" IN ${valuesIn(tx, [...new Set(ids)])}`;
  // Open tasks: nothing reported to show.
  return rows.map(({ agencyName, ...t }) => ({
    ...t,
    id: Number(t.id),
    status: "open",
    reportedAt: null,
    reportedOn: null,
    leadAgency: { name: agencyName },
  }));
}

/** Completions reported and waiting for an admin, oldest first, and how many there are. */
export async function reportedTasks(tx: Tx, take: number): Promise<{ count: number; tasks: TaskWithNames[] }> {
  const where = { status: "reported" };
  const [count, rows] = await Promise.all([
    tx.task.count({ where }),
    tx.task.findMany({ where, include: withNames, orderBy: { reportedAt: "asc" }, take }),
  ]);
  return { count, tasks: rows.map(asTaskRecord) };
}

export async function taskCodes(tx: Tx, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const part of chunks([...new Set(ids)]))
    for (const t of await tx.task.findMany({ where: { id: { in: part } }, select: { id: true, code: true } })) out.set(t.id, t.code);
  return out;
}

/** What a conversation shows of a task, and what it needs to act on it. */
export interface TaskRef {
  id: number;
  code: string;
  summary: string;
  documentNumber: string | null;
  dueDate: string;
  originalDueDate: string;
  status: TaskStatus;
  reportedAt: Date | null;
  reportedOn: string | null;
  officerId: number | null;
  leadAgencyId: number;
}

const refFields = {
  id: true,
  code: true,
  summary: true,
  documentNumber: true,
  dueDate: true,
  originalDueDate: true,
  status: true,
  reportedAt: true,
  reportedOn: true,
  officerId: true,
  leadAgencyId: true,
} as const;

/** The open tasks a person answers for: their own, and their agency's unassigned ones if they head it. */
function openOf(officer: { id: number; role: string; agencyId: number }): Prisma.TaskWhereInput {
  const mine: Prisma.TaskWhereInput[] = [
    { officerId: officer.id },
    ...(officer.role === "agency_head" ? [{ officerId: null, leadAgencyId: officer.agencyId }] : []),
  ];
  return { status: "open", OR: mine };
}

export async function openTasksOf(
  tx: Tx,
  officer: { id: number; role: string; agencyId: number },
  take = 50,
  skip = 0,
): Promise<TaskRef[]> {
  const rows = await tx.task.findMany({
    where: openOf(officer),
    orderBy: [{ dueDate: "asc" }, { code: "asc" }],
    select: refFields,
    take,
    skip,
  });
  return rows.map(asTaskRecord);
}

/** How many open tasks a person answers for: exact, however many. */
export function countOpenTasksOf(tx: Tx, officer: { id: number; role: string; agencyId: number }): Promise<number> {
  return tx.task.count({ where: openOf(officer) });
}

export async function taskRefsByIds(tx: Tx, ids: number[]): Promise<TaskRef[]> {
  const rows = await tx.task.findMany({ where: { id: { in: ids } }, select: refFields, orderBy: { dueDate: "asc" } });
  return rows.map(asTaskRecord);
}

export async function taskRefByCode(tx: Tx, code: string): Promise<TaskRef | null> {
  const row = await tx.task.findUnique({ where: { code: code.toUpperCase() }, select: refFields });
  return row && asTaskRecord(row);
}

export async function findTasksByCodes(tx: Tx, codes: string[]): Promise<ImportedTask[]> {
  // Which codes exist is one query whatever their number; only those tasks are read whole (a
  // first import of a large sheet reads none).
  const found = [...(await existingCodes(tx, codes))];
  const out: ImportedTask[] = [];
  for (const part of chunks(found)) out.push(...(await tx.task.findMany({ where: { code: { in: part } } })).map((t) => asTaskRecord(t)));
  return out;
}

/** Tasks without a code in the sheet are matched by document number + summary. */
export async function findTasksByDocumentNumbers(tx: Tx, numbers: (string | null)[]): Promise<ImportedTask[]> {
  const named = [...new Set(numbers.filter((n): n is string => n !== null))];
  const rows = [];
  for (const part of chunks(named)) rows.push(...(await tx.task.findMany({ where: { documentNumber: { in: part } } })));
  if (numbers.includes(null)) rows.push(...(await tx.task.findMany({ where: { documentNumber: null } })));
  return rows.map((t) => asTaskRecord(t));
}

/** Inserts new tasks in bulk; returns their ids by code. */
export async function createTasks(tx: Tx, data: TaskData[], now: Date): Promise<Map<string, number>> {
  const rows = await insertRows(tx, "Task", data, ["id", "code"], undefined, { createdAt: now, updatedAt: now });
  return new Map(rows.map((r) => [r.code as string, Number(r.id)]));
}

export async function updateTask(tx: Tx, id: number, data: Partial<TaskData>): Promise<void> {
  await tx.task.update({ where: { id }, data });
}

/** Applies a transition only if the task is still in `from`; false when someone else moved it first. */
export async function transitionTask(tx: Tx, id: number, from: TaskStatus, data: Partial<TaskData>): Promise<boolean> {
  const { count } = await tx.task.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

/** Reserves `count` numbers for generated codes NV-<year>-<n>; returns the first. */
export async function reserveCodeNumbers(tx: Tx, year: number, count: number): Promise<number> {
  const row = await tx.codeSequence.upsert({
    where: { year },
    create: { year, last: count },
    update: { last: { increment: count } },
  });
  return row.last - count + 1;
}

export async function existingCodes(tx: Tx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await queryRaw<{ code: string }>(tx, Prisma.sql`SELECT "code" FROM "Task" WHERE "code" IN ${valuesIn(tx, codes)}`);
  return new Set(rows.map((r) => r.code));
}
