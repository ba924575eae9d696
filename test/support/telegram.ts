// A real Bot API emulator (telegram-test-api) on loopback, and the bot pointed at it.
import { createServer } from "node:net";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { UserFromGetMe } from "grammy/types";

export const BOT_TOKEN = "123456:TEST-dondoc-token";
export const BOT_INFO = {
  id: 123456,
  is_bot: true,
  first_name: "dondoc",
  username: "dondoc_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as unknown as UserFromGetMe;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmulator(): Promise<TelegramServer> {
  const server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  return server;
}

export interface BotText {
  text: string;
  messageId: number;
  buttons: { text: string; callback_data: string }[];
}

/** A person in a private chat with the bot. */
export function person(server: TelegramServer, userId: number, firstName: string) {
  const client = server.getClient(BOT_TOKEN, { userId, chatId: userId, firstName, type: "private", timeout: 15_000, interval: 50 });
  return {
    client,
    async say(text: string, opts: { at?: Date; replyTo?: number } = {}) {
      const message = client.makeMessage(text, {
        ...(opts.at ? { date: Math.floor(opts.at.getTime() / 1000) } : {}),
        ...(opts.replyTo !== undefined
          ? { reply_to_message: { message_id: opts.replyTo, date: 0, chat: { id: userId, type: "private", first_name: "Bot" } } }
          : {}),
      } as never);
      await client.sendMessage(message);
    },
    async press(data: string) {
      await client.sendCallback(client.makeCallbackQuery(data));
    },
    /** Waits until `count` more messages from the bot have arrived. */
    async collect(count: number): Promise<BotText[]> {
      const all: BotText[] = [];
      while (all.length < count) all.push(...(await this.inbox()));
      return all;
    },
    /** Waits for the bot's next messages to this person. */
    async inbox(): Promise<BotText[]> {
      const updates = await client.getUpdates();
      return (updates.result as { message: { text: string; reply_markup?: unknown }; messageId: number }[]).map((u) => ({
        text: u.message.text,
        messageId: u.messageId,
        buttons: (
          (u.message.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []
        ).flat(),
      }));
    },
  };
}
