// The bot with its web console on a free port, talking to the Bot API stub: what the web tests
// start, and the sign-in code the bot sends to a chat.
import type { App } from "../../src/app.js";
import type { BotApiStub } from "./bot-api-stub.js";
import { type Clock, startBot } from "./bot-fixture.js";
import type { TestStore } from "./stores.js";
import { BOT_INFO, BOT_TOKEN, freePort } from "./telegram.js";

/** `telegram`: the Bot API root the bot talks to (the telegram-test-api emulator, or the stub). */
export async function startWebBot(store: TestStore, telegram: string, clock: Clock): Promise<{ app: App; root: string }> {
  const port = await freePort();
  const app = await startBot(
    store,
    {
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_BOT_USERNAME: "dondoc_bot",
      TELEGRAM_API_ROOT: telegram,
      WEB_ENABLED: "true",
      HTTP_PORT: String(port),
      HTTP_HOST: "127.0.0.1",
    },
    clock,
    { telegramBotInfo: BOT_INFO },
  );
  return { app, root: `http://127.0.0.1:${port}` };
}

/** The newest sign-in code delivered to a chat after its first `before` messages. */
export async function signInCodeSent(stub: BotApiStub, chat: string, before = 0): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const code = stub
      .delivered(chat)
      .slice(before)
      .map((t) => /Mã đăng nhập trang theo dõi nhiệm vụ: (\d{6})/.exec(t)?.[1])
      .find(Boolean);
    if (code) return code;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no sign-in code reached chat ${chat}`);
}
