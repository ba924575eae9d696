// Replies the officers really write, through the real bot: a plan leaves the task open and says
// so; an unclear claim is asked back, where only "Có" completes and "Không" leaves it open; a clear
// completion completes at once. The same on Telegram (emulator), Zalo (emulator) and the console.
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { NOW, fixedClock, linkCode, seededStore, startBot, taskByCode } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";
import { BOT_INFO, BOT_TOKEN, type BotText, person, startEmulator } from "../support/telegram.js";
import { type ConsoleProcess, startConsole } from "../support/console-process.js";
import { ZaloEmulator } from "../support/zalo-emulator.js";

describe("replies on Telegram", () => {
  let server: TelegramServer;
  let store: TestStore;
  let app: App;
  let hung: ReturnType<typeof person>;
  let mai: ReturnType<typeof person>;
  let reminder: BotText;

  beforeAll(async () => {
    server = await startEmulator();
    store = await seededStore();
    app = await startBot(store, { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: server.config.apiURL }, fixedClock(NOW), {
      telegramBotInfo: BOT_INFO,
    });
    hung = person(server, 6002, "Hung");
    mai = person(server, 6001, "Mai");
    for (const [who, code] of [
      [hung, "XD02"],
      [mai, "XD01"],
    ] as const) {
      await who.say(`/start ${await linkCode(store, code)}`, { at: NOW });
      await who.inbox();
    }
    await app.sweep(NOW);
    reminder = (await hung.inbox())[0]!;
    await mai.inbox();
  });
  afterAll(async () => {
    await app?.stop();
    await server?.stop();
    await store?.dispose();
  });

  it("'mai xong' in reply to the reminder leaves the task open and says it was a plan", async () => {
    await hung.say("Mai xong ạ", { at: NOW, replyTo: reminder.messageId });
    expect((await hung.inbox())[0]!.text).toContain("Chưa ghi nhận hoàn thành: đây là kế hoạch");
    expect((await taskByCode(store, "NV-B1")).status).toBe("open");
  });

  it("hearsay, a question and a part of the work leave it open too, each said back", async () => {
    const replies: [string, string][] = [
      ["Chị Lan bảo đã hoàn thành rồi", "chính cán bộ phụ trách báo"],
      ["em muốn hỏi cách báo đã hoàn thành", "Để báo xong việc"],
      ["đã xong dự thảo, đang trình ký", "đã rõ tiến độ"],
    ];
    for (const [text, said] of replies) {
      await hung.say(text, { at: NOW, replyTo: reminder.messageId });
      expect((await hung.inbox())[0]!.text, text).toContain(said);
    }
    expect((await taskByCode(store, "NV-B1")).status).toBe("open");
  });

  it("an unclear claim is asked back; 'Không' leaves the task open, and a later 'có' cannot complete it", async () => {
    await hung.say("chắc xong rồi", { at: NOW, replyTo: reminder.messageId });
    const [question] = await hung.inbox();
    expect(question!.text).toBe("Anh/chị xác nhận đã hoàn thành nhiệm vụ NV-B1?");
    expect(question!.buttons.map((b) => b.text)).toEqual(["✅ Có", "✖ Không"]);
    expect((await taskByCode(store, "NV-B1")).status).toBe("open");
    await hung.press(question!.buttons[1]!.callback_data);
    expect((await hung.inbox())[0]!.text).toContain("Chưa ghi nhận hoàn thành nhiệm vụ NV-B1");
    await hung.say("có", { at: NOW });
    expect((await hung.inbox())[0]!.text).toContain("Bot chưa hiểu ý");
    await hung.press(question!.buttons[0]!.callback_data);
    expect((await hung.inbox())[0]!.text).toContain("không còn hiệu lực");
    expect((await taskByCode(store, "NV-B1")).status).toBe("open");
  });

  it("asked again, 'Có' completes it", async () => {
    await hung.say("hình như xong rồi", { at: NOW, replyTo: reminder.messageId });
    const [question] = await hung.inbox();
    expect(question!.text).toContain("xác nhận đã hoàn thành nhiệm vụ NV-B1");
    await hung.press(question!.buttons[0]!.callback_data);
    expect((await hung.inbox())[0]!.text).toContain("Đã ghi nhận: nhiệm vụ NV-B1");
    expect((await taskByCode(store, "NV-B1")).status).toBe("reported");
  });

  it("a clear completion with a code completes at once, without a question", async () => {
    await mai.say("Dạ em đã hoàn thành NV-A2 rồi ạ", { at: NOW });
    expect((await mai.inbox())[0]!.text).toContain("Đã ghi nhận: nhiệm vụ NV-A2");
    expect((await taskByCode(store, "NV-A2")).status).toBe("reported");
  });

  it("typed 'không' answers a pending question the same way as the button", async () => {
    await mai.say("có lẽ đã hoàn thành NV-A1", { at: NOW });
    expect((await mai.inbox())[0]!.text).toBe("Anh/chị xác nhận đã hoàn thành nhiệm vụ NV-A1?");
    await mai.say("không", { at: NOW });
    expect((await mai.inbox())[0]!.text).toContain("Chưa ghi nhận hoàn thành nhiệm vụ NV-A1");
    expect((await taskByCode(store, "NV-A1")).status).toBe("open");
  });
});

describe("replies on Zalo", () => {
  const HUNG = "4102";
  let zalo: ZaloEmulator;
  let store: TestStore;
  let app: App;

  beforeAll(async () => {
    zalo = await ZaloEmulator.start();
    store = await seededStore();
    app = await startBot(store, { ZALO_BOT_TOKEN: zalo.token, ZALO_API_ROOT: zalo.apiRoot }, fixedClock(NOW), {
      zaloPollTimeoutSeconds: 1,
    });
    await zalo.userSays(HUNG, await linkCode(store, "XD02"), { at: NOW });
    await zalo.waitForTexts(HUNG, 1);
  });
  afterAll(async () => {
    await app?.stop();
    await zalo?.close();
    await store?.dispose();
  });

  it("a plan leaves the task open; an unclear claim is asked with numbers, '2' (Không) leaves it open, '1' (Có) completes", async () => {
    await zalo.userSays(HUNG, "hẹn thứ 6 hoàn thành", { at: NOW });
    expect((await zalo.waitForTexts(HUNG, 2))[1]).toContain("Chưa ghi nhận hoàn thành: đây là kế hoạch");
    await zalo.userSays(HUNG, "đã gửi báo cáo rồi ạ", { at: NOW });
    const question = (await zalo.waitForTexts(HUNG, 3))[2]!;
    expect(question).toContain("Anh/chị xác nhận đã hoàn thành nhiệm vụ NV-B1?");
    expect(question).toMatch(/1\. ✅ Có\n2\. ✖ Không/);
    await zalo.userSays(HUNG, "2", { at: NOW });
    expect((await zalo.waitForTexts(HUNG, 4))[3]).toContain("Chưa ghi nhận hoàn thành nhiệm vụ NV-B1");
    expect((await taskByCode(store, "NV-B1")).status).toBe("open");

    await zalo.userSays(HUNG, "đã gửi báo cáo rồi ạ", { at: NOW });
    await zalo.waitForTexts(HUNG, 5);
    await zalo.userSays(HUNG, "1", { at: NOW });
    expect((await zalo.waitForTexts(HUNG, 6))[5]).toContain("Đã ghi nhận: nhiệm vụ NV-B1");
    expect(await taskByCode(store, "NV-B1")).toMatchObject({ status: "reported", reportedVia: "zalo" });
  });
});

describe("replies in the console chat", () => {
  let bot: ConsoleProcess;
  afterAll(() => bot?.dispose());

  it("shows the same: a plan is not recorded, an unclear claim is asked, '1' (Có) records it", async () => {
    bot = startConsole();
    const { expectOutput, type } = bot;
    await expectOutput("Chưa có cán bộ nào");
    type("/mau");
    await expectOutput("7. XD01 — Nguyễn Thị Mai");
    type("XD01");
    await expectOutput("Bây giờ anh/chị là Nguyễn Thị Mai (XD01)");
    type("dự kiến hoàn thành MAU-001 ngày 15/12");
    await expectOutput("Chưa ghi nhận hoàn thành: đây là kế hoạch");
    type("chắc đã xong MAU-001");
    await expectOutput("Anh/chị xác nhận đã hoàn thành nhiệm vụ MAU-001?");
    await expectOutput("1. ✅ Có");
    type("1");
    await expectOutput("Đã ghi nhận: nhiệm vụ MAU-001");
    type("/thoat");
    expect(await bot.exited()).toBe(0);
  });
});
