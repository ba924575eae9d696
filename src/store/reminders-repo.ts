// Reminder identities and sweep runs.
import { insertRows } from "./bulk-insert.js";
import { type Tx, chunks } from "./tx.js";

export interface ReminderRow {
  taskId: number;
  kind: string;
  officerId: number;
}

/** The reminders already recorded on `day` for these recipients (one query for a whole page). */
export async function remindersOfDay(tx: Tx, day: string, officerIds?: number[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of officerIds ? chunks(officerIds) : [undefined]) {
    const rows = await tx.reminder.findMany({
      where: { day, ...(part ? { officerId: { in: part } } : {}) },
      select: { taskId: true, kind: true, officerId: true },
    });
    for (const r of rows) out.add(reminderKey(r));
  }
  return out;
}

export function reminderKey(r: ReminderRow): string {
  return `${r.taskId}:${r.kind}:${r.officerId}`;
}

/** Records reminder identities, each with its message; throws on a unique violation (another sweep recorded one first). */
export async function recordReminders(tx: Tx, day: string, rows: (ReminderRow & { outboxId: number })[], at: Date): Promise<void> {
  await insertRows(
    tx,
    "Reminder",
    rows.map((r) => ({ taskId: r.taskId, kind: r.kind, day, officerId: r.officerId, outboxId: r.outboxId, createdAt: at })),
  );
}

export async function lastFinishedSweep(tx: Tx, kind: string, before: string): Promise<string | undefined> {
  const row = await tx.sweepRun.findFirst({ where: { kind, day: { lt: before }, finishedAt: { not: null } }, orderBy: { day: "desc" } });
  return row?.day;
}

export function sweepOf(tx: Tx, kind: string, day: string): Promise<{ startedAt: Date; finishedAt: Date | null } | null> {
  return tx.sweepRun.findUnique({ where: { kind_day: { kind, day } } });
}

/** Records that a sweep of this day began; a second process doing the same at the same moment is fine. */
export async function startSweep(tx: Tx, kind: string, day: string, at: Date): Promise<void> {
  // One statement, not Prisma's upsert with an empty update (a find, then a create: two
  // processes can both find nothing, and one of them then breaks the unique key).
  await tx.$executeRaw`INSERT INTO "SweepRun" ("kind", "day", "startedAt") VALUES (${kind}, ${day}, ${at}) ON CONFLICT ("kind", "day") DO NOTHING`;
}

export async function finishSweep(tx: Tx, kind: string, day: string, at: Date): Promise<void> {
  await tx.sweepRun.update({ where: { kind_day: { kind, day } }, data: { finishedAt: at } });
}

export interface OpenTask {
  id: number;
  dueDate: string;
  officerId: number | null;
  leadAgencyId: number;
}

/**
 * Open tasks whose deadline is on or before `until` — everything a sweep may remind of — a page
 * at a time, ordered by officer (tasks without one first), after the key (officer, id) `after`.
 * Plain rows straight from SQL: a sweep over 100,000 tasks holds one page, not all of them.
 */
export async function openTasksDueByPage(tx: Tx, until: string, after: { officer: number; id: number }, take: number): Promise<OpenTask[]> {
  const rows = await tx.$queryRaw<
    { id: number | bigint; dueDate: string; officerId: number | bigint | null; leadAgencyId: number | bigint }[]
  >`
    SELECT "id", "dueDate", "officerId", "leadAgencyId" FROM "Task"
    WHERE "status" = 'open' AND "dueDate" <= ${until}
      AND (COALESCE("officerId", 0) > ${after.officer} OR (COALESCE("officerId", 0) = ${after.officer} AND "id" > ${after.id}))
    ORDER BY COALESCE("officerId", 0), "id"
    LIMIT ${take}`;
  return rows.map((r) => ({
    id: Number(r.id),
    dueDate: r.dueDate,
    officerId: r.officerId === null ? null : Number(r.officerId),
    leadAgencyId: Number(r.leadAgencyId),
  }));
}

export async function agencyHeadMap(tx: Tx): Promise<Map<number, number[]>> {
  const heads = await tx.officer.findMany({ where: { role: "agency_head", active: true }, select: { id: true, agencyId: true } });
  const map = new Map<number, number[]>();
  for (const h of heads) map.set(h.agencyId, [...(map.get(h.agencyId) ?? []), h.id]);
  return map;
}
