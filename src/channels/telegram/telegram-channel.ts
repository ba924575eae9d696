// The Telegram channel: grammY, long polling through @grammyjs/runner (one update at a time
// per chat) or a webhook, and sending with the errors mapped for the outbox.
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import { Bot, InlineKeyboard, InputFile, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "../../log.js";
import { type ChannelAdapter, type InboundHandler, type OutgoingMessage, type SendResult, splitText } from "../channel.js";
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
}

export const TELEGRAM_MAX_TEXT = 4096;

export interface TelegramChannel extends ChannelAdapter {
  /** The node:http handler for webhook mode (the server checks the secret first). */
  webhookHandler(): (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>;
  username(): string | undefined;
}

export function createTelegramChannel(opts: TelegramOptions): TelegramChannel {
  const bot = new Bot(opts.token, { client: { apiRoot: opts.apiRoot }, ...(opts.botInfo ? { botInfo: opts.botInfo } : {}) });
  let runner: RunnerHandle | undefined;
  let handler: InboundHandler | undefined;

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

  async function sendParts(chatId: string, message: OutgoingMessage): Promise<string[]> {
    const ids: string[] = [];
    const parts = splitText(message.text, TELEGRAM_MAX_TEXT);
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      const keyboard =
        last && message.buttons?.length
          ? InlineKeyboard.from(message.buttons.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.data))))
          : undefined;
      // Plain text: titles with <, &, _ or * can never break the message.
      const sent = await bot.api.sendMessage(chatId, part, keyboard ? { reply_markup: keyboard } : {});
      ids.push(String(sent.message_id));
    }
    // The text is the message; files follow it. A file the server refuses is logged and the
    // message still counts as sent (resending would repeat the text); a short rate limit retries.
    for (const file of message.files ?? []) {
      if (!file.bytes) continue;
      const input = new InputFile(file.bytes, file.filename);
      const caption = file.caption ? { caption: file.caption.slice(0, 1024) } : {};
      try {
        const sent =
          file.kind === "photo" ? await bot.api.sendPhoto(chatId, input, caption) : await bot.api.sendDocument(chatId, input, caption);
        ids.push(String(sent.message_id));
      } catch (error) {
        const outcome = classifyTelegramError(error);
        if (outcome.kind === "retry" && outcome.afterMs !== undefined && outcome.afterMs < 60_000) throw error;
        opts.log.warn({ file: file.filename, kind: file.kind, outcome: outcome.kind }, "telegram file not sent");
      }
    }
    return ids;
  }

  return {
    name: "telegram",
    maxTextLength: TELEGRAM_MAX_TEXT,
    supportsButtons: true,
    files: "upload",
    async send(chatId, message): Promise<SendResult> {
      try {
        return { kind: "sent", messageIds: await sendParts(chatId, message) };
      } catch (error) {
        return classifyTelegramError(error);
      }
    },
    async start(onMessage) {
      handler = onMessage;
      await bot.init();
      // A Bot API server that lacks setMyCommands (an emulator) must not stop the bot.
      for (const [lang, commands] of Object.entries(BOT_COMMANDS)) {
        await bot.api
          .setMyCommands(commands, lang === "vi" ? {} : { language_code: "en" })
          .catch((e: unknown) => opts.log.warn({ err: (e as Error).message }, "setMyCommands failed"));
      }
      if (opts.webhook) {
        await bot.api.setWebhook(opts.webhook.url, { secret_token: opts.webhook.secret, allowed_updates: ["message", "callback_query"] });
        opts.log.info({ mode: "webhook" }, "telegram channel started");
        return;
      }
      await bot.api.deleteWebhook().catch(() => undefined);
      runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
      opts.log.info({ mode: "polling", bot: bot.botInfo.username }, "telegram channel started");
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
    },
    webhookHandler() {
      return webhookCallback(bot, "http", { timeoutMilliseconds: 9000, onTimeout: "return" }) as never;
    },
    username: () => (bot.isInited() ? bot.botInfo.username : undefined),
  };
}
