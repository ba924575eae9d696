// The Telegram channel: grammY, long polling through @grammyjs/runner (one update at a time
// per chat) or a webhook, and sending with the errors mapped for the outbox.
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import { HttpsProxyAgent } from "https-proxy-agent";
import { Bot, GrammyError, InlineKeyboard, InputFile, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "../../log.js";
import type { Leadership } from "../../store/leadership.js";
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
import { createConnection } from "../connection.js";
import { decodeTelegram } from "./decode.js";
import { classifyTelegramError } from "./errors.js";
import { BOT_COMMANDS } from "./commands-menu.js";

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  log: Logger;
  /** Set to receive by webhook; otherwise long polling. */
  webhook?: { url: string; secret: string };
  /** Skips getMe at start (tests). */
  botInfo?: UserFromGetMe;
  /** The clock for button presses (Telegram dates messages, not presses). */
  now?: () => Date;
  /** Who polls this token when several processes run: only the elected one. */
  leadership: Leadership;
  /** How often a process that does not poll asks again (ms). */
  electionRetryMs?: number;
  /** Told once when Telegram refuses the token (401): the channel stops. */
  onDisabled(reason: string): Promise<void>;
  /** An outgoing HTTP(S) proxy for every Bot API call, where Telegram is blocked. */
  proxy?: string;
}

/** A Bot API error code, whatever wrapped it. */
function errorCode(error: unknown): number | undefined {
  return error instanceof GrammyError ? error.error_code : undefined;
}

export const TELEGRAM_MAX_TEXT = 4096;

export interface TelegramChannel extends ChannelAdapter {
  /** The node:http handler for webhook mode (the server checks the secret first). */
  webhookHandler(): (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>;
  username(): string | undefined;
}

export function createTelegramChannel(opts: TelegramOptions): TelegramChannel {
  // A request that hangs is given up after a minute (grammY's default is 500 s), well within the
  // outbox lease, so a hung send is never claimed and sent again by another process.
  const bot = new Bot(opts.token, {
    client: {
      apiRoot: opts.apiRoot,
      timeoutSeconds: 60,
      ...(opts.proxy ? { baseFetchConfig: { agent: new HttpsProxyAgent(opts.proxy) } } : {}),
    },
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
  });
  let runner: RunnerHandle | undefined;
  let handler: InboundHandler | undefined;
  const log = opts.log;
  const conn = createConnection(log);
  // The job is named by the bot's id, the part of the token before the colon: never the secret.
  const job = `telegram:${opts.token.split(":")[0]}`;
  let started: Promise<void> | undefined;
  // The election's connection dropped: another process may lead and poll by now. Stop at once
  // rather than at its first 409; pollWhileLeading then stands by or leads again.
  opts.leadership.onLost(() => {
    if (!runner?.isRunning()) return;
    conn.set({ status: "up", receiving: "standby", reason: "the election's database connection was lost" });
    void runner.stop();
  });
  const refused = (error: unknown) => (errorCode(error) === 401 ? "401 Unauthorized: the token was refused" : undefined);

  async function disable(reason: string): Promise<void> {
    conn.set({ status: "down", reason });
    await opts.onDisabled(reason).catch(() => undefined);
  }

  /**
   * Polls while this process is the elected poller. A 409 (another getUpdates — a process outside
   * the election, an overlapping deploy) never ends the process: it stands by and tries again.
   */
  async function pollWhileLeading(): Promise<void> {
    const retry = opts.electionRetryMs ?? 5000;
    let wait = 1000;
    while (!conn.signal.aborted) {
      if (!(await opts.leadership.tryLead(job))) {
        conn.set({ status: "up", receiving: "standby", reason: "another process polls this bot" });
        await conn.sleep(retry);
        continue;
      }
      await bot.api.deleteWebhook().catch(() => undefined);
      runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] }, silent: true } });
      conn.set({ status: "up", receiving: "polling" });
      try {
        await runner.task();
        wait = 1000;
      } catch (error) {
        if (conn.signal.aborted) return;
        await runner.stop()?.catch(() => undefined);
        const code = errorCode(error);
        if (code === 401) return disable("401 Unauthorized: the token was refused");
        await opts.leadership.release(job);
        const reason = code === 409 ? "409 Conflict: another getUpdates is running" : `polling failed: ${(error as Error).message}`;
        conn.set({ status: "up", receiving: "standby", reason });
        log.warn({ waitMs: wait, reason }, "telegram polling stopped; will try again");
        await conn.sleep(wait);
        wait = Math.min(wait * 2, 60_000);
      }
    }
  }

  async function connect(): Promise<void> {
    // getMe with our own backoff (bot.init retries forever, and cannot be stopped).
    if (!bot.isInited()) {
      const me = await conn.retry("getMe", () => bot.api.getMe(), refused);
      if (!me) {
        if (conn.state().status === "down") await opts.onDisabled(conn.state().reason ?? "down").catch(() => undefined);
        return;
      }
      bot.botInfo = me;
    }
    // A Bot API server that lacks setMyCommands (an emulator) must not stop the bot.
    for (const [lang, commands] of Object.entries(BOT_COMMANDS)) {
      await bot.api
        .setMyCommands(commands, lang === "vi" ? {} : { language_code: "en" })
        .catch((e: unknown) => log.warn({ err: (e as Error).message }, "setMyCommands failed"));
    }
    if (opts.webhook) {
      const { url, secret } = opts.webhook;
      const set = await conn.retry(
        "setWebhook",
        () => bot.api.setWebhook(url, { secret_token: secret, allowed_updates: ["message", "callback_query"] }),
        refused,
      );
      if (set !== undefined) conn.set({ status: "up", receiving: "webhook" });
      return;
    }
    await pollWhileLeading();
  }

  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.on(["message", "callback_query"], async (ctx) => {
    const inbound = decodeTelegram(
      ctx,
      async (text) => {
        await ctx.answerCallbackQuery(text ? { text } : undefined).catch(() => undefined);
      },
      opts.now ?? (() => new Date()),
    );
    if (inbound && handler) await handler(inbound);
  });
  bot.catch((err) => opts.log.error({ err: err.error, update: err.ctx.update.update_id }, "telegram update failed"));

  /**
   * The text in parts, then the files, each a piece; pieces an earlier attempt delivered are
   * skipped, and each delivered piece is reported at once, so a retry never repeats one.
   */
  async function sendPieces(chatId: string, message: OutgoingMessage, o: SendOptions): Promise<string[]> {
    const parts = splitText(message.text, TELEGRAM_MAX_TEXT);
    const pieces: Piece[] = parts.map((part, i) => async () => {
      const last = i === parts.length - 1;
      const keyboard =
        last && message.buttons?.length
          ? InlineKeyboard.from(message.buttons.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.data))))
          : undefined;
      // Plain text: titles with <, &, _ or * can never break the message.
      return String((await bot.api.sendMessage(chatId, part, keyboard ? { reply_markup: keyboard } : {})).message_id);
    });
    // The text is the message; files follow it. A file the server refuses for good is logged and
    // passed over (resending would repeat the text); anything that may pass later is retried.
    for (const file of message.files ?? []) {
      if (!file.bytes) continue;
      pieces.push(async () => {
        const input = new InputFile(file.bytes!, file.filename);
        const caption = file.caption ? { caption: file.caption.slice(0, 1024) } : {};
        try {
          const sent =
            file.kind === "photo" ? await bot.api.sendPhoto(chatId, input, caption) : await bot.api.sendDocument(chatId, input, caption);
          return String(sent.message_id);
        } catch (error) {
          const outcome = classifyTelegramError(error);
          if (outcome.kind === "retry") throw error;
          log.warn({ file: file.filename, kind: file.kind, outcome: outcome.kind }, "telegram file not sent");
          return undefined;
        }
      });
    }
    return sendInPieces(pieces, o);
  }

  return {
    name: "telegram",
    maxTextLength: TELEGRAM_MAX_TEXT,
    supportsButtons: true,
    files: "upload",
    async send(chatId, message, options = {}): Promise<SendResult> {
      try {
        return { kind: "sent", messageIds: await sendPieces(chatId, message, options) };
      } catch (error) {
        return pacedResult(error) ?? classifyTelegramError(error);
      }
    },
    isGroupChat: (chatId) => chatId.startsWith("-"),
    async start(onMessage) {
      handler = onMessage;
      started = connect().catch((error: unknown) => {
        log.error({ err: error }, "telegram channel failed");
        conn.set({ status: "down", reason: (error as Error).message });
      });
    },
    state: conn.state,
    connected: conn.connected,
    async stop() {
      conn.stop();
      if (runner?.isRunning()) await runner.stop();
      await started;
      await opts.leadership.release(job);
    },
    webhookHandler() {
      return webhookCallback(bot, "http", { timeoutMilliseconds: 9000, onTimeout: "return" }) as never;
    },
    username: () => (bot.isInited() ? bot.botInfo.username : undefined),
  };
}
