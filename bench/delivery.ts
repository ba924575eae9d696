// Sustained delivery against a Bot API stub that enforces Telegram's limits (30 messages/s for
// the bot, 3/s and 13 per 10 s per chat, 20/min per group) and answers 429 beyond them: N
// reminders, one per officer, through the real app's sender and the store's shared limiter. It
// prints messages per second as a share of the configured limit (goal ≥ 90%) and the 429s
// received (goal 0).
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { startBotApiStub } from "../test/support/bot-api-stub.js";
import { manyOfficers } from "../test/support/many-officers.js";
import { BOT_INFO, BOT_TOKEN } from "../test/support/telegram.js";
import { type BenchStore, row, timed } from "./support.js";

const NOW = new Date("2026-07-03T02:00:00Z"); // Friday 09:00 in Hanoi
const LIMIT = 30;

export async function benchDelivery(stores: BenchStore[], messages: number): Promise<void> {
  console.log(`\ndelivery: ${messages.toLocaleString("en")} reminders through a stub enforcing Telegram's limits (${LIMIT}/s)`);
  console.log(row(["step", "seconds", "per second", "peak MB"]));
  for (const { kind, store, url } of stores) {
    const stub = await startBotApiStub({ limits: true });
    await manyOfficers(store.db, messages, NOW);
    const config = loadConfig({
      DATABASE_URL: url,
      LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: stub.apiRoot,
      TELEGRAM_MAX_PER_SECOND: String(LIMIT),
      REMINDER_TIME: "10:00",
    });
    const app = await createApp(config, { now: () => NOW, log: createLogger("silent"), telegramBotInfo: BOT_INFO, withoutScheduler: true });
    await app.telegram!.start(async () => undefined);
    await app.connected();
    const swept = await app.sweep(NOW);
    const sent = await timed(async () => {
      let handled = 0;
      while (handled < swept.messages) handled += await app.deliverer.deliverDue();
      return handled;
    });
    const perSecond = sent.result / sent.seconds;
    console.log(row([`${kind}: delivered`, sent.seconds, perSecond, sent.peakRssMb]));
    console.log(`    share of the limit: ${((100 * perSecond) / LIMIT).toFixed(1)}%   429s received: ${stub.tooMany()}`);
    await app.stop();
    await stub.close();
  }
}
