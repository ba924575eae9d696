// The outbox: queued messages, claimed by one sender at a time with a lease so that two bot
// processes never send the same message, and a crashed sender's claim runs out.
import { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";
import { insertRows } from "./bulk-insert.js";
import type { Tx } from "./tx.js";

export interface NewOutboxMessage {
  dedupeKey: string;
  kind: string;
  channel: string;
  chatId: string;
  officerId: number | null;
  payload: unknown;
  at: Date;
}

/**
 * Queues a message unless one with the same key exists; `queued` tells whether this call did.
 * ON CONFLICT DO NOTHING rather than catching the unique violation: on PostgreSQL a failed
 * statement aborts the whole transaction it runs in.
 */
export async function enqueue(tx: Tx, m: NewOutboxMessage): Promise<{ queued: boolean; id?: number }> {
  const rows = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "OutboxMessage" ("dedupeKey", "kind", "channel", "chatId", "officerId", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
    VALUES (${m.dedupeKey}, ${m.kind}, ${m.channel}, ${m.chatId}, ${m.officerId}, ${JSON.stringify(m.payload)}, 'pending', 0, ${m.at}, ${m.at})
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "id"`;
  return rows[0] ? { queued: true, id: Number(rows[0].id) } : { queued: false };
}

/** A queued message as the sender reads it: a plain row, so no Prisma type leaves the store. */
export interface OutboxRow {
  id: number;
  dedupeKey: string;
  /** reminder | escalation | reply | notice | report */
  kind: string;
  channel: string;
  chatId: string;
  officerId: number | null;
  /** JSON: what to send. */
  payload: string;
  /** pending | sending | sent | failed | cancelled */
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  claimedUntil: Date | null;
  claimedBy: string | null;
  lastError: string | null;
  /** Ids of the parts already delivered (JSON array). */
  progress: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * How many due messages a claim looks at to find a batch whose chats have nothing older
 * unresolved: the guard is checked on these only, so a claim costs the same however long the
 * queue (on PostgreSQL a guard over the whole queue cost more than sending).
 */
const CANDIDATES = 200;

/**
 * Claims up to `limit` messages due at `now` for `worker`, with a lease of `leaseMs`.
 *
 * A chat's messages leave in the order they were queued: a message is not claimed while an
 * older one to the same chat is unresolved (waiting for a retry, or claimed by a sender). So a
 * claim left by a crashed sender is sent before anything newer to its chat, never after.
 */
export async function claimDue(
  db: Db,
  worker: string,
  now: Date,
  leaseMs: number,
  limit: number,
  channels: string[],
): Promise<OutboxRow[]> {
  if (channels.length === 0) return [];
  const inChannels = Prisma.join(channels);
  // The oldest unresolved message of its chat: a MIN looked up per candidate through the
  // (channel, chatId, status) index (NOT EXISTS became an anti-join over the whole queue).
  const firstInChat = Prisma.sql`m."id" = (
    SELECT MIN(o."id") FROM "OutboxMessage" o
    WHERE o."channel" = m."channel" AND o."chatId" = m."chatId" AND o."status" IN ('pending', 'sending'))`;
  // Claims whose sender died (its lease ran out) first: they are the oldest of their chats.
  const stale = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT m."id" FROM "OutboxMessage" m
    WHERE m."status" = 'sending' AND m."claimedUntil" < ${now} AND m."channel" IN (${inChannels}) AND ${firstInChat}
    ORDER BY m."id" LIMIT ${limit}`;
  // Then due messages in the order of the (status, nextAttemptAt) index: no sort of the whole queue
  // (an id tiebreak would make PostgreSQL sort every due row on every claim). A chat's order is
  // kept by the guard, and a batch is sent in id order.
  const pending =
    stale.length < limit
      ? await db.$queryRaw<{ id: number | bigint }[]>`
          SELECT m."id" FROM (
            SELECT "id", "channel", "chatId", "nextAttemptAt" FROM "OutboxMessage"
            WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now} AND "channel" IN (${inChannels})
            ORDER BY "nextAttemptAt" LIMIT ${CANDIDATES}
          ) m
          WHERE ${firstInChat}
          ORDER BY m."nextAttemptAt" LIMIT ${limit - stale.length}`
      : [];
  const ids = [...stale, ...pending].map((r) => Number(r.id));
  if (ids.length === 0) return [];
  // One conditional update claims what is still due; a token marks this round's claims, so rows
  // another sender took in between are not ours.
  const claimedBy = `${worker}:${now.getTime()}:${Math.random().toString(36).slice(2)}`;
  // Raw: the model API's updateMany cost PostgreSQL about ten times this one statement.
  await db.$executeRaw`
    UPDATE "OutboxMessage" SET "status" = 'sending', "claimedBy" = ${claimedBy}, "claimedUntil" = ${new Date(now.getTime() + leaseMs)}
    WHERE "id" IN (${Prisma.join(ids)})
      AND (("status" = 'pending' AND "nextAttemptAt" <= ${now}) OR ("status" = 'sending' AND "claimedUntil" < ${now}))`;
  return db.outboxMessage.findMany({ where: { id: { in: ids }, claimedBy }, orderBy: { id: "asc" } });
}

/** Who holds the claims still running, one row per claim token. */
export async function liveClaimers(db: Db, now: Date): Promise<string[]> {
  const rows = await db.outboxMessage.findMany({
    where: { status: "sending", claimedUntil: { gte: now } },
    distinct: ["claimedBy"],
    select: { claimedBy: true },
  });
  return rows.flatMap((r) => (r.claimedBy ? [r.claimedBy] : []));
}

/** Lets these claims run out now: their sender is known to be dead. */
export async function expireClaims(db: Db, claimedBy: string[], now: Date): Promise<number> {
  if (claimedBy.length === 0) return 0;
  const { count } = await db.outboxMessage.updateMany({
    where: { status: "sending", claimedBy: { in: claimedBy } },
    data: { claimedUntil: new Date(now.getTime() - 1) },
  });
  return count;
}

/** A message the platform accepted: its row, the platform's ids for it, the tasks it was about. */
export interface SentRecord {
  row: OutboxRow;
  messageIds: string[];
  taskIds: number[];
}

/**
 * Records a message the platform accepted, the moment it did: one statement on the sender's hot
 * path, so a crash repeats at most this message (README, "Each message once").
 */
export async function markSent(db: Db, id: number, now: Date): Promise<void> {
  // Raw: a quarter of the model API's cost per call, and this runs for every message.
  await db.$executeRaw`
    UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ${now}, "attempts" = "attempts" + 1, "claimedUntil" = NULL, "lastError" = NULL
    WHERE "id" = ${id}`;
}

/**
 * Records the platform ids of a batch's sent messages, which replies will point at: one
 * statement for the batch. A crash before it loses only that link (a reply to one of those
 * messages is then read like any other message), never a message's sent state.
 */
export async function recordPlatformIds(db: Db, sent: SentRecord[], now: Date): Promise<void> {
  const ids = sent.flatMap((s) =>
    s.messageIds.map((messageId) => ({
      channel: s.row.channel,
      chatId: s.row.chatId,
      messageId,
      outboxId: s.row.id,
      taskIds: JSON.stringify(s.taskIds),
      sentAt: now,
    })),
  );
  await insertRows(db, "SentMessage", ids, ["id"], ["channel", "chatId", "messageId"]);
}

/** Back to the queue until `next`; a wait for the rate limit is not counted as a failed attempt. */
export async function markRetry(db: Db, row: OutboxRow, next: Date, error: string, attempted = true): Promise<void> {
  await db.outboxMessage.update({
    where: { id: row.id },
    data: {
      status: "pending",
      attempts: { increment: attempted ? 1 : 0 },
      nextAttemptAt: next,
      claimedUntil: null,
      lastError: error.slice(0, 500),
    },
  });
}

/** The pieces delivered so far, recorded as each goes; the claim is renewed with them. */
export async function saveProgress(db: Db, id: number, progress: string, claimedUntil: Date): Promise<void> {
  await db.outboxMessage.update({ where: { id }, data: { progress, claimedUntil } });
}

export async function markFinal(db: Db, row: OutboxRow, status: "failed" | "cancelled", error: string | null): Promise<void> {
  await db.outboxMessage.update({
    where: { id: row.id },
    data: { status, attempts: { increment: status === "failed" ? 1 : 0 }, claimedUntil: null, lastError: error?.slice(0, 500) ?? null },
  });
}

/**
 * A group became a supergroup: what was known by the old id is known by the new one. When the new
 * id is known already (registered again, or the migration seen twice), the old record goes.
 */
export async function moveChat(db: Db, channel: string, from: string, to: string): Promise<void> {
  if (from === to) return;
  await db.$transaction(async (tx) => {
    const key = (chatId: string) => ({ channel_chatId: { channel, chatId } });
    if (await tx.chatGroup.findUnique({ where: key(to) })) await tx.chatGroup.deleteMany({ where: { channel, chatId: from } });
    else await tx.chatGroup.updateMany({ where: { channel, chatId: from }, data: { chatId: to } });
    if (await tx.chatAccount.findUnique({ where: key(to) })) await tx.chatAccount.deleteMany({ where: { channel, chatId: from } });
    else await tx.chatAccount.updateMany({ where: { channel, chatId: from }, data: { chatId: to } });
    await tx.outboxMessage.updateMany({ where: { channel, chatId: from, status: { in: ["pending", "sending"] } }, data: { chatId: to } });
  });
}

export function listOutbox(db: Db, status?: string): Promise<OutboxRow[]> {
  return db.outboxMessage.findMany({ where: status ? { status } : {}, orderBy: { id: "desc" }, take: 200 });
}

/** When each officer last received a message from the bot. */
export async function lastSentToOfficers(db: Db): Promise<Map<number, Date>> {
  const rows = await db.outboxMessage.groupBy({
    by: ["officerId"],
    where: { status: "sent", officerId: { not: null } },
    _max: { sentAt: true },
  });
  return new Map(rows.flatMap((r) => (r.officerId !== null && r._max.sentAt ? [[r.officerId, r._max.sentAt] as [number, Date]] : [])));
}

/** Sends a waiting or given-up message at the next round; false when it was sent or is being sent. */
export async function retryNow(db: Db, id: number, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: { in: ["pending", "failed"] } },
    data: { status: "pending", nextAttemptAt: now, claimedUntil: null },
  });
  return count === 1;
}

export function countOutbox(db: Db, status: string): Promise<number> {
  return db.outboxMessage.count({ where: { status } });
}

/** Task ids a bot message was about, for "đã hoàn thành" sent as a reply to it. */
export async function tasksOfSentMessage(tx: Tx, channel: string, chatId: string, messageId: string): Promise<number[] | undefined> {
  const row = await tx.sentMessage.findUnique({ where: { channel_chatId_messageId: { channel, chatId, messageId } } });
  return row ? (JSON.parse(row.taskIds) as number[]) : undefined;
}
