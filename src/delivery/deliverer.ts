// Sends what the outbox holds: claims due messages (a lease, so two processes never send the
// same one), renders them, sends through the channel, and records the outcome — sent (with the
// platform's message ids, so replies map back to tasks), retried with backoff or after the wait
// a 429 asked for, failed for good (the chat is marked unreachable and admins are told), or moved
// to a supergroup's new id.
import { randomUUID } from "node:crypto";
import type { ChannelAdapter, OutgoingMessage } from "../channels/channel.js";
import { numberedChoices } from "../channels/channel.js";
import type { Logger } from "../log.js";
import type { Db } from "../store/client.js";
import { markUnreachable, saveChoice } from "../store/chat-repo.js";
import { type OutboxRow, claimDue, markFinal, markRetry, markSent, moveChat } from "../store/outbox-repo.js";
import { inTransaction } from "../store/tx.js";
import { onQueued } from "./outbox.js";
import type { Payload } from "./payload.js";

export interface Rendered {
  message: OutgoingMessage;
  taskIds: number[];
}

export interface DelivererDeps {
  db: Db;
  channels: Map<string, ChannelAdapter>;
  log: Logger;
  now: () => Date;
  /** Turns a payload into a message for its recipient; null cancels it (nothing left to say). */
  render(row: OutboxRow, payload: Payload): Promise<Rendered | null>;
  /** Told when a chat stops accepting messages (blocked, deleted…). */
  onUnreachable(row: OutboxRow, reason: string): Promise<void>;
  /** Told when a message is given up after its retries. */
  onGaveUp(row: OutboxRow, error: string): Promise<void>;
  maxAttempts?: number;
  /** The longest wait before a retry (a 429 asking for more reschedules that message only). */
  maxBackoffMs?: number;
  /** Pause between two sends, to stay under platform rate limits (Telegram: 30/s in bulk). */
  spacingMs?: number;
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

const NUMBERED_TTL_MS = 7 * 24 * 3600_000;

export function createDeliverer(deps: DelivererDeps): Deliverer {
  const worker = randomUUID();
  const maxAttempts = deps.maxAttempts ?? 6;
  const maxBackoff = deps.maxBackoffMs ?? 10 * 60_000;
  const spacing = deps.spacingMs ?? 40;
  const lease = deps.leaseMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let started = false;
  let stopped = false;

  function backoff(attempt: number): number {
    const base = Math.min(maxBackoff, 2000 * 2 ** attempt);
    return base / 2 + Math.random() * (base / 2);
  }

  async function deliverOne(row: OutboxRow, adapter: ChannelAdapter): Promise<void> {
    const log = deps.log.child({ outboxId: row.id, kind: row.kind, channel: row.channel });
    const rendered = await deps.render(row, JSON.parse(row.payload) as Payload);
    if (!rendered) {
      await markFinal(deps.db, row, "cancelled", null);
      log.info("outbox message cancelled: nothing left to say");
      return;
    }
    let message = rendered.message;
    let options: string[] = [];
    if (!adapter.supportsButtons && message.buttons?.length) {
      const numbered = numberedChoices(message.buttons);
      options = numbered.options;
      message = { ...message, text: `${message.text}\n\n${numbered.lines.join("\n")}`, buttons: [] };
    }
    const result = await adapter.send(row.chatId, message);
    const now = deps.now();
    switch (result.kind) {
      case "sent":
        await inTransaction(deps.db, async (tx) => {
          await markSent(tx, row, now, result.messageIds, rendered.taskIds);
          if (options.length && row.officerId !== null)
            await saveChoice(tx, {
              channel: row.channel,
              chatId: row.chatId,
              officerId: row.officerId,
              action: "numbered",
              data: { options },
              at: now,
              ttlMs: NUMBERED_TTL_MS,
            });
        });
        log.info({ parts: result.messageIds.length }, "outbox message sent");
        return;
      case "retry": {
        if (row.attempts + 1 >= maxAttempts) {
          await markFinal(deps.db, row, "failed", result.error);
          log.warn({ attempts: row.attempts + 1, error: result.error }, "outbox message given up");
          await deps.onGaveUp(row, result.error);
          return;
        }
        const wait = result.afterMs !== undefined ? Math.max(result.afterMs, 0) : backoff(row.attempts);
        await markRetry(deps.db, row, new Date(now.getTime() + wait), result.error);
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
    let handled = 0;
    for (;;) {
      // Only channels that can deliver now: one still connecting keeps its messages queued.
      const ready = [...deps.channels].filter(([, c]) => c.state().status === "up").map(([name]) => name);
      if (ready.length === 0) return handled;
      const batch = await claimDue(deps.db, worker, deps.now(), lease, 20, ready);
      if (batch.length === 0) return handled;
      for (const row of batch) {
        const adapter = deps.channels.get(row.channel)!;
        try {
          await deliverOne(row, adapter);
        } catch (error) {
          // A bug or a store failure: leave the claim to run out and be retried, say so loudly.
          deps.log.error({ err: error, outboxId: row.id }, "outbox delivery failed unexpectedly");
          await markRetry(deps.db, row, new Date(deps.now().getTime() + backoff(row.attempts)), "internal error").catch(() => undefined);
        }
        handled++;
        if (spacing > 0) await new Promise((r) => setTimeout(r, spacing));
      }
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
