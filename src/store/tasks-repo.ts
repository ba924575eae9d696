// Tasks: reading for lists and imports, writing transitions with a check on the status they
// start from, so two people acting at once cannot both win.
import type { LocalDate } from "../core/calendar/local-date.js";
import type { TaskRecord, TaskStatus } from "../core/tasks/task.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./tx.js";
import { chunks } from "./tx.js";
import { insertRows } from "./bulk-insert.js";

export type TaskData = Omit<TaskRecord, "id">;

const withNames = { leadAgency: true, officer: true, reportedBy: true } as const;
export type TaskWithNames = Prisma.TaskGetPayload<{ include: typeof withNames }>;

export function asTaskRecord<T extends { status: string }>(row: T): T & { status: TaskStatus } {
  return row as T & { status: TaskStatus };
}

export interface TaskFilter {
  agencyCode?: string;
  status?: TaskStatus;
  officerId?: number;
  /** Open tasks whose deadline is before this day. */
  overdueBefore?: LocalDate;
}

function where(filter: TaskFilter): Prisma.TaskWhereInput {
  const w: Prisma.TaskWhereInput = {};
  if (filter.agencyCode) w.leadAgency = { code: filter.agencyCode.toUpperCase() };
  if (filter.status) w.status = filter.status;
  if (filter.officerId !== undefined) w.officerId = filter.officerId;
  if (filter.overdueBefore) {
    w.status = "open";
    w.dueDate = { lt: filter.overdueBefore };
  }
  return w;
}

export function listTasks(tx: Tx, filter: TaskFilter = {}, page?: { skip: number; take: number }) {
  return tx.task.findMany({ where: where(filter), include: withNames, orderBy: [{ dueDate: "asc" }, { code: "asc" }], ...page });
}

export function findTaskByCode(tx: Tx, code: string) {
  return tx.task.findUnique({ where: { code: code.toUpperCase() }, include: withNames });
}

export async function findTasksByCodes(tx: Tx, codes: string[]) {
  const out = [];
  for (const part of chunks(codes)) out.push(...(await tx.task.findMany({ where: { code: { in: part } } })));
  return out;
}

/** Tasks without a code in the sheet are matched by document number + summary. */
export async function findTasksByDocumentNumbers(tx: Tx, numbers: (string | null)[]) {
  const named = [...new Set(numbers.filter((n): n is string => n !== null))];
  const out = [];
  for (const part of chunks(named)) out.push(...(await tx.task.findMany({ where: { documentNumber: { in: part } } })));
  if (numbers.includes(null)) out.push(...(await tx.task.findMany({ where: { documentNumber: null } })));
  return out;
}

/** Inserts new tasks in bulk; returns their ids by code. */
export async function createTasks(tx: Tx, data: TaskData[], now: Date): Promise<Map<string, number>> {
  const rows = await insertRows(
    tx,
    "Task",
    data.map((d) => ({ ...d, createdAt: now, updatedAt: now })),
    ["id", "code"],
  );
  return new Map(rows.map((r) => [r.code as string, Number(r.id)]));
}

export function updateTask(tx: Tx, id: number, data: Partial<TaskData>) {
  return tx.task.update({ where: { id }, data });
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
  const found = new Set<string>();
  for (const part of chunks(codes))
    for (const t of await tx.task.findMany({ where: { code: { in: part } }, select: { code: true } })) found.add(t.code);
  return found;
}
