// Delivery through a Bot API stub that fails the way Telegram does (test/support/bot-api-stub.ts):
// an outage of minutes during a sweep, a platform unreachable at start, and several real bot
// processes on PostgreSQL polling one token within the published limits, one of them killed.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { type BotApiStub, type Outage, startBotApiStub } from "../support/bot-api-stub.js";
import { FUNCTIONAL_LIMITS, NOW, fixedClock, linkCode, seededStore, startBot } from "../support/bot-fixture.js";
import { cli } from "../support/cli.js";
import { startConnectProxy } from "../support/connect-proxy.js";
import { faketimeAvailable, pastClock } from "../support/faketime.js";
import { manyOfficers } from "../support/many-officers.js";
import { postgresAvailable } from "../support/postgres.js";
import type { TestStore } from "../support/stores.js";
import { BOT_INFO, BOT_TOKEN, freePort } from "../support/telegram.js";
import { ZaloEmulator } from "../support/zalo-emulator.js";

async function until(check: () => boolean | Promise<boolean>, ms = 20_000, what = "condition"): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The telegram chats of the seeded officers, linked directly. */
async function linkTelegram(store: TestStore, chats: Record<string, string>): Promise<void> {
  for (const [code, chatId] of Object.entries(chats)) {
    const o = await store.db.officer.findUniqueOrThrow({ where: { code } });
    await store.db.chatAccount.create({ data: { officerId: o.id, channel: "telegram", chatId, userId: chatId } });
  }
}

describe("a three-minute outage during a sweep (SQLite, one process)", () => {
  let stub: BotApiStub;
  let store: TestStore;
  let app: App;
  const clock = fixedClock(NOW);
  const chats = { XD01: "7101", XD02: "7102", XD00: "7100", QT01: "7109" };

  beforeAll(async () => {
    stub = await startBotApiStub({ limits: true });
    store = await seededStore();
    await linkTelegram(store, chats);
    app = await startBot(store, { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stub.apiRoot, REMINDER_TIME: "10:00" }, clock, {
      telegramBotInfo: BOT_INFO,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    await store?.dispose();
  });

  it("every reminder arrives exactly once afterwards; admins get at most a couple of notices", async () => {
    await stub.down("502");
    const swept = await app.sweep(NOW);
    expect(swept.messages).toBe(3);
    // Three minutes of the bot's time: a minute each of 502, connection reset, connection refused.
    const modes: Outage[] = ["502", "reset", "refused"];
    for (let second = 0; second < 180; second += 10) {
      const mode = modes[Math.floor(second / 60)]!;
      if (second % 60 === 0 && second > 0) {
        await stub.up();
        await stub.down(mode);
      }
      clock.set(new Date(NOW.getTime() + second * 1000));
      await new Promise((r) => setTimeout(r, 60));
    }
    const failed = await store.db.outboxMessage.count({ where: { kind: "reminder", status: "failed" } });
    expect(failed).toBe(0);
    expect(await store.db.outboxMessage.count({ where: { kind: "reminder", attempts: { gt: 1 } } })).toBe(3);
    await stub.up();
    // The longest backoff is 5 minutes: by then every reminder has been tried again.
    clock.set(new Date(NOW.getTime() + 10 * 60_000));
    // The bot's clock goes on while it catches up: a try still failing as the outage ended waits
    // its backoff like any other.
    await until(
      async () => {
        clock.set(new Date(clock.now().getTime() + 30_000));
        return (await store.db.outboxMessage.count({ where: { kind: "reminder", status: "sent" } })) === 3;
      },
      30_000,
      "the reminders",
    );
    for (const chat of [chats.XD01, chats.XD02, chats.XD00])
      expect(stub.delivered(chat).filter((t) => t.includes("Nhắc việc ngày 03/07/2026"))).toHaveLength(1);
    expect(stub.delivered(chats.QT01).length).toBeLessThanOrEqual(2);
    // No storm: the outbox holds the three reminders and nothing it made up along the way.
    expect(await store.db.outboxMessage.count()).toBeLessThanOrEqual(3 + 2);
    expect(stub.tooMany()).toBe(0);
  });
});

describe("a group moved to a supergroup, read from the updates", () => {
  let stub: BotApiStub;
  let store: TestStore;
  let app: App;
  beforeAll(async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    app = await startBot(
      store,
      { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stub.apiRoot, REMINDER_TIME: "10:00" },
      fixedClock(NOW),
      {
        telegramBotInfo: BOT_INFO,
      },
    );
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    await store?.dispose();
  });

  it("follows a move to a supergroup from the update itself, even when the new id was registered again", async () => {
    await store.db.chatGroup.create({ data: { channel: "telegram", chatId: "-5001", title: "Nhóm A" } });
    await store.db.chatGroup.create({ data: { channel: "telegram", chatId: "-5002", title: "Nhóm B (cũ)" } });
    await store.db.chatGroup.create({ data: { channel: "telegram", chatId: "-1005002", title: "Nhóm B (mới)" } });
    const from = { id: 7009, is_bot: false, first_name: "Ha" };
    stub.push({
      message: { message_id: 1, date: 1, chat: { id: -5001, type: "group", title: "Nhóm A" }, from, migrate_to_chat_id: -1005001 },
    });
    stub.push({
      message: { message_id: 2, date: 1, chat: { id: -1005002, type: "supergroup", title: "Nhóm B" }, from, migrate_from_chat_id: -5002 },
    });
    const ids = async () =>
      (await store.db.chatGroup.findMany({ where: { title: { startsWith: "Nhóm" } }, orderBy: { title: "asc" } })).map((g) => g.chatId);
    for (let i = 0; i < 200 && (await ids()).join() !== "-1005001,-1005002"; i++) await new Promise((r) => setTimeout(r, 25));
    expect(await ids()).toEqual(["-1005001", "-1005002"]);
  });
});

describe("Telegram through a proxy", () => {
  it("sends and polls through TELEGRAM_PROXY", async () => {
    const stub = await startBotApiStub();
    const proxy = await startConnectProxy();
    const store = await seededStore();
    await linkTelegram(store, { XD02: "7202" });
    const app = await startBot(
      store,
      { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stub.apiRoot, TELEGRAM_PROXY: proxy.url, REMINDER_TIME: "10:00" },
      fixedClock(NOW),
      { telegramBotInfo: BOT_INFO },
    );
    try {
      await app.sweep(NOW);
      await until(() => stub.delivered("7202").length > 0, 10_000, "the reminder");
      expect(stub.delivered("7202")[0]).toContain("NV-B1");
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(proxy.tunnels.every((t) => stub.apiRoot.endsWith(t))).toBe(true);
    } finally {
      await app.stop();
      await proxy.close();
      await stub.close();
      await store.dispose();
    }
  });
});

describe("Telegram unreachable at start", () => {
  it("Zalo, the admin CLI and /health work; Telegram comes up when it can be reached", async () => {
    const stub = await startBotApiStub();
    await stub.down("refused");
    const zalo = await ZaloEmulator.start();
    const store = await seededStore();
    const port = await freePort();
    const config = loadConfig({
      DATABASE_URL: store.url,
      LOG_LEVEL: "silent",
      ...FUNCTIONAL_LIMITS,
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: stub.apiRoot,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
      HTTP_PORT: String(port),
      HTTP_HOST: "127.0.0.1",
      REMINDER_TIME: "10:00",
    });
    const app = await createApp(config, {
      now: () => NOW,
      log: createLogger("silent"),
      deliveryIntervalMs: 50,
      withoutScheduler: true,
      zaloPollTimeoutSeconds: 1,
    });
    try {
      const started = Date.now();
      await app.start();
      expect(Date.now() - started).toBeLessThan(5000);
      await app.zalo!.connected();
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: "ok",
        channels: { telegram: { status: "connecting" }, zalo: { status: "up", receiving: "polling" } },
      });
      // Zalo works: an officer links and asks for their tasks.
      await zalo.userSays("4301", await linkCode(store, "XD01"), { at: NOW });
      await zalo.userSays("4301", "/nhiemvu", { at: NOW });
      expect((await zalo.waitForTexts("4301", 2))[1]).toContain("NV-A1");
      // The admin command line works on the same store.
      expect((await cli(store.url, ["tasks", "list"], { now: NOW })).stdout).toContain("NV-A1");

      await stub.up();
      await until(() => app.telegram!.state().status === "up", 20_000, "telegram to come up");
      expect(app.telegram!.state()).toMatchObject({ status: "up", receiving: "polling" });
      expect(await (await fetch(`http://127.0.0.1:${port}/health`)).json()).toMatchObject({
        channels: { telegram: { status: "up" }, zalo: { status: "up" } },
      });
    } finally {
      await app.stop();
      await zalo.close();
      await stub.close();
      await store.dispose();
    }
  });

  it("/health answers 503 while no channel is up", async () => {
    const stub = await startBotApiStub();
    await stub.down("refused");
    const store = await seededStore();
    const port = await freePort();
    const config = loadConfig({
      DATABASE_URL: store.url,
      LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: stub.apiRoot,
      HTTP_PORT: String(port),
      HTTP_HOST: "127.0.0.1",
    });
    const app = await createApp(config, { log: createLogger("silent"), withoutScheduler: true });
    try {
      await app.start();
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "error", channels: { telegram: { status: "connecting" } } });
    } finally {
      await app.stop();
      await stub.close();
      await store.dispose();
    }
  });
});

const pg = postgresAvailable();
const faketime = pg && faketimeAvailable();
describe.skipIf(!pg || !faketime).each([2, 3])("%i bot processes on PostgreSQL polling one token", (count) => {
  let stub: BotApiStub;
  let store: TestStore;
  const processes: { child: ChildProcess; port: number; out: string[] }[] = [];
  const OFFICERS = 60;

  beforeAll(async () => {
    stub = await startBotApiStub({ limits: true });
    store = await seededStore("postgres");
    await manyOfficers(store.db, OFFICERS, NOW);
  });
  afterAll(async () => {
    for (const p of processes) p.child.kill("SIGKILL");
    await stub?.close();
    await store?.dispose();
  });

  /** A real bot process, its clock set back to the test's Friday morning (the same offset for all). */
  async function startProcess(offsetSeconds: number): Promise<(typeof processes)[number]> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: store.url,
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: stub.apiRoot,
      HTTP_PORT: String(port),
      HTTP_HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      TZ: "UTC",
      // The processes run at the test's Friday morning, all with the same offset from real time.
      ...pastClock(offsetSeconds),
    };
    delete env.ZALO_BOT_TOKEN;
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env });
    const out: string[] = [];
    child.stdout!.on("data", (c) => out.push(String(c)));
    child.stderr!.on("data", (c) => out.push(String(c)));
    const p = { child, port, out };
    processes.push(p);
    return p;
  }
  const health = async (p: (typeof processes)[number]) => {
    try {
      const r = await fetch(`http://127.0.0.1:${p.port}/health`);
      return (await r.json()) as { status: string; channels: { telegram: { status: string; receiving?: string } } };
    } catch {
      return undefined;
    }
  };
  const alive = () => processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null);

  it("all stay up, one polls, every reminder goes once, never above the limits", async () => {
    const offset = Math.round((Date.now() - NOW.getTime()) / 1000);
    for (let i = 0; i < count; i++) await startProcess(offset);
    await until(async () => (await Promise.all(processes.map(health))).every((h) => h?.status === "ok"), 60_000, "healthy processes");
    // The catch-up sweep ran in each at start: the reminders were queued once, and go once.
    const chats = (await store.db.chatAccount.findMany({ where: { channel: "telegram" } })).map((a) => a.chatId);
    expect(chats.length).toBe(OFFICERS);
    await until(() => chats.every((c) => stub.delivered(c).length > 0), 60_000, "a reminder in every chat");
    await new Promise((r) => setTimeout(r, 1500));
    for (const c of chats) expect(stub.delivered(c), c).toHaveLength(1);
    expect(await store.db.reminder.count()).toBe(OFFICERS);
    expect(stub.tooMany()).toBe(0);
    // Never above 30 a second, whoever sent.
    const times = stub.deliveries().map((d) => d.at);
    for (const t of times) expect(times.filter((u) => u > t - 1000 && u <= t).length).toBeLessThanOrEqual(30);
    const roles = (await Promise.all(processes.map(health))).map((h) => h?.channels.telegram.receiving);
    expect(roles.filter((r) => r === "polling")).toHaveLength(1);
    expect(roles.filter((r) => r === "standby")).toHaveLength(count - 1);
    expect(stub.conflicts()).toBe(0);
    expect(alive()).toHaveLength(count);
  });

  it("kill the polling process: another takes over and replies keep working", async () => {
    const roles = await Promise.all(processes.map(health));
    const poller = processes[roles.findIndex((h) => h?.channels.telegram.receiving === "polling")]!;
    poller.child.kill("SIGKILL");
    await until(
      async () => {
        for (const p of alive()) if ((await health(p))?.channels.telegram.receiving === "polling") return true;
        return false;
      },
      30_000,
      "another poller",
    );
    const officer = await store.db.officer.findFirstOrThrow({
      where: { code: { startsWith: `M${OFFICERS}-` } },
      include: { chatAccounts: true },
    });
    const chatId = officer.chatAccounts[0]!.chatId;
    const before = stub.delivered(chatId).length;
    const date = Math.floor(Date.now() / 1000) - Math.round((Date.now() - NOW.getTime()) / 1000);
    stub.push({
      message: {
        message_id: 77,
        date,
        chat: { id: Number(chatId), type: "private" },
        from: { id: Number(chatId), is_bot: false, first_name: "M" },
        text: "/nhiemvu",
      },
    });
    await until(() => stub.delivered(chatId).length > before, 30_000, "the reply");
    expect(stub.delivered(chatId).at(-1)).toContain("nhiệm vụ đang thực hiện");
    expect(alive()).toHaveLength(count - 1);
  });

  it("the election's connections are cut: the poller stops at once, one process polls again, never two", async () => {
    const conflicts = stub.conflicts();
    const cut = await store.db.$queryRaw<{ ok: boolean }[]>`
      SELECT pg_terminate_backend("pid") AS "ok" FROM pg_stat_activity
      WHERE "application_name" = 'dondoc-leadership' AND "datname" = current_database()`;
    expect(cut.length).toBeGreaterThan(0);
    // A standby process tries the election every 5 s: by then the old poller must have stopped.
    await new Promise((r) => setTimeout(r, 8000));
    await until(
      async () => {
        const roles = await Promise.all(alive().map(health));
        return roles.filter((h) => h?.channels.telegram.receiving === "polling").length === 1;
      },
      30_000,
      "one poller",
    );
    expect(stub.conflicts()).toBe(conflicts);
    expect(alive()).toHaveLength(count - 1);
  });
});
