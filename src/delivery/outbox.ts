// The one writer of the outbox. Every message the bot will send is queued here, with its identity
// (the dedupe key) chosen here and nowhere else, so a duplicate update, a second sweep or a second
// process queues nothing twice. Whatever is queued wakes the sender of this store at once.
import { randomBytes } from "node:crypto";
import type { ChatAddress } from "../core/contacts/people.js";
import { type Language, languageOf } from "../i18n/i18n.js";
import type { Db } from "../store/client.js";
import { adminsWithChats, deliveryAccount } from "../store/chat-repo.js";
import { findOfficer } from "../store/contacts-repo.js";
import { addAudit } from "../store/audit-repo.js";
import { enqueue, retryNow } from "../store/outbox-repo.js";
import type { Payload, Text } from "./payload.js";

const wakers = new WeakMap<object, Set<() => void>>();

/** The sender listens here: anything queued on this store wakes it, rather than its next tick. */
export function onQueued(db: Db, wake: () => void): () => void {
  const set = wakers.get(db) ?? new Set();
  wakers.set(db, set);
  set.add(wake);
  return () => set.delete(wake);
}

/** Wakes the sender: here after each enqueue, and by the sweep after each batch it queued in SQL. */
export function wake(db: Db): void {
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

/**
 * The key prefix of one sweep run's reminder messages (`reminder:<day>:<run>:` + the recipient):
 * a second run of the same day — a restart, another process — keys its own messages, and the
 * unique Reminder rows decide which message each item belongs to (store/owed-reminders.ts).
 */
export function reminderRunKey(day: string): string {
  return `reminder:${day}:${randomBytes(4).toString("hex")}:`;
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
