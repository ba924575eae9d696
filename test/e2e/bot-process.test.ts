// The bot as a process sees it: catch-up at start, restarts, duplicate deliveries, webhooks.
import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { createInboundHandler } from "../../src/conversation/inbound.js";
import type { InboundMessage } from "../../src/channels/channel.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { type BotApiStub, startBotApiStub } from "../support/bot-api-stub.js";
import { NOW, fixedClock, seededStore, startBot } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";
import { BOT_INFO, BOT_TOKEN } from "../support/telegram.js";

describe("the bot process", () => {
  let stub: BotApiStub;
  let store: TestStore;
  const apps: App[] = [];
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.stop().catch(() => undefined);
    await stub?.close();
    await store?.dispose();
  });

  async function boot(clock = fixedClock(NOW), env: Record<string, string> = {}): Promise<App> {
    const app = await startBot(store, { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stub.apiRoot, ...env }, clock, {
      telegramBotInfo: BOT_INFO,
    });
    apps.push(app);
    return app;
  }

  /** The real inbound handler, without channels: updates are handed to it directly. */
  function handler() {
    const config = loadConfig({ DATABASE_URL: store.url });
    return createInboundHandler({
      db: store.db,
      config,
      log: createLogger("silent"),
      now: () => NOW,
      sweepNow: async () => ({}) as never,
    });
  }

  async function linkMai(): Promise<void> {
    const mai = await store.db.officer.findUniqueOrThrow({ where: { code: "XD01" } });
    await store.db.chatAccount.create({ data: { officerId: mai.id, channel: "telegram", chatId: "8001", userId: "8001" } });
  }

  async function until(check: () => boolean, ms = 10_000): Promise<void> {
    for (const start = Date.now(); !check();) {
      if (Date.now() - start > ms) throw new Error("timed out waiting");
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it("catches up a sweep missed while it was down, and a restart does not send it again", async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    await linkMai();
    // 09:00 on a working day, today's 08:00 sweep never ran: it runs at start.
    const first = await boot();
    await until(() => stub.sent("8001").length > 0);
    expect(stub.sent("8001")[0]).toContain("Nhắc việc ngày 03/07/2026");
    await first.stop();
    apps.length = 0;
    await boot(fixedClock(new Date(NOW.getTime() + 3600_000)));
    await new Promise((r) => setTimeout(r, 500));
    expect(stub.sent("8001")).toHaveLength(1);
  });

  it("does not catch up before the day's reminder time", async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    await linkMai();
    await boot(fixedClock(new Date("2026-07-03T00:30:00Z"))); // 07:30 in Hanoi
    await new Promise((r) => setTimeout(r, 400));
    expect(stub.sent("8001")).toHaveLength(0);
    expect(await store.db.sweepRun.count()).toBe(0);
  });

  it("handles the same update delivered twice once", async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    await linkMai();
    const handle = handler();
    const update: InboundMessage = {
      channel: "telegram",
      updateKey: "555",
      chatId: "8001",
      chatType: "private",
      senderId: "8001",
      onBehalfOfChat: false,
      text: "xong NV-A2",
      contentKind: "text",
      at: NOW,
    };
    await handle(update);
    await handle(update);
    expect(await store.db.outboxMessage.count({ where: { kind: "reply" } })).toBe(1);
    expect(await store.db.auditEntry.count({ where: { action: "task.reported" } })).toBe(1);
  });

  it("messages sent on behalf of a group never act as a person", async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    await linkMai();
    const handle = handler();
    await handle({
      channel: "telegram",
      updateKey: "556",
      chatId: "8001",
      chatType: "private",
      senderId: "8001",
      onBehalfOfChat: true,
      text: "xong NV-A2",
      contentKind: "text",
      at: NOW,
    });
    await handle({
      channel: "telegram",
      updateKey: "557",
      chatId: "-100777",
      chatType: "group",
      senderId: "8001",
      onBehalfOfChat: true,
      text: "/dangky",
      contentKind: "text",
      at: NOW,
    });
    expect((await store.db.task.findUniqueOrThrow({ where: { code: "NV-A2" } })).status).toBe("open");
    expect(await store.db.chatGroup.count()).toBe(0);
  });

  it("in webhook mode refuses a wrong secret before reading, and handles a right one", async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    await linkMai();
    const app = await boot(fixedClock(new Date("2026-07-04T02:00:00Z")), {
      TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/webhook/telegram",
      TELEGRAM_WEBHOOK_SECRET: "s3cret-webhook-token",
      HTTP_PORT: "0",
      HTTP_HOST: "127.0.0.1",
    });
    expect(stub.calls.find((c) => c.method === "setWebhook")?.body).toMatchObject({
      url: "https://bot.example.vn/webhook/telegram",
      secret_token: "s3cret-webhook-token",
    });
    const url = `http://127.0.0.1:${app.httpPort}`;
    const update = {
      update_id: 9001,
      message: {
        message_id: 1,
        date: Math.floor(NOW.getTime() / 1000),
        chat: { id: 8001, type: "private", first_name: "Mai" },
        from: { id: 8001, is_bot: false, first_name: "Mai" },
        text: "/nhiemvu",
      },
    };
    const post = (secret?: string) =>
      fetch(`${url}/webhook/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "X-Telegram-Bot-Api-Secret-Token": secret } : {}) },
        body: JSON.stringify(update),
      });
    expect((await post("wrong-secret-value")).status).toBe(401);
    expect((await post()).status).toBe(401);
    expect(await store.db.processedUpdate.count()).toBe(0);
    expect((await post("s3cret-webhook-token")).status).toBe(200);
    await until(() => stub.sent("8001").length > 0);
    expect(stub.sent("8001")[0]).toContain("nhiệm vụ đang thực hiện");
    // Telegram retrying the same update: handled once.
    expect((await post("s3cret-webhook-token")).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(stub.sent("8001")).toHaveLength(1);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: "ok",
      store: "sqlite",
      channels: { telegram: { status: "up", receiving: "webhook" } },
    });
  });
});
