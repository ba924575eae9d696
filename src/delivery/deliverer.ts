// Sends what the outbox holds: claims due messages (a lease, so two processes never send the
// same one), renders them, sends through the channel within the shared rate limits, and records
// the outcome — sent (with the platform's message ids, so replies map back to tasks), retried by
// time (backoff while the message is still worth sending; a 429's wait holds the whole channel),
// failed for good (the chat is marked unreachable and admins are told), or moved to a
// supergroup's new id. Each piece of a message is recorded as it goes: a retry sends the rest.
import { type ChannelAdapter, type OutgoingMessage, RateLimited } from "../channels/channel.js";
import type { Logger } from "../log.js";
import type { Db } from "../store/client.js";
import { groupChatKeys, markUnreachable } from "../store/chat-repo.js";
import {
  type OutboxRow,
  type SentRecord,
  claimDue,
  markFinal,
  markRetry,
  markSent,
  recordPlatformIds,
  moveChat,
  saveProgress,
} from "../store/outbox-repo.js";
import { type RateKey, acquireRate, holdRate } from "../store/rate-limit-repo.js";
import { releaseDeadClaims, workerId } from "./claims.js";
import { numberButtons } from "./numbered-lists.js";
import { onQueued } from "./outbox.js";
import type { Payload } from "./payload.js";
import { worthUntil } from "./worth.js";

export interface Rendered {
  message: OutgoingMessage;
  taskIds: number[];
}

/** A channel's sending limits: all its chats together, each private chat, each group. */
export interface ChannelLimits {
  perSecond: number;
  chatPerSecond: number;
  groupPerMinute: number;
}

export interface DelivererDeps {
  db: Db;
  channels: Map<string, ChannelAdapter>;
  log: Logger;
  now: () => Date;
  /** The zone of the days reminders belong to (a reminder is worth sending until its day ends). */
  zone: string;
  /** Limits by channel name; a channel without limits (the console) sends at once. */
  limits?: Record<string, ChannelLimits>;
  /** Turns a payload into a message for its recipient; null cancels it (nothing left to say). */
  render(row: OutboxRow, payload: Payload): Promise<Rendered | null>;
  /** Reads at once what a batch of rows will be rendered from (their tasks, their recipients). */
  prepare?(rows: OutboxRow[]): Promise<void>;
  /** Told when a chat stops accepting messages (blocked, deleted…). */
  onUnreachable(row: OutboxRow, reason: string): Promise<void>;
  /** Told when a message is given up: it is no longer worth sending, or the platform refused it. */
  onGaveUp(row: OutboxRow, error: string): Promise<void>;
  /** The longest wait between two tries of a message (a 429 asking for more is obeyed). */
  maxBackoffMs?: number;
  /** How long a claim holds; renewed after each piece sent (longer than any one request). */
  leaseMs?: number;
}

export interface Deliverer {
  /** Sends everything due now; resolves to how many messages it handled. */
  deliverDue(): Promise<number>;
  /** Starts the loop (every `intervalMs`, and at once when poked). */
  start(intervalMs?: number): void;
  poke(): void;
  stop(): Promise<void>;
}

/**
 * Messages claimed, rendered and recorded together. Each batch costs a few round trips to the
 * store (claim, what to render from, platform ids): at 20 a batch PostgreSQL's sender spent 40% of
 * its time waiting on them, and 100 sent 8% more than 50. A batch takes under four seconds even
 * at Telegram's 30 messages/s, far inside a claim's lease.
 */
const BATCH = 100;

/** Waits shorter than this are waited inline; longer ones put the message back in the queue. */
const INLINE_WAIT_MS = 2000;

export function createDeliverer(deps: DelivererDeps): Deliverer {
  const worker = workerId();
  let releasedDead = false;
  const maxBackoff = deps.maxBackoffMs ?? 5 * 60_000;
  // grammY gives up a request after 60 s: a claim outlives any request it covers.
  const lease = deps.leaseMs ?? 10 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let started = false;
  let stopped = false;

  function backoff(attempt: number): number {
    const base = Math.min(maxBackoff, 2000 * 2 ** attempt);
    return base / 2 + Math.random() * (base / 2);
  }

  /** The limits a message to this chat counts against: the bot's, and the chat's own. */
  function rateKeys(row: OutboxRow, adapter: ChannelAdapter, groups: Set<string>): RateKey[] {
    const l = deps.limits?.[row.channel];
    if (!l) return [];
    const group = adapter.isGroupChat?.(row.chatId) ?? groups.has(`${row.channel}:${row.chatId}`);
    // Evenly spaced, 2% under the limit: any one-second window holds at most the limit. A private
    // chat may take a short burst of 3; a group none (its limit is per minute, and strict).
    // The chat's key first: it refuses most, and a refusal there counts nothing against the bot.
    return [
      group
        ? { key: `${row.channel}:chat:${row.chatId}`, intervalMs: 61_200 / l.groupPerMinute, burst: 1 }
        : { key: `${row.channel}:chat:${row.chatId}`, intervalMs: 1020 / l.chatPerSecond, burst: 3 },
      { key: `${row.channel}:bot`, intervalMs: 1020 / l.perSecond, burst: 1 },
    ];
  }

  /** Waits for the shared limits before one API call; a long wait reschedules the message instead. */
  async function pace(keys: RateKey[]): Promise<void> {
    if (keys.length === 0) return;
    for (;;) {
      const wait = await acquireRate(deps.db, keys, Date.now());
      if (wait === 0) return;
      if (wait > INLINE_WAIT_MS) throw new RateLimited(wait);
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** Sends one message; a message sent is returned to be recorded at once by the caller. */
  async function deliverOne(row: OutboxRow, adapter: ChannelAdapter, groups: Set<string>): Promise<SentRecord | undefined> {
    const log = deps.log.child({ outboxId: row.id, kind: row.kind, channel: row.channel });
    const payload = JSON.parse(row.payload) as Payload;
    const rendered = await deps.render(row, payload);
    if (!rendered) {
      await markFinal(deps.db, row, "cancelled", null);
      log.info("outbox message cancelled: nothing left to say");
      return;
    }
    let message = rendered.message;
    if (!adapter.supportsButtons && message.buttons?.length) {
      const lines = await numberButtons(deps.db, row, message.buttons, deps.now());
      message = { ...message, text: `${message.text}\n\n${lines.join("\n")}`, buttons: [] };
    }
    const keys = rateKeys(row, adapter, groups);
    const progress = row.progress ? (JSON.parse(row.progress) as { done: number; ids: string[] }) : { done: 0, ids: [] as string[] };
    const result = await adapter.send(row.chatId, message, {
      skip: progress.done,
      pace: () => pace(keys),
      async onPiece(id, last) {
        progress.done++;
        if (id) progress.ids.push(id);
        // The last piece is recorded with the message; earlier ones now, so a retry skips them.
        if (!last) await saveProgress(deps.db, row.id, JSON.stringify(progress), new Date(deps.now().getTime() + lease));
      },
    });
    const now = deps.now();
    switch (result.kind) {
      case "sent":
        log.info({ parts: progress.ids.length || result.messageIds.length }, "outbox message sent");
        return { row, messageIds: progress.ids.length ? progress.ids : result.messageIds, taskIds: rendered.taskIds };
      case "retry": {
        // A 429 speaks for the whole bot: every process holds every chat of this channel.
        const bot = keys.find((k) => k.key.endsWith(":bot"));
        if (result.afterMs !== undefined && !result.paced && bot) await holdRate(deps.db, bot, Date.now() + result.afterMs);
        const wait = result.afterMs !== undefined ? Math.max(result.afterMs, 0) : backoff(row.attempts);
        const next = new Date(now.getTime() + wait);
        if (!result.paced && next > worthUntil(row.kind, payload, row.createdAt, deps.zone)) {
          await markFinal(deps.db, row, "failed", result.error);
          log.warn({ attempts: row.attempts + 1, error: result.error }, "outbox message given up: no longer worth sending");
          await deps.onGaveUp(row, result.error);
          return;
        }
        await markRetry(deps.db, row, next, result.error, !result.paced);
        log.warn({ attempts: row.attempts + 1, waitMs: Math.round(wait), error: result.error }, "outbox message will be retried");
        return;
      }
      case "permanent":
        await markFinal(deps.db, row, "failed", result.reason);
        await markUnreachable(deps.db, row.channel, row.chatId, result.reason);
        log.warn({ reason: result.reason }, "chat unreachable");
        await deps.onUnreachable(row, result.reason);
        return;
      case "rejected":
        await markFinal(deps.db, row, "failed", result.reason);
        log.warn({ reason: result.reason }, "outbox message rejected by the platform");
        await deps.onGaveUp(row, result.reason);
        return;
      case "migrated":
        await moveChat(deps.db, row.channel, row.chatId, result.newChatId);
        await markRetry(deps.db, row, now, "chat migrated");
        log.info("group moved to a supergroup: message re-queued for the new id");
        return;
    }
  }

  async function deliverDue(): Promise<number> {
    if (!releasedDead) {
      releasedDead = true;
      await releaseDeadClaims(deps.db, worker, deps.now(), deps.log);
    }
    let handled = 0;
    // Which chats are groups: read once a batch is claimed, not on every idle tick.
    let groups: Set<string> | undefined;
    for (;;) {
      // Only channels that can deliver now: one still connecting keeps its messages queued.
      const ready = [...deps.channels].filter(([, c]) => c.state().status === "up").map(([name]) => name);
      if (ready.length === 0) return handled;
      const batch = await claimDue(deps.db, worker, deps.now(), lease, BATCH, ready);
      if (batch.length === 0) return handled;
      // What the batch's messages are rendered from, read once for all of them.
      await deps.prepare?.(batch);
      groups ??= await groupChatKeys(deps.db);
      const sent: SentRecord[] = [];
      const recording: Promise<void>[] = [];
      for (const row of batch) {
        const adapter = deps.channels.get(row.channel)!;
        try {
          const done = await deliverOne(row, adapter, groups);
          // Recorded the moment the platform accepted it: a crash can repeat at most this one
          // message (no platform takes an idempotency key), never a batch. The write is issued at
          // once but not waited for before the next send: on PostgreSQL a round trip per message
          // halved the sender's speed.
          if (done) {
            recording.push(
              markSent(deps.db, row.id, deps.now()).catch((error: unknown) =>
                deps.log.error({ err: error, outboxId: row.id }, "a sent message could not be recorded: it may be sent again"),
              ),
            );
            sent.push(done);
          }
        } catch (error) {
          // A bug or a store failure: leave the claim to run out and be retried, say so loudly.
          deps.log.error({ err: error, outboxId: row.id }, "outbox delivery failed unexpectedly");
          await markRetry(deps.db, row, new Date(deps.now().getTime() + backoff(row.attempts)), "internal error").catch(() => undefined);
        }
        handled++;
      }
      await Promise.all(recording);
      if (sent.length) await recordPlatformIds(deps.db, sent, deps.now());
    }
  }

  function tick(): void {
    // Pokes before start (while the app is being built, or in a process that only queues, like
    // the CLI) must not send: only a started sender delivers.
    if (!started || stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverDue()
      .catch((error: unknown) => {
        deps.log.error({ err: error }, "outbox loop failed");
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          tick();
        }
      });
  }

  // Whatever is queued on this store wakes the sender at once.
  const unsubscribe = onQueued(deps.db, tick);
  return {
    deliverDue,
    poke: tick,
    start(intervalMs = 1000) {
      started = true;
      timer = setInterval(tick, intervalMs);
      tick();
    },
    async stop() {
      stopped = true;
      unsubscribe();
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
