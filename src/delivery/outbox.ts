// The one writer of the outbox. Every message the bot will send is queued here, with its identity
// (the dedupe key) chosen here and nowhere else, so a duplicate update, a second sweep or a second
// process queues nothing twice. Whatever is queued wakes the sender of this store at once.
import { createHash } from "node:crypto";
import type { ChatAddress } from "../core/contacts/people.js";
import type { ReminderKind } from "../core/reminders/policy.js";
import { type Language, languageOf } from "../i18n/i18n.js";
import type { Db } from "../store/client.js";
import { adminsWithChats, deliveryAccount } from "../store/chat-repo.js";
import { findOfficer } from "../store/contacts-repo.js";
import { insertRows } from "../store/bulk-insert.js";
import { addAudit } from "../store/audit-repo.js";
import { enqueue, retryNow } from "../store/outbox-repo.js";
import { type Tx, inTransaction } from "../store/tx.js";
import { isUniqueViolation } from "../store/unique.js";
import type { Payload, Text } from "./payload.js";

const wakers = new WeakMap<object, Set<() => void>>();

/** The sender listens here: anything queued on this store wakes it, rather than its next tick. */
export function onQueued(db: Db, wake: () => void): () => void {
  const set = wakers.get(db) ?? new Set();
  wakers.set(db, set);
  set.add(wake);
  return () => set.delete(wake);
}

function wake(db: Db): void {
  for (const w of wakers.get(db) ?? []) w();
}

export interface Recipient extends ChatAddress {
  officerId: number | null;
}

/** The message a reply answers: the chat it came from and the platform's id for the update. */
export interface Answering extends Recipient {
  updateKey: string;
}

/**
 * An answer in the chat a message came from. `part` tells the answers to one update apart
 * (0, 1, … or a name): handling a duplicate update queues nothing new.
 */
export async function queueReply(
  db: Db,
  to: Answering,
  part: number | string,
  payload: Payload & { type: "message" | "report" },
  at: Date,
): Promise<void> {
  await enqueue(db, {
    dedupeKey: `reply:${to.channel}:${to.updateKey}:${part}`,
    kind: payload.type === "report" ? "report" : "reply",
    channel: to.channel,
    chatId: to.chatId,
    officerId: to.officerId,
    payload,
    at,
  });
  wake(db);
}

/** A notice to one officer on their usual chat, in their language; once per `key`. */
export async function queueNoticeToOfficer(
  db: Db,
  key: string,
  officerId: number,
  build: (lang: Language) => Text,
  at: Date,
): Promise<void> {
  const [officer, account] = await Promise.all([findOfficer(db, officerId), deliveryAccount(db, officerId)]);
  if (!officer || !account) return;
  await enqueue(db, {
    dedupeKey: `notice:${key}`,
    kind: "notice",
    channel: account.channel,
    chatId: account.chatId,
    officerId,
    payload: { type: "message", message: build(languageOf(officer)) },
    at,
  });
  wake(db);
}

/**
 * A notice to every admin, on each chat they have, in their own language; once per `key` and
 * chat. `except` leaves chats out (never report a broken chat through that chat). Returns how
 * many admin chats it is addressed to: none means nobody at the Office will read it in chat.
 */
export async function queueNoticeToAdmins(
  db: Db,
  key: string,
  build: (lang: Language) => Text,
  at: Date,
  except?: (chat: ChatAddress) => boolean,
): Promise<number> {
  let chats = 0;
  for (const admin of await adminsWithChats(db)) {
    for (const account of admin.chatAccounts) {
      if (except?.(account)) continue;
      await enqueue(db, {
        dedupeKey: `${key}:admin:${account.id}`,
        kind: "notice",
        channel: account.channel,
        chatId: account.chatId,
        officerId: admin.id,
        payload: { type: "message", message: build(languageOf(admin)) },
        at,
      });
      chats++;
    }
  }
  wake(db);
  return chats;
}

export interface Month {
  year: number;
  month: number;
}

/** The monthly report of `month` for one recipient: once per month and chat, whatever happens. */
export async function queueReport(db: Db, month: Month, to: Recipient & { language?: string }, at: Date): Promise<boolean> {
  const { queued } = await enqueue(db, {
    dedupeKey: `report:${month.year}-${String(month.month).padStart(2, "0")}:${to.channel}:${to.chatId}`,
    kind: "report",
    channel: to.channel,
    chatId: to.chatId,
    officerId: to.officerId,
    payload: { type: "report", year: month.year, month: month.month, ...(to.language ? { language: to.language } : {}) },
    at,
  });
  wake(db);
  return queued;
}

export interface ReminderMessage {
  officerId: number;
  account: ChatAddress;
  items: { taskId: number; kind: ReminderKind }[];
}

/** Records the reminder identities of queued messages (unique: throws if another sweep was first). */
export type RecordReminders = (tx: Tx, queued: { outboxId: number; message: ReminderMessage }[]) => Promise<void>;

function reminderRow(day: string, m: ReminderMessage, at: Date) {
  const ids = m.items
    .map((i) => `${i.taskId}:${i.kind}`)
    .sort()
    .join(",");
  const digest = createHash("sha256").update(ids).digest("hex").slice(0, 16);
  const payload: Payload = { type: "reminder", day, items: m.items };
  return {
    dedupeKey: `reminder:${day}:${m.officerId}:${digest}`,
    kind: m.items.every((i) => i.kind === "escalation") ? "escalation" : "reminder",
    channel: m.account.channel,
    chatId: m.account.chatId,
    officerId: m.officerId,
    payload: JSON.stringify(payload),
    status: "pending",
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
  };
}

/** Queues a batch of reminder messages with two multi-row statements; returns what was new. */
async function queueBatch(tx: Tx, day: string, batch: ReminderMessage[], at: Date, record: RecordReminders): Promise<ReminderMessage[]> {
  const rows = batch.map((m) => reminderRow(day, m, at));
  // A message already queued (same recipient and items) is left out: its dedupe key exists.
  const inserted = await insertRows(tx, "OutboxMessage", rows, ["id", "dedupeKey"], ["dedupeKey"]);
  const byKey = new Map(inserted.map((r) => [String(r.dedupeKey), Number(r.id)]));
  const queued = batch.flatMap((message, i) => {
    const outboxId = byKey.get(rows[i]!.dedupeKey);
    return outboxId === undefined ? [] : [{ outboxId, message }];
  });
  if (queued.length) await record(tx, queued);
  return queued.map((q) => q.message);
}

/**
 * The reminders of one sweep day, one message per recipient, a batch per transaction (multi-row
 * inserts). A message is queued together with its reminders' identities: if another sweep
 * recorded one of them at the same moment, the batch is retried one message at a time, keeping
 * what is new.
 */
export async function queueReminders(
  db: Db,
  day: string,
  batch: ReminderMessage[],
  at: Date,
  record: RecordReminders,
): Promise<{ messages: number; items: number }> {
  const out = { messages: 0, items: 0 };
  const count = (ms: ReminderMessage[]) => {
    out.messages += ms.length;
    for (const m of ms) out.items += m.items.length;
  };
  try {
    // Another sweep may hold the same rows: wait for it.
    count(await inTransaction(db, (tx) => queueBatch(tx, day, batch, at, record)));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    for (const m of batch) {
      try {
        count(await inTransaction(db, (tx) => queueBatch(tx, day, [m], at, record)));
      } catch (inner) {
        if (!isUniqueViolation(inner)) throw inner;
      }
    }
  }
  if (out.messages > 0) wake(db);
  return out;
}

/** An admin's "retry now": the message goes at the sender's next round (which this wakes); audited. */
export async function retryMessage(db: Db, id: number, who: { actor: string; channel: string; now: Date }): Promise<boolean> {
  const queued = await retryNow(db, id, who.now);
  if (queued) {
    await addAudit(db, { at: who.now, actor: who.actor, channel: who.channel, action: "message.retried", entity: "message", entityId: id });
    wake(db);
  }
  return queued;
}
