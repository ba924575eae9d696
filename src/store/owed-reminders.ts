// The reminder sweep in set-based SQL: which (task, kind, recipient) items a day owes, and
// queuing them — one outbox message per recipient and one Reminder row per item — with three
// statements per batch of recipients, whatever the number of tasks. The windows of deadlines come
// from the core (core/reminders/policy.ts); who hears of a task is said here, in the query:
// its officer, or its lead agency's active heads when it has none; those heads also hear of the
// agency's tasks due on or before the escalation cutoff (not of their own).
import { Prisma } from "../generated/prisma/client.js";
import type { OwedWindows, ReminderItem, ReminderKind } from "../core/reminders/policy.js";
import type { Tx } from "./tx.js";

/** Recipients by officer id, inclusive: a batch of the sweep. */
export interface RecipientRange {
  from: number;
  to: number;
}

/** Officer ids in ranges of `size` people: the sweep's batches (every recipient is an officer). */
export async function recipientRanges(tx: Tx, size: number): Promise<RecipientRange[]> {
  const ids = (await tx.$queryRaw<{ id: number | bigint }[]>`SELECT "id" FROM "Officer" ORDER BY "id"`).map((r) => Number(r.id));
  const out: RecipientRange[] = [];
  for (let i = 0; i < ids.length; i += size) out.push({ from: ids[i]!, to: ids[Math.min(i + size, ids.length) - 1]! });
  return out;
}

/**
 * Every item `windows` owes to the recipients of `range`, queued already or not. SQLite plans
 * without statistics, so the joins say their order (CROSS JOIN keeps it there; PostgreSQL plans
 * it as any join), and `dueDate || ''` keeps SQLite off the deadline indexes where the
 * (officerId, status) one finds the few tasks without an officer. The officers' range is said
 * of the tasks too: PostgreSQL then reads them by index rather than scanning every open task.
 */
function owed(w: OwedWindows, range: RecipientRange): Prisma.Sql {
  const remindable = (dueDate: Prisma.Sql) =>
    Prisma.sql`(${Prisma.join([Prisma.sql`${dueDate} < ${w.day}`, ...w.before.map((r) => Prisma.sql`${dueDate} BETWEEN ${r.from} AND ${r.to}`)], " OR ")})`;
  const kind = Prisma.sql`CASE WHEN t."dueDate" < ${w.day} THEN 'overdue' ELSE 'before' END`;
  const heads = Prisma.sql`h."id" BETWEEN ${range.from} AND ${range.to} AND h."role" = 'agency_head' AND h."active"`;
  return Prisma.sql`
    SELECT t."id" AS "taskId", ${kind} AS "kind", t."officerId" AS "recipientId"
      FROM "Officer" p CROSS JOIN "Task" t
      WHERE p."id" BETWEEN ${range.from} AND ${range.to} AND t."officerId" = p."id" AND t."status" = 'open'
        AND t."officerId" BETWEEN ${range.from} AND ${range.to}
        AND ${remindable(Prisma.sql`t."dueDate"`)}
    UNION ALL
    SELECT t."id", ${kind}, h."id"
      FROM "Task" t CROSS JOIN "Officer" h
      WHERE t."officerId" IS NULL AND t."status" = 'open' AND ${remindable(Prisma.sql`(t."dueDate" || '')`)}
        AND h."agencyId" = t."leadAgencyId" AND ${heads}
    UNION ALL
    SELECT t."id", 'escalation', h."id"
      FROM "Officer" h CROSS JOIN "Task" t
      WHERE ${heads} AND t."leadAgencyId" = h."agencyId" AND t."status" = 'open' AND t."dueDate" <= ${w.escalateThrough}
        AND t."officerId" <> h."id"`;
}

/**
 * Works out the range's owed items once, into a temporary table of this connection that the
 * batch's statements then read: whether each is queued already is looked up once, not per
 * statement. Run inside the batch's transaction (one connection; a pool would lose the table).
 */
export async function stageOwed(tx: Tx, w: OwedWindows, range: RecipientRange): Promise<void> {
  await tx.$executeRaw`CREATE TEMP TABLE IF NOT EXISTS "sweep_owed"
    ("taskId" INTEGER NOT NULL, "kind" TEXT NOT NULL, "recipientId" INTEGER NOT NULL, "queued" INTEGER NOT NULL)`;
  await tx.$executeRaw`DELETE FROM "sweep_owed"`;
  await tx.$executeRaw`
    INSERT INTO "sweep_owed" ("taskId", "kind", "recipientId", "queued")
    SELECT o."taskId", o."kind", o."recipientId",
      CASE WHEN EXISTS (SELECT 1 FROM "Reminder" r
        WHERE r."taskId" = o."taskId" AND r."kind" = o."kind" AND r."day" = ${w.day} AND r."officerId" = o."recipientId") THEN 1 ELSE 0 END
    FROM (${owed(w, range)}) o`;
}

/**
 * The chat a person's messages go to, as pickDeliveryAccount chooses it: their preferred
 * channel, else the chat linked last that is not the console's, else the console's.
 */
const deliveryAccountOf = (officerId: Prisma.Sql) => Prisma.sql`(
  SELECT c."id" FROM "ChatAccount" c JOIN "Officer" p ON p."id" = c."officerId"
  WHERE c."officerId" = ${officerId} AND c."status" = 'active'
  ORDER BY CASE WHEN c."channel" = p."preferredChannel" THEN 0 WHEN c."channel" <> 'console' THEN 1 ELSE 2 END,
    c."linkedAt" DESC, c."id" DESC
  LIMIT 1)`;

/** Per recipient of the staged range: how many items the day owes them, and how many are queued already. */
export async function owedCounts(tx: Tx): Promise<{ recipientId: number; owed: number; queued: number }[]> {
  const rows = await tx.$queryRaw<{ recipientId: number | bigint; owed: number | bigint; queued: number | bigint }[]>`
    SELECT "recipientId", COUNT(*) AS "owed", SUM("queued") AS "queued" FROM "sweep_owed" GROUP BY "recipientId"`;
  return rows.map((r) => ({ recipientId: Number(r.recipientId), owed: Number(r.owed), queued: Number(r.queued) }));
}

/** The staged items not queued yet, each with the channel it would go to (null: no chat linked) — for a dry run. */
export async function freshItems(tx: Tx): Promise<(ReminderItem & { channel: string | null })[]> {
  const rows = await tx.$queryRaw<{ taskId: number | bigint; kind: ReminderKind; recipientId: number | bigint; channel: string | null }[]>`
    SELECT f."taskId", f."kind", f."recipientId", a."channel"
    FROM "sweep_owed" f LEFT JOIN "ChatAccount" a ON a."id" = ${deliveryAccountOf(Prisma.sql`f."recipientId"`)}
    WHERE f."queued" = 0
    ORDER BY f."recipientId", f."taskId"`;
  return rows.map((r) => ({ taskId: Number(r.taskId), kind: r.kind, recipientId: Number(r.recipientId), channel: r.channel }));
}

/**
 * Queues the staged items not queued yet: one message per recipient with a chat to reach (keyed
 * `keyPrefix` + recipient, so the items can find their message), then the items' Reminder rows
 * pointing at it. The Reminder rows are the message's content: its renderer reads them. Two
 * sweeps of a day take turns batch by batch (sweep-runs-repo.holdSweep), so the second sees the
 * first's rows as queued; the unique key stays the last word. Returns the recipients given a
 * message and the items recorded.
 */
export async function queueOwed(tx: Tx, day: string, keyPrefix: string, at: Date): Promise<{ messagedIds: number[]; items: number }> {
  const payload = JSON.stringify({ type: "reminder", day });
  // SQLite reads `ON CONFLICT` after a bare SELECT … FROM as a join's ON: hence `WHERE true`.
  const messaged = await tx.$queryRaw<{ officerId: number | bigint }[]>`
    INSERT INTO "OutboxMessage" ("dedupeKey", "kind", "channel", "chatId", "officerId", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
    SELECT ${keyPrefix} || CAST(g."recipientId" AS TEXT), CASE WHEN g."own" = 0 THEN 'escalation' ELSE 'reminder' END,
      a."channel", a."chatId", g."recipientId", ${payload}, 'pending', 0, ${at}, ${at}
    FROM (SELECT "recipientId", SUM(CASE WHEN "kind" = 'escalation' THEN 0 ELSE 1 END) AS "own"
          FROM "sweep_owed" WHERE "queued" = 0 GROUP BY "recipientId") g
      JOIN "ChatAccount" a ON a."id" = ${deliveryAccountOf(Prisma.sql`g."recipientId"`)}
    WHERE true
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "officerId"`;
  const items = await tx.$executeRaw`
    INSERT INTO "Reminder" ("taskId", "kind", "day", "officerId", "outboxId", "createdAt")
    SELECT f."taskId", f."kind", ${day}, f."recipientId", m."id", ${at}
    FROM "sweep_owed" f JOIN "OutboxMessage" m ON m."dedupeKey" = ${keyPrefix} || CAST(f."recipientId" AS TEXT)
    WHERE f."queued" = 0`;
  return { messagedIds: messaged.map((r) => Number(r.officerId)), items };
}

/** The items of queued reminder messages, by message: what each one is to say. */
export async function remindersOfMessages(tx: Tx, outboxIds: number[]): Promise<Map<number, { taskId: number; kind: ReminderKind }[]>> {
  const out = new Map<number, { taskId: number; kind: ReminderKind }[]>();
  if (outboxIds.length === 0) return out;
  // Plain SQL: the sender asks this for every batch of 20 messages.
  const rows = await tx.$queryRaw<{ outboxId: number | bigint; taskId: number | bigint; kind: ReminderKind }[]>`
    SELECT "outboxId", "taskId", "kind" FROM "Reminder" WHERE "outboxId" IN (${Prisma.join(outboxIds)}) ORDER BY "id"`;
  for (const r of rows) {
    const id = Number(r.outboxId);
    const list = out.get(id) ?? [];
    list.push({ taskId: Number(r.taskId), kind: r.kind });
    out.set(id, list);
  }
  return out;
}
