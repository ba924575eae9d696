// The real bot on Zalo, through the project's Zalo Bot API emulator over HTTP: polling and webhook.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { NOW, fixedClock, linkCode, seededStore, startBot, taskByCode } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";
import { freePort } from "../support/telegram.js";
import { ZaloEmulator } from "../support/zalo-emulator.js";

const MAI = "4001";
const HUNG = "4002";

describe.each(["polling", "webhook"] as const)("Zalo, %s", (mode) => {
  let zalo: ZaloEmulator;
  let store: TestStore;
  let app: App;
  const clock = fixedClock(NOW);

  beforeAll(async () => {
    zalo = await ZaloEmulator.start();
    store = await seededStore();
    const port = await freePort();
    const webhook: Record<string, string> =
      mode === "webhook"
        ? {
            ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/webhook/zalo`,
            ZALO_WEBHOOK_SECRET: "zalo-webhook-secret-42",
            HTTP_PORT: String(port),
            HTTP_HOST: "127.0.0.1",
          }
        : {};
    app = await startBot(store, { ZALO_BOT_TOKEN: zalo.token, ZALO_API_ROOT: zalo.apiRoot, ...webhook }, clock, {
      zaloPollTimeoutSeconds: 1,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await zalo?.close();
    await store?.dispose();
  });

  it(mode === "webhook" ? "registers the webhook with its secret" : "polls, after making sure no webhook is set", () => {
    if (mode === "webhook") expect(zalo.calls).toContain("setWebhook");
    else expect(zalo.calls).toContain("deleteWebhook");
    expect(zalo.calls).toContain("getMe");
  });

  it("links an officer with the code sent as a plain message", async () => {
    await zalo.userSays(MAI, ` ${(await linkCode(store, "XD01")).toLowerCase()} `, { at: NOW });
    expect((await zalo.waitForTexts(MAI, 1))[0]).toContain("Đã liên kết tài khoản với cán bộ Nguyễn Thị Mai");
    expect(await store.db.chatAccount.findFirstOrThrow({ where: { channel: "zalo", chatId: MAI } })).toMatchObject({ userId: MAI });
    await zalo.userSays(HUNG, `${await linkCode(store, "XD02")}`, { at: NOW });
    await zalo.waitForTexts(HUNG, 1);
  });

  it("sends the reminder with its choices as a numbered list; '1' reports the first task", async () => {
    await app.sweep(NOW);
    app.deliverer.poke();
    const reminder = (await zalo.waitForTexts(MAI, 2))[1]!;
    expect(reminder).toContain("Nhắc việc ngày 03/07/2026");
    expect(reminder).toContain("1. ✅ Đã hoàn thành NV-A2");
    // Zalo shows numbers, not buttons: the hint says so.
    expect(reminder).toContain("trả lời số tương ứng bên dưới");
    expect(reminder).not.toContain("bấm nút");
    expect(reminder).toContain("2. ✅ Đã hoàn thành NV-A1");
    expect(reminder.length).toBeLessThanOrEqual(2000);
    await zalo.userSays(MAI, "1", { at: NOW });
    expect((await zalo.waitForTexts(MAI, 3))[2]).toContain("Đã ghi nhận: nhiệm vụ NV-A2");
    expect(await taskByCode(store, "NV-A2")).toMatchObject({ status: "reported", reportedVia: "zalo" });
  });

  it("'đã hoàn thành' with two open tasks asks which, numbered after the reminder's list, so each number means one thing", async () => {
    await zalo.userSays(MAI, "Đã hoàn thành rồi ạ", { at: NOW });
    const question = (await zalo.waitForTexts(MAI, 4))[3]!;
    expect(question).toContain("Nhiệm vụ nào đã hoàn thành?");
    // The reminder's 1 and 2 are still on screen (finding 19): the question goes on from 3.
    expect(question).toMatch(/3\. NV-A1 — .*\n4\. NV-A3 — .*\n5\. ✖ Không, hủy/);
    await zalo.userSays(MAI, "4", { at: NOW });
    expect((await zalo.waitForTexts(MAI, 5))[4]).toContain("Đã ghi nhận: nhiệm vụ NV-A3");
    expect((await taskByCode(store, "NV-A1")).status).toBe("open");
    // "1" is still the reminder's first line (NV-A2, reported already), not the question's.
    await zalo.userSays(MAI, "1", { at: NOW });
    expect((await zalo.waitForTexts(MAI, 6))[5]).toContain("Nhiệm vụ NV-A2 đã được báo hoàn thành trước đó");
  });

  it("'chưa xong' leaves the task open; a duplicate update is handled once", async () => {
    const update = await zalo.userSays(MAI, "chưa xong", { at: NOW });
    expect((await zalo.waitForTexts(MAI, 7))[6]).toContain("vẫn đang thực hiện");
    await zalo.deliver(update);
    await new Promise((r) => setTimeout(r, 400));
    expect(zalo.textsTo(MAI)).toHaveLength(7);
    expect((await taskByCode(store, "NV-A1")).status).toBe("open");
  });

  it("answers a protected-group placeholder with another way to report, and ignores unknown events", async () => {
    await zalo.userSays(MAI, "", { event: "message.unsupported.received", at: NOW });
    expect((await zalo.waitForTexts(MAI, 8))[7]).toContain("qua điện thoại hay hệ thống quản lý nhiệm vụ");
    await zalo.deliver({
      event_name: "message.reaction.received",
      message: { message_id: "r1", date: NOW.getTime(), chat: { id: MAI, chat_type: "PRIVATE" }, from: { id: MAI } },
    });
    await zalo.deliver({ something: "else" });
    await zalo.userSays(MAI, "/nhiemvu", { at: NOW });
    expect((await zalo.waitForTexts(MAI, 9))[8]).toContain("NV-A1");
  });

  if (mode === "webhook") {
    it("refuses a wrong or missing secret before reading the body, and records nothing", async () => {
      const before = await store.db.processedUpdate.count();
      const update = {
        event_name: "message.text.received",
        message: {
          message_id: "forged-1",
          date: NOW.getTime(),
          text: "xong NV-A1",
          chat: { id: MAI, chat_type: "PRIVATE" },
          from: { id: MAI },
        },
      };
      expect(await zalo.deliver(update, "not-the-secret")).toBe(401);
      const bare = await fetch(`http://127.0.0.1:${app.httpPort}/webhook/zalo`, { method: "POST", body: JSON.stringify(update) });
      expect(bare.status).toBe(401);
      expect(await store.db.processedUpdate.count()).toBe(before);
      expect((await taskByCode(store, "NV-A1")).status).toBe("open");
    });
  }
});

describe("Zalo failures", () => {
  it("backs off on 429 and 5xx when sending, and a refused token disables the channel and tells the admin elsewhere", async () => {
    const zalo = await ZaloEmulator.start();
    const store = await seededStore();
    const admin = await store.db.officer.findUniqueOrThrow({ where: { code: "QT01" } });
    await store.db.chatAccount.create({ data: { officerId: admin.id, channel: "telegram", chatId: "9009", userId: "9009" } });
    const mai = await store.db.officer.findUniqueOrThrow({ where: { code: "XD01" } });
    await store.db.chatAccount.create({ data: { officerId: mai.id, channel: "zalo", chatId: MAI, userId: MAI } });
    const clock = fixedClock(NOW);
    const app = await startBot(store, { ZALO_BOT_TOKEN: zalo.token, ZALO_API_ROOT: zalo.apiRoot }, clock, { zaloPollTimeoutSeconds: 1 });
    try {
      // The reminder the start-up catch-up sweep queued goes first, before the failures begin.
      await zalo.waitForTexts(MAI, 1);
      zalo.fail("sendMessage", 429, "Quota exceeded");
      zalo.fail("sendMessage", 502, "Bad Gateway");
      await zalo.userSays(MAI, "/nhiemvu", { at: NOW });
      for (
        let i = 0;
        i < 100 && (await store.db.outboxMessage.count({ where: { channel: "zalo", kind: "reply", attempts: { gt: 0 } } })) === 0;
        i++
      )
        await new Promise((r) => setTimeout(r, 20));
      const row = await store.db.outboxMessage.findFirstOrThrow({ where: { channel: "zalo", kind: "reply" } });
      expect(row).toMatchObject({ status: "pending", lastError: "429 quota exceeded" });
      // The running sender retries when the clock says it is time (no second sender in the test).
      const current = () => store.db.outboxMessage.findFirstOrThrow({ where: { id: row.id } });
      clock.set(new Date(NOW.getTime() + 3600_000));
      for (let i = 0; i < 200 && (await current()).attempts < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await current()).toMatchObject({ status: "pending", attempts: 2, lastError: "502 Bad Gateway" });
      clock.set(new Date(NOW.getTime() + 7200_000));
      for (let i = 0; i < 200 && (await current()).status !== "sent"; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await current()).toMatchObject({ status: "sent", attempts: 3 });
      expect(zalo.textsTo(MAI)[1]).toContain("NV-A1");

      zalo.fail("getUpdates", 401, "Unauthorized", 5);
      for (let i = 0; i < 200 && !app.zalo!.disabled(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(app.zalo!.disabled()).toBe(true);
      const notice = await store.db.outboxMessage.findFirstOrThrow({ where: { channel: "telegram", chatId: "9009" } });
      expect(JSON.parse(notice.payload).message.text).toContain("Kênh zalo đã ngừng");
    } finally {
      await app.stop();
      await zalo.close();
      await store.dispose();
    }
  });
});

describe("a Zalo bot with a long name that may not join groups", () => {
  it("tells the admins at start, and hears '@<full name> /dangky' in a group", async () => {
    const zalo = await ZaloEmulator.start();
    zalo.me = { account_name: "Bot Đôn đốc VP UBND", can_join_groups: false };
    const store = await seededStore();
    const admin = await store.db.officer.findUniqueOrThrow({ where: { code: "QT01" } });
    await store.db.chatAccount.create({ data: { officerId: admin.id, channel: "zalo", chatId: "4909", userId: "4909" } });
    const app = await startBot(store, { ZALO_BOT_TOKEN: zalo.token, ZALO_API_ROOT: zalo.apiRoot }, fixedClock(NOW), {
      zaloPollTimeoutSeconds: 1,
    });
    try {
      expect((await zalo.waitForTexts("4909", 1))[0]).toContain("chưa được phép tham gia nhóm");
      await zalo.userSays("4909", "@Bot Đôn đốc VP UBND /dangky", { at: NOW, chatId: "g-77", group: true });
      for (let i = 0; i < 200 && (await store.db.chatGroup.count()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await store.db.chatGroup.findFirstOrThrow()).toMatchObject({ channel: "zalo", chatId: "g-77", kind: "leadership" });
    } finally {
      await app.stop();
      await zalo.close();
      await store.dispose();
    }
  });
});

describe("an officer on both Telegram and Zalo", () => {
  it("gets each reminder once, on the channel they prefer (/kenh)", async () => {
    const { startBotApiStub } = await import("../support/bot-api-stub.js");
    const { BOT_INFO, BOT_TOKEN } = await import("../support/telegram.js");
    const zalo = await ZaloEmulator.start();
    const stub = await startBotApiStub();
    const store = await seededStore();
    const mai = await store.db.officer.findUniqueOrThrow({ where: { code: "XD01" } });
    await store.db.chatAccount.create({
      data: { officerId: mai.id, channel: "telegram", chatId: "7301", userId: "7301", linkedAt: new Date("2026-06-01T00:00:00Z") },
    });
    await store.db.chatAccount.create({
      data: { officerId: mai.id, channel: "zalo", chatId: MAI, userId: MAI, linkedAt: new Date("2026-06-02T00:00:00Z") },
    });
    const clock = fixedClock(NOW);
    const app = await startBot(
      store,
      { ZALO_BOT_TOKEN: zalo.token, ZALO_API_ROOT: zalo.apiRoot, TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stub.apiRoot },
      clock,
      {
        zaloPollTimeoutSeconds: 1,
        telegramBotInfo: BOT_INFO,
      },
    );
    try {
      // Friday: no preference yet, the latest linked chat (Zalo) gets it, Telegram nothing.
      await app.sweep(NOW);
      app.deliverer.poke();
      expect((await zalo.waitForTexts(MAI, 1))[0]).toContain("Nhắc việc ngày 03/07/2026");
      await zalo.userSays(MAI, "/kenh telegram", { at: NOW });
      expect((await zalo.waitForTexts(MAI, 2))[1]).toBe("Từ nay nhắc việc sẽ gửi qua telegram.");
      expect(stub.sent("7301").filter((t) => t.includes("Nhắc việc"))).toHaveLength(0);
      // Monday: Telegram only.
      const monday = new Date("2026-07-06T02:00:00Z");
      clock.set(monday);
      await app.sweep(monday);
      // The sweep wakes the running sender.
      for (let i = 0; i < 200 && stub.sent("7301").length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(stub.sent("7301").filter((t) => t.includes("Nhắc việc ngày 06/07/2026"))).toHaveLength(1);
      expect(zalo.textsTo(MAI).filter((t) => t.includes("Nhắc việc"))).toHaveLength(1);
    } finally {
      await app.stop();
      await stub.close();
      await zalo.close();
      await store.dispose();
    }
  });
});
