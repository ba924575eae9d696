// Finding 20 (rest) of issue 11: an empty message was told the bot cannot read photos; a
// 10,000-character message was cut to 4,000 and its note stored cut, without a word.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sayFrom, seededStore, taskByCode } from "../../support/bot-fixture.js";
import type { TestStore } from "../../support/stores.js";

describe("messages the bot cannot read as they are", () => {
  let store: TestStore;
  const say = async (text: string) => (await sayFrom(store, "8201", text))[0]!.text;

  beforeAll(async () => {
    store = await seededStore();
    const mai = await store.db.officer.findUniqueOrThrow({ where: { code: "XD01" } });
    await store.db.chatAccount.create({ data: { officerId: mai.id, channel: "telegram", chatId: "8201", userId: "8201" } });
  });
  afterAll(() => store?.dispose());

  it("an empty or blank message is told there are no words in it, not that it is a photo", async () => {
    for (const text of ["", "   \n  "]) {
      const reply = await say(text);
      expect(reply).toContain("Bot không thấy chữ nào trong tin nhắn");
      expect(reply).not.toContain("ảnh");
    }
  });

  it("a message longer than the bot reads is refused whole, with its length: nothing recorded, nothing cut", async () => {
    const text = `đã hoàn thành NV-A1, báo cáo chi tiết: ${"nội dung ".repeat(1111)}`;
    expect(text.length).toBeGreaterThan(10_000);
    const reply = await say(text);
    expect(reply).toContain(`Tin nhắn dài ${text.length.toLocaleString("vi-VN")} ký tự, quá 4.000 ký tự bot đọc được: chưa ghi nhận gì.`);
    expect(await taskByCode(store, "NV-A1")).toMatchObject({ status: "open", reportNote: null });
    // The same report, short, goes through.
    expect(await say("đã hoàn thành NV-A1, báo cáo đã gửi qua hệ thống")).toContain("NV-A1");
    expect((await taskByCode(store, "NV-A1")).status).not.toBe("open");
  });
});
