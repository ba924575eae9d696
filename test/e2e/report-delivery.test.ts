// The monthly report reaching leaders: over the Bot API emulator (text; the emulator refuses
// files and the bot carries on) and over the stub (text, chart and documents).
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { fixedClock, linkCode, startBot } from "../support/bot-fixture.js";
import { startBotApiStub } from "../support/bot-api-stub.js";
import { seedYearStore } from "../support/seed-store.js";
import type { TestStore } from "../support/stores.js";
import { BOT_INFO, BOT_TOKEN, person, startEmulator } from "../support/telegram.js";

// Wednesday 1 July 2020, 09:00 in Hanoi: the first working day, after REPORT_TIME (08:30).
const POST_DAY = new Date("2020-07-01T02:00:00Z");
const BEFORE = new Date("2020-06-30T02:00:00Z");

describe("the monthly report over Telegram", () => {
  let server: TelegramServer;
  let store: TestStore;
  const apps: App[] = [];
  const env = () => ({ TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: server.config.apiURL });

  beforeAll(async () => {
    server = await startEmulator();
    store = await seedYearStore("sqlite");
    await store.db.officer.create({ data: { code: "QT01", fullName: "Lê Thu Hà", agencyId: 1, role: "admin" } });
    await store.db.officer.create({ data: { code: "LD01", fullName: "Phạm Quốc Hưng", agencyId: 1, role: "leader" } });
  });
  afterAll(async () => {
    for (const a of apps) await a.stop().catch(() => undefined);
    await server?.stop();
    await store?.dispose();
  });

  const admin = () => person(server, 6001, "Ha");
  const leader = () => person(server, 6002, "Hung");
  const officer = () => person(server, 6003, "Son");
  const group = () =>
    server.getClient(BOT_TOKEN, {
      userId: 6001,
      chatId: -100555,
      type: "group",
      chatTitle: "Lãnh đạo UBND tỉnh",
      firstName: "Ha",
      timeout: 15_000,
      interval: 50,
    });

  it("an admin registers a leadership group from inside it; before the posting day nothing is sent", async () => {
    const app = await startBot(store, env(), fixedClock(BEFORE), { telegramBotInfo: BOT_INFO });
    apps.push(app);
    await admin().say(`/start ${await linkCode(store, "QT01")}`, { at: BEFORE });
    await admin().inbox();
    await leader().say(`/start ${await linkCode(store, "LD01")}`, { at: BEFORE });
    await leader().inbox();
    await leader().say("/nhanbaocao on", { at: BEFORE });
    expect((await leader().inbox())[0]!.text).toContain("sẽ nhận báo cáo tháng trong tin nhắn riêng");
    await officer().say(`/start ${await linkCode(store, "CB-SXD")}`, { at: BEFORE });
    await officer().inbox();
    const g = group();
    await g.sendCommand(g.makeCommand("/dangky"));
    expect((await g.getUpdates()).result[0]!.message.text).toContain("Đã đăng ký nhóm này là nhóm lãnh đạo");
    expect(await store.db.chatGroup.findFirstOrThrow()).toMatchObject({
      chatId: "-100555",
      title: "Lãnh đạo UBND tỉnh",
      kind: "leadership",
    });
    expect(await store.db.outboxMessage.count({ where: { kind: "report" } })).toBe(0);
    await app.stop();
  });

  it("on the first working day the group gets June's report once; a restart does not send it again", async () => {
    const first = await startBot(store, env(), fixedClock(POST_DAY), { telegramBotInfo: BOT_INFO });
    apps.push(first);
    const g = group();
    const texts = (await g.getUpdates()).result.map((u: { message: { text: string } }) => u.message.text).join("\n");
    expect(texts).toContain("Trong tháng 6/2020, UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao");
    expect(texts).toContain("177 nhiệm vụ hoàn thành đúng hạn (chiếm 96,2%)");
    // The emulator refuses files: the text went, and the message is not sent again for them.
    // The text arrives before the files are tried: wait for the message to settle.
    const groupRow = () => store.db.outboxMessage.findFirstOrThrow({ where: { kind: "report", chatId: "-100555" } });
    let row = await groupRow();
    for (let i = 0; i < 200 && row.status !== "sent"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      row = await groupRow();
    }
    expect(row, JSON.stringify(row)).toMatchObject({ status: "sent", attempts: 1 });
    // The leader who asked for it gets it in private too.
    expect((await leader().collect(1)).map((m) => m.text).join("\n")).toContain("1.736 nhiệm vụ");
    await first.stop();
    const second = await startBot(store, env(), fixedClock(new Date(POST_DAY.getTime() + 3600_000)), { telegramBotInfo: BOT_INFO });
    apps.push(second);
    await new Promise((r) => setTimeout(r, 600));
    expect(
      server.storage.botMessages.filter(
        (m) => String(m.message.chat_id) === "-100555" && String(m.message.text).includes("Trong tháng 6/2020"),
      ),
    ).toHaveLength(1);
    // One for the group, one for the leader's private chat; the restart added none.
    expect(await store.db.outboxMessage.count({ where: { kind: "report" } })).toBe(2);
  });

  it("/baocao 6/2020 works for a leader in private and is refused for an officer", async () => {
    await leader().say("/baocao 6/2020", { at: POST_DAY });
    const text = (await leader().inbox()).map((m) => m.text).join("\n");
    expect(text).toContain("1.568 nhiệm vụ (đạt 90,3%)");
    await officer().say("/baocao", { at: POST_DAY });
    expect((await officer().inbox())[0]!.text).toContain("chỉ dành cho lãnh đạo");
  });
});

describe("the report's files over Telegram", () => {
  it("sends the text, the chart as a photo and the .docx and .xlsx as documents", async () => {
    const stub = await startBotApiStub();
    const store = await seedYearStore("sqlite");
    try {
      await store.db.chatGroup.create({ data: { channel: "telegram", chatId: "-100999", title: "Thường trực UBND", kind: "leadership" } });
      const app = await startBot(store, { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stub.apiRoot }, fixedClock(POST_DAY), {
        telegramBotInfo: BOT_INFO,
      });
      for (let i = 0; i < 200 && stub.files("-100999").length < 3; i++) await new Promise((r) => setTimeout(r, 50));
      await app.stop();
      expect(stub.sent("-100999").join("\n")).toContain("Trong tháng 6/2020");
      expect(stub.files("-100999")).toEqual([
        { method: "sendPhoto", filename: "bao-cao-nhiem-vu-2020-06.png" },
        { method: "sendDocument", filename: "bao-cao-nhiem-vu-2020-06.docx" },
        { method: "sendDocument", filename: "bao-cao-nhiem-vu-2020-06.xlsx" },
      ]);
    } finally {
      await stub.close();
      await store.dispose();
    }
  });
});
