// grammY long-polling a real Bot API emulator over HTTP: link, remind, reply, press, refuse.
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { BOT_INFO, BOT_TOKEN, type BotText, person, startEmulator } from "../support/telegram.js";
import { NOW, fixedClock, linkCode, seededStore, startBot, taskByCode } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";

describe("Telegram end to end", () => {
  let server: TelegramServer;
  let store: TestStore;
  let app: App;
  const clock = fixedClock(NOW);
  let mai: ReturnType<typeof person>;
  let hung: ReturnType<typeof person>;
  let stranger: ReturnType<typeof person>;

  beforeAll(async () => {
    server = await startEmulator();
    store = await seededStore();
    app = await startBot(store, { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: server.config.apiURL }, clock, {
      telegramBotInfo: BOT_INFO,
    });
    mai = person(server, 5001, "Mai");
    hung = person(server, 5002, "Hung");
    stranger = person(server, 5003, "Stranger");
  });
  afterAll(async () => {
    await app?.stop();
    await server?.stop();
    await store?.dispose();
  });

  it("links an officer with /start <code> from the deep link, and refuses a wrong or used code", async () => {
    const code = await linkCode(store, "XD01");
    await mai.say(`/start ${code}`, { at: NOW });
    const [linked] = await mai.inbox();
    expect(linked!.text).toContain("Đã liên kết tài khoản với cán bộ Nguyễn Thị Mai");
    const account = await store.db.chatAccount.findFirstOrThrow({
      where: { channel: "telegram", chatId: "5001" },
      include: { officer: true },
    });
    expect(account.officer.code).toBe("XD01");

    await stranger.say(`/start ${code}`, { at: NOW });
    expect((await stranger.inbox())[0]!.text).toContain("đã được dùng");
    await stranger.say("ABCD2345", { at: NOW });
    expect((await stranger.inbox())[0]!.text).toContain("Mã liên kết không đúng");
    expect(await store.db.chatAccount.count({ where: { chatId: "5003" } })).toBe(0);

    await hung.say(`/start ${await linkCode(store, "XD02")}`, { at: NOW });
    expect((await hung.inbox())[0]!.text).toContain("Lê Văn Hùng");
  });

  let maiReminder: BotText;
  let hungReminder: BotText;

  it("a sweep at a fixed instant sends one reminder per officer, naming each task, with a button per task", async () => {
    const result = await app.sweep(NOW);
    app.deliverer.poke();
    // Mai (2 tasks) and Hùng (1); the agency head (NV-D1, and NV-A2 escalated) has no chat yet.
    expect(result).toMatchObject({ day: "2026-07-03", messages: 2, items: 3 });
    expect(result.unreachableOfficerIds).toHaveLength(1);
    maiReminder = (await mai.inbox())[0]!;
    expect(maiReminder.text).toContain("Nhắc việc ngày 03/07/2026");
    expect(maiReminder.text).toContain("NV-A2 — 88/KH-UBND");
    expect(maiReminder.text).toContain("Hạn: 30/06/2026 — Quá hạn 3 ngày");
    expect(maiReminder.text).toContain("Hạn: 06/07/2026 — Còn 3 ngày");
    // Formatting characters in a title arrive as written.
    expect(maiReminder.text).toContain("Báo cáo nhà ở xã hội <quý II> & kế hoạch_năm *2027*");
    expect(maiReminder.text).not.toContain("NV-A3");
    const a1 = await taskByCode(store, "NV-A1");
    const a2 = await taskByCode(store, "NV-A2");
    expect(maiReminder.buttons.map((b) => [b.text, b.callback_data])).toEqual([
      ["✅ Đã hoàn thành NV-A2", `done:${a2.id}`],
      ["✅ Đã hoàn thành NV-A1", `done:${a1.id}`],
    ]);
    hungReminder = (await hung.inbox())[0]!;
    expect(hungReminder.text).toContain("NV-B1");
    expect(hungReminder.text).toContain("Đến hạn hôm nay");
  });

  it("a second sweep the same day sends nothing again", async () => {
    const again = await app.sweep(new Date(NOW.getTime() + 3600_000));
    expect(again.messages).toBe(0);
    expect(again.alreadyQueued).toBe(3);
    expect(await store.db.outboxMessage.count({ where: { kind: "reminder" } })).toBe(2);
  });

  it("replying 'đã hoàn thành' to a reminder of one task reports that task done", async () => {
    const at = new Date(NOW.getTime() + 5 * 60_000);
    await hung.say("Đã hoàn thành rồi ạ", { at, replyTo: hungReminder.messageId });
    const [answer] = await hung.inbox();
    expect(answer!.text).toContain("Đã ghi nhận: nhiệm vụ NV-B1");
    expect(answer!.text).toContain("Hoàn thành đúng hạn");
    const b1 = await store.db.task.findUniqueOrThrow({ where: { code: "NV-B1" }, include: { reportedBy: true } });
    expect(b1).toMatchObject({ status: "reported", reportedVia: "telegram", reportedOn: "2026-07-03" });
    expect(b1.reportedAt?.toISOString()).toBe(new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString());
    expect(b1.reportedBy?.code).toBe("XD02");
  });

  it("pressing the button reports the task; the answer says how late", async () => {
    const a2 = await taskByCode(store, "NV-A2");
    await mai.press(`done:${a2.id}`);
    const [answer] = await mai.inbox();
    expect(answer!.text).toContain("NV-A2");
    expect(answer!.text).toContain("Hoàn thành quá hạn 3 ngày");
    expect((await taskByCode(store, "NV-A2")).status).toBe("reported");
    await mai.press(`done:${a2.id}`);
    expect((await mai.inbox())[0]!.text).toContain("đã được báo hoàn thành trước đó");
  });

  it("replying with a code reports that task, keeping the note", async () => {
    await mai.say("xong NV-A3, đã gửi báo cáo số 45/BC-SXD", { at: NOW });
    expect((await mai.inbox())[0]!.text).toContain("NV-A3");
    expect(await taskByCode(store, "NV-A3")).toMatchObject({ status: "reported", reportNote: "đã gửi báo cáo số 45/BC-SXD" });
  });

  it("'chưa xong' leaves the task open", async () => {
    await mai.say("chưa xong ạ", { at: NOW, replyTo: maiReminder.messageId });
    expect((await mai.inbox())[0]!.text).toContain("vẫn đang thực hiện");
    expect((await taskByCode(store, "NV-A1")).status).toBe("open");
  });

  it("another officer's attempt is refused, audited, and changes nothing", async () => {
    await hung.say("đã hoàn thành NV-A1", { at: NOW });
    expect((await hung.inbox())[0]!.text).toContain("không phải cán bộ phụ trách nhiệm vụ NV-A1");
    const a1 = await taskByCode(store, "NV-A1");
    expect(a1.status).toBe("open");
    const refused = await store.db.auditEntry.findFirstOrThrow({ where: { action: "task.report_refused", entityId: String(a1.id) } });
    expect(refused).toMatchObject({ actor: "XD02", channel: "telegram" });
    // Pressing someone else's button does not work either.
    await hung.press(`done:${a1.id}`);
    expect((await hung.inbox())[0]!.text).toContain("không phải cán bộ phụ trách");
    expect((await taskByCode(store, "NV-A1")).status).toBe("open");
  });

  it("a bare 'đã hoàn thành' with one open task asks to confirm, and the answer button completes it", async () => {
    await mai.say("da hoan thanh", { at: NOW });
    const [question] = await mai.inbox();
    expect(question!.text).toContain("Anh/chị báo đã hoàn thành nhiệm vụ NV-A1, đúng không?");
    expect((await taskByCode(store, "NV-A1")).status).toBe("open");
    await mai.press(question!.buttons[0]!.callback_data);
    expect((await mai.inbox())[0]!.text).toContain("Đã ghi nhận: nhiệm vụ NV-A1");
    expect((await taskByCode(store, "NV-A1")).status).toBe("reported");
  });

  it("/nhiemvu lists open tasks; an unlinked person is told how to link", async () => {
    await mai.say("/nhiemvu", { at: NOW });
    expect((await mai.inbox())[0]!.text).toContain("không có nhiệm vụ nào đang thực hiện");
    await stranger.say("đã hoàn thành", { at: NOW });
    expect((await stranger.inbox())[0]!.text).toContain("chưa được liên kết");
  });

  describe("admin in chat", () => {
    let admin: ReturnType<typeof person>;
    beforeAll(async () => {
      admin = person(server, 5009, "Ha");
      await admin.say(`/start ${await linkCode(store, "QT01")}`, { at: NOW });
      await admin.inbox();
    });

    it("lists reported tasks awaiting confirmation, confirms one and reopens another, telling its officer", async () => {
      await admin.say("/choxacnhan", { at: NOW });
      // The title, then one message per task: NV-A2, NV-A3 and NV-A1 (B1 was reported too).
      const messages = await admin.collect(5);
      expect(messages[0]!.text).toContain("nhiệm vụ cán bộ đã báo hoàn thành, chờ xác nhận");
      const a2 = messages.find((m) => m.text.startsWith("NV-A2"))!;
      expect(a2.text).toContain("báo bởi Nguyễn Thị Mai ngày 03/07/2026");
      const a3 = messages.find((m) => m.text.startsWith("NV-A3"))!;
      expect(a3.text).toContain("Ghi chú: đã gửi báo cáo số 45/BC-SXD");
      await admin.press(a2.buttons.find((b) => b.callback_data.startsWith("confirm:"))!.callback_data);
      expect((await admin.inbox())[0]!.text).toContain("Đã xác nhận hoàn thành nhiệm vụ NV-A2.");
      expect(await taskByCode(store, "NV-A2")).toMatchObject({ status: "confirmed", confirmedBy: "QT01" });
      await admin.press(a3.buttons.find((b) => b.callback_data.startsWith("reopen:"))!.callback_data);
      expect((await admin.inbox())[0]!.text).toContain("Đã mở lại nhiệm vụ NV-A3.");
      expect(await taskByCode(store, "NV-A3")).toMatchObject({ status: "open", reportedAt: null });
      expect((await mai.inbox())[0]!.text).toContain("Văn phòng đã mở lại nhiệm vụ NV-A3");
    });

    it("an extension request reaches the admin, whose approval moves the deadline and keeps the original", async () => {
      await mai.say("xin gia hạn NV-A3 đến 30/07/2026 vì chờ ý kiến của Bộ Xây dựng", { at: NOW });
      expect((await mai.inbox())[0]!.text).toContain("Đã gửi đề nghị gia hạn nhiệm vụ NV-A3 đến 30/07/2026");
      const [request] = await admin.inbox();
      expect(request!.text).toContain(
        "Nguyễn Thị Mai đề nghị gia hạn nhiệm vụ NV-A3 (hạn hiện tại 20/07/2026) đến 30/07/2026. Lý do: chờ ý kiến của Bộ Xây dựng",
      );
      await admin.press(request!.buttons[0]!.callback_data);
      expect((await admin.inbox())[0]!.text).toContain("Đã đồng ý gia hạn nhiệm vụ NV-A3 đến 30/07/2026");
      expect((await mai.inbox())[0]!.text).toContain("Văn phòng đã đồng ý gia hạn nhiệm vụ NV-A3 đến 30/07/2026");
      expect(await taskByCode(store, "NV-A3")).toMatchObject({ dueDate: "2026-07-30", originalDueDate: "2026-07-20" });
      await admin.press(request!.buttons[1]!.callback_data);
      expect((await admin.inbox())[0]!.text).toContain("đã được xử lý trước đó");
    });

    it("an extension asked for a task then reported done is withdrawn: approving it later changes nothing", async () => {
      await mai.say("xin gia hạn NV-A3 đến 15/08/2026 vì thêm hồ sơ", { at: NOW });
      expect((await mai.inbox())[0]!.text).toContain("Đã gửi đề nghị gia hạn nhiệm vụ NV-A3 đến 15/08/2026");
      const [request] = await admin.inbox();
      await mai.say("đã hoàn thành NV-A3", { at: NOW });
      expect((await mai.inbox())[0]!.text).toContain("Đã ghi nhận: nhiệm vụ NV-A3");
      await admin.press(request!.buttons[0]!.callback_data);
      expect((await admin.inbox())[0]!.text).toContain("đề nghị gia hạn không còn cần xử lý");
      expect(await taskByCode(store, "NV-A3")).toMatchObject({ status: "reported", dueDate: "2026-07-30" });
      expect(await store.db.extensionRequest.count({ where: { status: "pending" } })).toBe(0);
    });

    it("refuses admin commands to officers, and runs the sweep for an admin", async () => {
      await hung.say("/choxacnhan", { at: NOW });
      expect((await hung.inbox())[0]!.text).toContain("chỉ dành cho quản trị viên");
      await hung.say("/nhacviec", { at: NOW });
      expect((await hung.inbox())[0]!.text).toContain("chỉ dành cho quản trị viên");
      await admin.say("/nhacviec", { at: NOW });
      expect((await admin.inbox())[0]!.text).toMatch(/Đã xếp \d+ tin nhắc việc/);
    });
  });

  it("an officer can switch to English", async () => {
    await hung.say("/ngonngu en", { at: NOW });
    expect((await hung.inbox())[0]!.text).toBe("Switched to English.");
    await hung.say("xong", { at: NOW });
    expect((await hung.inbox())[0]!.text).toBe("You have no open tasks.");
  });

  it("limits code guessing per chat: after five wrong codes even a right one waits", async () => {
    for (const wrong of ["ZZZZ2222", "ZZZZ3333", "ZZZZ4444"]) {
      await stranger.say(wrong, { at: NOW });
      expect((await stranger.inbox())[0]!.text).toContain("Mã liên kết không đúng");
    }
    await stranger.say(`/start ${await linkCode(store, "TC01")}`, { at: NOW });
    expect((await stranger.inbox())[0]!.text).toContain("sai mã quá nhiều lần");
    expect(await store.db.chatAccount.count({ where: { chatId: "5003" } })).toBe(0);
  });
});
