// Reminder identities and sweep runs.
import { insertRows } from "./bulk-insert.js";
import type { Tx } from "./tx.js";

export interface ReminderRow {
  taskId: number;
  kind: string;
  officerId: number;
}

export async function remindersOfDay(tx: Tx, day: string): Promise<Set<string>> {
  const rows = await tx.reminder.findMany({ where: { day }, select: { taskId: true, kind: true, officerId: true } });
  return new Set(rows.map(reminderKey));
}

export function reminderKey(r: ReminderRow): string {
  return `${r.taskId}:${r.kind}:${r.officerId}`;
}

/** Records reminder identities; throws on a unique violation (another sweep recorded one first). */
export async function recordReminders(tx: Tx, day: string, outboxId: number, rows: ReminderRow[], at: Date): Promise<void> {
  await insertRows(
    tx,
    "Reminder",
    rows.map((r) => ({ taskId: r.taskId, kind: r.kind, day, officerId: r.officerId, outboxId, createdAt: at })),
  );
}

export async function lastFinishedSweep(tx: Tx, kind: string, before: string): Promise<string | undefined> {
  const row = await tx.sweepRun.findFirst({ where: { kind, day: { lt: before }, finishedAt: { not: null } }, orderBy: { day: "desc" } });
  return row?.day;
}

export function sweepOf(tx: Tx, kind: string, day: string) {
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

/** Open tasks whose deadline is on or before `until`: everything a sweep may remind of. */
export function openTasksDueBy(tx: Tx, until: string, page: { skip: number; take: number }) {
  return tx.task.findMany({
    where: { status: "open", dueDate: { lte: until } },
    select: { id: true, dueDate: true, officerId: true, leadAgencyId: true },
    orderBy: { id: "asc" },
    ...page,
  });
}

export async function agencyHeadMap(tx: Tx): Promise<Map<number, number[]>> {
  const heads = await tx.officer.findMany({ where: { role: "agency_head", active: true }, select: { id: true, agencyId: true } });
  const map = new Map<number, number[]>();
  for (const h of heads) map.set(h.agencyId, [...(map.get(h.agencyId) ?? []), h.id]);
  return map;
}
