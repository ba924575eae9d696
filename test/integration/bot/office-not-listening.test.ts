// Finding 19 of issue 11: an admin saw the officers' help; an extension asked while no admin
// was linked reached no one and the officer was told the Office would answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkCode, sayFrom, seededStore } from "../../support/bot-fixture.js";
import type { TestStore } from "../../support/stores.js";

describe("help by role, and an extension asked while nobody at the Office is linked", () => {
  let store: TestStore;
  const say = async (chatId: string, text: string) => (await sayFrom(store, chatId, text)).map((m) => m.text).join("\n");

  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store?.dispose());

  it("an officer asking for more time while no admin reads the bot is told to phone the Office", async () => {
    await say("8301", `/start ${await linkCode(store, "XD01")}`);
    const reply = await say("8301", "xin gia hạn NV-A3 đến 30/07/2026 vì chờ ý kiến Bộ");
    expect(reply).toContain(
      "Đã ghi nhận đề nghị gia hạn nhiệm vụ NV-A3 đến 30/07/2026, nhưng hiện chưa có cán bộ Văn phòng nào nhận tin qua bot",
    );
    expect(reply).not.toContain("sẽ xem xét và báo lại");
  });

  it("the admin who links later is told what waits, and sees the admin's commands in the help", async () => {
    const linked = await say("8302", `/start ${await linkCode(store, "QT01")}`);
    expect(linked).toContain("Quản trị còn có thể:");
    expect(linked).toContain("Đang chờ anh/chị: 0 báo hoàn thành cần xác nhận (/choxacnhan), 1 đề nghị gia hạn (/giahan).");
    const help = await say("8302", "/trogiup");
    expect(help).toContain("/choxacnhan");
    expect(help).toContain("/nhacviec");
    expect(help).toContain("/baocao");
    // Now an admin reads the bot: the next request says the Office will answer.
    const next = await say("8301", "xin gia hạn NV-A1 đến 20/07/2026 vì thiếu số liệu");
    expect(next).toContain("Văn phòng UBND tỉnh sẽ xem xét và báo lại");
  });

  it("an officer's help has no admin commands", async () => {
    const help = await say("8301", "/trogiup");
    expect(help).toContain("/nhiemvu");
    expect(help).not.toContain("/choxacnhan");
    expect(help).not.toContain("Lãnh đạo còn có thể");
  });
});
