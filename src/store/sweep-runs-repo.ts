// Sweep runs: which days' sweeps began and finished.
import type { Tx } from "./tx.js";

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

/**
 * Holds this day's sweep run until the transaction ends: a second sweep of the same day (another
 * process) waits here for the batch, then sees what it queued. SQLite's transactions hold the
 * write lock already; on PostgreSQL this is the sweep run's row lock.
 */
export async function holdSweep(tx: Tx, kind: string, day: string): Promise<void> {
  await tx.$executeRaw`UPDATE "SweepRun" SET "startedAt" = "startedAt" WHERE "kind" = ${kind} AND "day" = ${day}`;
}
