// Sending under Telegram's errors, through grammY over HTTP to a stub that answers like Telegram.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { enqueue } from "../../src/store/outbox-repo.js";
import { FAILURES, type BotApiStub, startBotApiStub } from "../support/bot-api-stub.js";
import { NOW, fixedClock, seededStore } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";
import { BOT_INFO, BOT_TOKEN } from "../support/telegram.js";

describe("sending through Telegram's failures", () => {
  let stub: BotApiStub;
  let store: TestStore;
  let app: App;
  const clock = fixedClock(NOW);
  const chats = { mai: "7001", hung: "7002", nam: "7003", admin: "7009" };

  const link = async (code: string, chatId: string) => {
    const o = await store.db.officer.findUniqueOrThrow({ where: { code } });
    await store.db.chatAccount.create({ data: { officerId: o.id, channel: "telegram", chatId, userId: chatId } });
    return o.id;
  };
  const queue = (key: string, chatId: string, text: string, officerId: number | null = null) =>
    enqueue(store.db, {
      dedupeKey: key,
      kind: "notice",
      channel: "telegram",
      chatId,
      officerId,
      payload: { type: "message", message: { text } },
      at: clock.now(),
    });
  const row = (key: string) => store.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

  beforeAll(async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    const config = loadConfig({
      DATABASE_URL: store.url,
      LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: stub.apiRoot,
      // Retries are driven by the test's clock; the rate limits (real time) are the limiter test's subject.
      TELEGRAM_CHAT_PER_SECOND: "100",
      TELEGRAM_GROUP_PER_MINUTE: "1000",
      TELEGRAM_MAX_PER_SECOND: "1000",
    });
    // The app is not started: the test drives the sender itself, with its own clock. The channel is
    // connected, since the sender delivers only through channels that are up.
    app = await createApp(config, { now: clock.now, log: createLogger("silent"), telegramBotInfo: BOT_INFO, withoutScheduler: true });
    await app.telegram!.start(async () => undefined);
    await app.connected();
    await link("XD01", chats.mai);
    await link("XD02", chats.hung);
    await link("TC01", chats.nam);
    await link("QT01", chats.admin);
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    await store?.dispose();
  });

  it("a 429 holds the whole bot for its retry_after, in every chat, then everything goes", async () => {
    stub.script(chats.mai, FAILURES.tooMany(1));
    await queue("t429", chats.mai, "cho Mai");
    await queue("other", chats.hung, "cho Hùng");
    const started = Date.now();
    await app.deliverer.deliverDue();
    expect(await row("t429")).toMatchObject({ status: "pending", attempts: 1, lastError: "429 too many requests" });
    expect((await row("t429")).nextAttemptAt.getTime()).toBe(NOW.getTime() + 1000);
    // Hùng's message waited for the bot's retry_after too, though his chat never had a 429.
    expect(stub.sent(chats.hung)).toEqual(["cho Hùng"]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    later(1000);
    await app.deliverer.deliverDue();
    expect(await row("t429")).toMatchObject({ status: "sent", attempts: 2 });
    expect(stub.sent(chats.mai)).toEqual(["cho Mai", "cho Mai"]);
  });

  it("retries by time, not by count: a reply is tried for hours, then given up with one notice to the admin", async () => {
    const reply = (key: string, chatId: string, text: string) =>
      enqueue(store.db, {
        dedupeKey: key,
        kind: "reply",
        channel: "telegram",
        chatId,
        officerId: null,
        payload: { type: "message", message: { text } },
        at: clock.now(),
      });
    stub.script(chats.hung, FAILURES.badGateway(), FAILURES.badGateway());
    await reply("t5xx", chats.hung, "thử lại");
    await app.deliverer.deliverDue();
    expect(await row("t5xx")).toMatchObject({ status: "pending", attempts: 1 });
    later(10 * 60_000);
    await app.deliverer.deliverDue();
    later(10 * 60_000);
    await app.deliverer.deliverDue();
    expect(await row("t5xx")).toMatchObject({ status: "sent", attempts: 3 });

    // Down for good: 12 attempts would have given up before; now it is tried until it is 6 hours old.
    stub.script(chats.hung, ...Array.from({ length: 200 }, () => FAILURES.badGateway()));
    await reply("t5xx-forever", chats.hung, "không bao giờ tới");
    await reply("t5xx-forever-2", chats.hung, "cũng không tới");
    const queuedAt = clock.now().getTime();
    for (let i = 0; i < 12; i++) {
      await app.deliverer.deliverDue();
      later(6 * 60_000);
    }
    expect(await row("t5xx-forever")).toMatchObject({ status: "pending" });
    while ((await row("t5xx-forever")).status === "pending") {
      await app.deliverer.deliverDue();
      later(6 * 60_000);
    }
    expect(await row("t5xx-forever")).toMatchObject({ status: "failed" });
    expect(clock.now().getTime() - queuedAt).toBeGreaterThanOrEqual(6 * 3600_000);
    await app.deliverer.deliverDue();
    // Two messages given up in the same hour: one notice, that says where to see the rest.
    const notices = stub.sent(chats.admin).filter((t) => t.includes("không gửi được qua telegram"));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("dondoc outbox list --status failed");
    stub.unscript(chats.hung);
  });

  it("a notice that cannot be sent begets no notice", async () => {
    stub.script(chats.admin, ...Array.from({ length: 200 }, () => FAILURES.badGateway()));
    await queue("notice-fails", chats.admin, "thông báo");
    const before = await store.db.outboxMessage.count();
    while ((await row("notice-fails")).status === "pending") {
      await app.deliverer.deliverDue();
      later(10 * 60_000);
    }
    expect(await row("notice-fails")).toMatchObject({ status: "failed" });
    expect(await store.db.outboxMessage.count()).toBe(before);
    stub.unscript(chats.admin);
  });

  it("a blocked bot marks the chat unreachable, tells the admin once, and does not retry", async () => {
    stub.script(chats.nam, FAILURES.blocked());
    const nam = await store.db.officer.findUniqueOrThrow({ where: { code: "TC01" } });
    await queue("t403", chats.nam, "bị chặn", nam.id);
    await queue("t403-2", chats.nam, "vẫn bị chặn", nam.id);
    stub.script(chats.nam, FAILURES.blocked());
    await app.deliverer.deliverDue();
    expect(await row("t403")).toMatchObject({ status: "failed", attempts: 1 });
    expect(await store.db.chatAccount.findFirstOrThrow({ where: { chatId: chats.nam } })).toMatchObject({
      status: "unreachable",
      unreachableReason: "403 Forbidden: bot was blocked by the user",
    });
    await app.deliverer.deliverDue();
    const notices = stub.sent(chats.admin).filter((t) => t.includes("Đỗ Văn Nam"));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("không liên lạc được");
    expect(stub.calls.filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === chats.nam)).toHaveLength(2);
  });

  it("'chat not found' is permanent too", async () => {
    stub.script("7404", FAILURES.chatNotFound());
    await queue("t400", "7404", "không có chat");
    await app.deliverer.deliverDue();
    expect(await row("t400")).toMatchObject({ status: "failed", lastError: "400 Bad Request: chat not found" });
  });

  it("follows migrate_to_chat_id: the group's id moves and the message goes to the supergroup", async () => {
    await store.db.chatGroup.create({ data: { channel: "telegram", chatId: "-4001", title: "Lãnh đạo UBND tỉnh" } });
    stub.script("-4001", FAILURES.migrated(-1001234567890123));
    await queue("tmig", "-4001", "báo cáo tháng");
    await app.deliverer.deliverDue();
    expect((await store.db.chatGroup.findFirstOrThrow({ where: { title: "Lãnh đạo UBND tỉnh" } })).chatId).toBe("-1001234567890123");
    expect(await row("tmig")).toMatchObject({ status: "sent", chatId: "-1001234567890123" });
    expect(stub.sent("-1001234567890123")).toEqual(["báo cáo tháng"]);
  });

  // Finding 16 of issue 11: a crash between sending and recording repeated a whole batch, minutes
  // later and after newer messages. Now each message is recorded as soon as Telegram accepts it,
  // and a dead sender's claim on this machine is taken over at once and goes first in its chat.
  it("records each message the moment Telegram accepts it, before the next one leaves", async () => {
    await queue("first-of-two", chats.mai, "một");
    await queue("second-of-two", chats.hung, "hai");
    const release = stub.hold(chats.hung);
    const callsBefore = stub.sent(chats.hung).length;
    const delivering = app.deliverer.deliverDue();
    while (stub.calls.filter((c) => c.method === "sendMessage" && String(c.body.chat_id) === chats.hung).length <= callsBefore)
      await sleep(10);
    try {
      // Hùng's message is in flight: Mai's, sent before it, is already on record as sent.
      expect(await row("first-of-two")).toMatchObject({ status: "sent", attempts: 1 });
    } finally {
      release();
      await delivering;
    }
    // The platform's ids (what a reply points at) are recorded with the batch.
    expect(await store.db.sentMessage.count({ where: { outboxId: (await row("first-of-two")).id } })).toBe(1);
    expect(await row("second-of-two")).toMatchObject({ status: "sent" });
  });

  it("a message claimed by a sender that died on this machine goes again at once, before newer ones to its chat", async () => {
    const dead = spawn(process.execPath, ["-e", ""]);
    await once(dead, "exit");
    await queue("claimed-by-dead", chats.mai, "trước khi sập");
    await queue("after-crash", chats.mai, "sau khi khởi động lại");
    await store.db.outboxMessage.update({
      where: { dedupeKey: "claimed-by-dead" },
      data: {
        status: "sending",
        claimedBy: `${hostname()}#${dead.pid}#0c0ffee0-dead:${clock.now().getTime()}:x`,
        claimedUntil: new Date(clock.now().getTime() + 10 * 60_000),
      },
    });
    // Another process on another machine with a live claim in Hùng's chat: left to its lease.
    await queue("claimed-elsewhere", chats.hung, "máy khác đang gửi");
    await queue("behind-elsewhere", chats.hung, "chờ máy khác");
    await store.db.outboxMessage.update({
      where: { dedupeKey: "claimed-elsewhere" },
      data: { status: "sending", claimedBy: `other-host#1#abc:1:x`, claimedUntil: new Date(clock.now().getTime() + 10 * 60_000) },
    });
    const before = { mai: stub.sent(chats.mai).length, hung: stub.sent(chats.hung).length };
    // A new sender, as after a restart.
    const restarted = await createApp(
      loadConfig({
        DATABASE_URL: store.url,
        LOG_LEVEL: "silent",
        TELEGRAM_BOT_TOKEN: BOT_TOKEN,
        TELEGRAM_API_ROOT: stub.apiRoot,
        TELEGRAM_CHAT_PER_SECOND: "100",
        TELEGRAM_MAX_PER_SECOND: "1000",
      }),
      {
        now: clock.now,
        log: createLogger("silent"),
        telegramBotInfo: BOT_INFO,
        withoutScheduler: true,
      },
    );
    try {
      await restarted.telegram!.start(async () => undefined);
      await restarted.connected();
      await restarted.deliverer.deliverDue();
      await restarted.deliverer.deliverDue();
    } finally {
      await restarted.stop();
    }
    expect(stub.sent(chats.mai).slice(before.mai)).toEqual(["trước khi sập", "sau khi khởi động lại"]);
    // Nothing overtakes the message the other machine is sending.
    expect(stub.sent(chats.hung).slice(before.hung)).toEqual([]);
    expect(await row("behind-elsewhere")).toMatchObject({ status: "pending" });
    await store.db.outboxMessage.updateMany({
      where: { dedupeKey: { in: ["claimed-elsewhere", "behind-elsewhere"] } },
      data: { status: "cancelled" },
    });
  });

  it("a message that fails half-way sends only the rest, keeping the first part's id", async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Dòng ${i + 1}: ${"nội dung nhiệm vụ ".repeat(3)}`);
    stub.script(chats.nam, null, FAILURES.badGateway());
    await queue("thalf", chats.nam, lines.join("\n"));
    await app.deliverer.deliverDue();
    const first = await row("thalf");
    expect(first).toMatchObject({ status: "pending", lastError: "502 Bad Gateway" });
    expect(JSON.parse(first.progress!)).toMatchObject({ done: 1 });
    later(60_000);
    await app.deliverer.deliverDue();
    expect(await row("thalf")).toMatchObject({ status: "sent" });
    const delivered = stub.delivered(chats.nam).slice(-2);
    expect(delivered.join("\n")).toBe(lines.join("\n"));
    // Two parts went, each once; both ids map back to the message.
    expect(stub.sent(chats.nam).filter((t) => t === delivered[0])).toHaveLength(1);
    const ids = await store.db.sentMessage.findMany({ where: { chatId: chats.nam, outboxId: first.id } });
    expect(ids).toHaveLength(2);
    expect(ids.map((i) => i.messageId)).toContain(JSON.parse(first.progress!).ids[0]);
  });

  it("splits a text over 4096 characters on line boundaries", async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Dòng ${i + 1}: ${"nội dung nhiệm vụ ".repeat(3)}`);
    await queue("tlong", chats.mai, lines.join("\n"));
    await app.deliverer.deliverDue();
    const parts = stub.sent(chats.mai).slice(-2);
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join("\n")).toBe(lines.join("\n"));
    expect(parts[1]!.startsWith("Dòng ")).toBe(true);
  });
});
