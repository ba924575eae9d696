// A Telegram token refused (401: revoked in BotFather, or mistyped): the Telegram channel stops
// and says why, the admins hear of it on Zalo, and the bot goes on working there.
import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { type BotApiStub, startBotApiStub } from "../support/bot-api-stub.js";
import { NOW, fixedClock, seededStore, startBot } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";
import { BOT_TOKEN } from "../support/telegram.js";
import { ZaloEmulator } from "../support/zalo-emulator.js";

const ADMIN_ON_ZALO = "4909";

describe("a refused Telegram token", () => {
  let stub: BotApiStub;
  let zalo: ZaloEmulator;
  let store: TestStore;
  let app: App | undefined;

  const startBoth = async (beforeStart: () => void = () => undefined) => {
    stub = await startBotApiStub();
    zalo = await ZaloEmulator.start();
    store = await seededStore();
    const admin = await store.db.officer.findUniqueOrThrow({ where: { code: "QT01" } });
    await store.db.chatAccount.create({ data: { officerId: admin.id, channel: "zalo", chatId: ADMIN_ON_ZALO, userId: ADMIN_ON_ZALO } });
    beforeStart();
    app = await startBot(
      store,
      { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stub.apiRoot, ZALO_BOT_TOKEN: zalo.token, ZALO_API_ROOT: zalo.apiRoot },
      fixedClock(NOW),
      { zaloPollTimeoutSeconds: 1 },
    );
    return app;
  };
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  };

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await stub.close();
    await zalo.close();
    await store.dispose();
  });

  it("at start: the channel is down with the reason, Zalo is up, the admin is told on Zalo", async () => {
    const bot = await startBoth(() => stub.revoke());
    expect(bot.telegram!.state()).toMatchObject({ status: "down", reason: expect.stringContaining("401") });
    expect(bot.zalo!.state().status).toBe("up");
    const [notice] = await zalo.waitForTexts(ADMIN_ON_ZALO, 1);
    expect(notice).toContain("Kênh telegram đã ngừng");
    expect(notice).not.toContain(BOT_TOKEN.split(":")[1]!);
  });

  it("while polling: the poller stops instead of failing forever, and the admin is told once", async () => {
    const bot = await startBoth();
    await until(() => bot.telegram!.state().receiving === "polling");
    expect(bot.telegram!.state()).toMatchObject({ status: "up", receiving: "polling" });
    stub.revoke();
    await until(() => bot.telegram!.state().status === "down");
    expect(bot.telegram!.state()).toMatchObject({ status: "down", reason: expect.stringContaining("401") });
    expect((await zalo.waitForTexts(ADMIN_ON_ZALO, 1))[0]).toContain("Kênh telegram đã ngừng");
    // Stopped: no more calls to a server that refuses the token.
    const calls = stub.calls.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(stub.calls.length).toBe(calls);
    expect(zalo.textsTo(ADMIN_ON_ZALO)).toHaveLength(1);
  });
});
