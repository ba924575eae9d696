// The Zalo channel: long polling (one update per call, 408 when idle) or a webhook, never both;
// texts split at 2,000 characters; no buttons (choices become numbered lists); photos by public
// URL. A 401 means the token is wrong: the channel stops and says so, instead of failing forever.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../log.js";
import type { Leadership } from "../../store/leadership.js";
import { createConnection } from "../connection.js";
import {
  type ChannelAdapter,
  type InboundHandler,
  type OutgoingMessage,
  type SendOptions,
  type SendResult,
  type Piece,
  pacedResult,
  sendInPieces,
  splitText,
} from "../channel.js";
import { ZaloApiError, ZaloNetworkError, createZaloClient } from "./client.js";
import { decodeZalo } from "./decode.js";
import { parseUpdate } from "./schemas.js";

export const ZALO_MAX_TEXT = 2000;

export interface ZaloOptions {
  token: string;
  apiRoot: string;
  log: Logger;
  webhook?: { url: string; secret: string };
  /** Photos can be sent: the public base URL files are served from. */
  photosByUrl: boolean;
  /** Told once when Zalo refuses the token (401). */
  onDisabled(reason: string): Promise<void>;
  /** Long-poll wait in seconds (Zalo's own default is 30). */
  pollTimeoutSeconds?: number;
  /** Who polls this token when several processes run: only the elected one. */
  leadership: Leadership;
  electionRetryMs?: number;
  /** Told when the bot cannot join groups (getMe.can_join_groups is false). */
  onWarning?(warning: "cannot_join_groups"): Promise<void>;
}

export interface ZaloChannel extends ChannelAdapter {
  webhookHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  disabled(): boolean;
}

const MAX_BODY = 1_000_000;

export function classifyZaloError(error: unknown): SendResult {
  if (error instanceof ZaloNetworkError) return { kind: "retry", error: error.message };
  if (error instanceof ZaloApiError) {
    const what = `${error.errorCode} ${error.description}`.trim();
    if (error.errorCode === 429) return { kind: "retry", error: "429 quota exceeded" };
    if (error.errorCode === 408 || error.errorCode === 403 || error.errorCode >= 500) return { kind: "retry", error: what };
    if (error.errorCode === 404) return { kind: "permanent", reason: what };
    if (error.errorCode === 401) return { kind: "retry", afterMs: 10 * 60_000, error: what };
    return { kind: "rejected", reason: what };
  }
  return { kind: "retry", error: `unexpected: ${(error as Error)?.message ?? String(error)}` };
}

export function createZaloChannel(opts: ZaloOptions): ZaloChannel {
  const client = createZaloClient({ token: opts.token, apiRoot: opts.apiRoot });
  const log = opts.log;
  let handler: InboundHandler | undefined;
  let disabledReason: string | undefined;
  let started: Promise<void> | undefined;
  const conn = createConnection(log);
  // The job is named by the bot's id, the part of the token before the colon: never the secret.
  const job = `zalo:${opts.token.split(":")[0]}`;
  /** The bot's display name, as mentions in groups spell it ("@Bot Đôn đốc VP UBND"). */
  let botName: string | undefined;

  async function disable(reason: string): Promise<void> {
    if (disabledReason) return;
    disabledReason = reason;
    conn.set({ status: "down", reason });
    log.error({ reason }, "zalo channel disabled: the token was refused");
    await opts.onDisabled(reason).catch(() => undefined);
  }
  const refused = (error: unknown) => (error instanceof ZaloApiError && error.errorCode === 401 ? "401 Unauthorized" : undefined);

  async function handle(raw: unknown): Promise<void> {
    const update = parseUpdate(raw);
    if (!update) {
      log.warn("zalo update ignored: unexpected shape");
      return;
    }
    const inbound = decodeZalo(update, botName);
    if (!inbound) {
      log.info({ event: update.event_name }, "zalo event ignored");
      return;
    }
    await handler?.(inbound);
  }

  async function poll(): Promise<void> {
    let wait = 1000;
    while (!conn.signal.aborted && !disabledReason) {
      if (!(await opts.leadership.tryLead(job))) {
        conn.set({ status: "up", receiving: "standby", reason: "another process polls this bot" });
        await conn.sleep(opts.electionRetryMs ?? 5000);
        continue;
      }
      if (conn.state().receiving !== "polling") conn.set({ status: "up", receiving: "polling" });
      try {
        const update = await client.getUpdates(opts.pollTimeoutSeconds ?? 30, conn.signal);
        wait = 1000;
        if (update) await handle(update);
      } catch (error) {
        if (conn.signal.aborted) return;
        if (error instanceof ZaloApiError && error.errorCode === 401) return disable("401 Unauthorized");
        log.warn({ err: (error as Error).message }, "zalo polling failed; backing off");
        await conn.sleep(wait);
        wait = Math.min(wait * 2, 30_000);
      }
    }
  }

  async function connect(): Promise<void> {
    const me = await conn.retry("getMe", () => client.getMe(), refused);
    if (!me) {
      if (conn.state().status === "down") await disable(conn.state().reason ?? "401 Unauthorized");
      return;
    }
    botName = me.account_name;
    log.info({ bot: me.account_name ?? me.id }, "zalo bot found");
    if (me.can_join_groups === false) await opts.onWarning?.("cannot_join_groups").catch(() => undefined);
    if (opts.webhook) {
      const { url, secret } = opts.webhook;
      if (
        (await conn.retry("setWebhook", () => client.setWebhook(url, secret).then(() => true), refused)) === undefined &&
        conn.state().status === "down"
      )
        return disable(conn.state().reason ?? "401 Unauthorized");
      if (!conn.signal.aborted) conn.set({ status: "up", receiving: "webhook" });
      return;
    }
    // getUpdates does not work while a webhook is set.
    await client.deleteWebhook().catch(() => undefined);
    await poll();
  }

  /** The text in parts, then the photos; pieces an earlier attempt delivered are skipped. */
  async function sendPieces(chatId: string, message: OutgoingMessage, o: SendOptions): Promise<string[]> {
    const pieces: Piece[] = splitText(message.text, ZALO_MAX_TEXT).map(
      (part) => async () => (await client.sendMessage(chatId, part)).message_id,
    );
    for (const file of message.files ?? []) {
      if (file.kind !== "photo" || !file.url) continue;
      pieces.push(async () => {
        try {
          return (await client.sendPhoto(chatId, file.url!, file.caption)).message_id;
        } catch (error) {
          // The text went: a photo refused for good is logged, not resent with the text.
          if (classifyZaloError(error).kind === "retry") throw error;
          log.warn({ file: file.filename, outcome: classifyZaloError(error).kind }, "zalo photo not sent");
          return undefined;
        }
      });
    }
    return sendInPieces(pieces, o);
  }

  return {
    name: "zalo",
    maxTextLength: ZALO_MAX_TEXT,
    supportsButtons: false,
    files: opts.photosByUrl ? "url" : "none",
    disabled: () => disabledReason !== undefined,
    async send(chatId, message, options = {}): Promise<SendResult> {
      if (disabledReason) return { kind: "retry", afterMs: 10 * 60_000, error: `zalo disabled: ${disabledReason}` };
      try {
        return { kind: "sent", messageIds: await sendPieces(chatId, message, options) };
      } catch (error) {
        const paced = pacedResult(error);
        if (paced) return paced;
        if (error instanceof ZaloApiError && error.errorCode === 401) await disable("401 Unauthorized");
        return classifyZaloError(error);
      }
    },
    async start(onMessage) {
      handler = onMessage;
      started = connect().catch((error: unknown) => {
        log.error({ err: (error as Error).message }, "zalo channel failed");
        conn.set({ status: "down", reason: (error as Error).message });
      });
    },
    state: conn.state,
    connected: conn.connected,
    async stop() {
      conn.stop();
      await started;
      await opts.leadership.release(job);
    },
    webhookHandler() {
      // The server checked the secret header before calling this.
      return async (req, res) => {
        let size = 0;
        const chunks: Buffer[] = [];
        for await (const chunk of req) {
          size += (chunk as Buffer).length;
          if (size > MAX_BODY) {
            res.writeHead(413).end();
            return;
          }
          chunks.push(chunk as Buffer);
        }
        let raw: unknown;
        try {
          raw = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
          log.warn("zalo webhook: body is not JSON");
          res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
          return;
        }
        await handle(raw);
        res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      };
    },
  };
}
