// /nhiemvu with many open tasks: the exact count, ten a page, and the way to the next page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sayFrom, seededStore } from "../../support/bot-fixture.js";
import type { TestStore } from "../../support/stores.js";

describe("/nhiemvu with many open tasks", () => {
  let store: TestStore;
  const say = async (text: string) => ({ message: (await sayFrom(store, "8101", text))[0]! });

  beforeAll(async () => {
    store = await seededStore();
    const mai = await store.db.officer.findUniqueOrThrow({ where: { code: "XD01" } });
    await store.db.chatAccount.create({ data: { officerId: mai.id, channel: "telegram", chatId: "8101", userId: "8101" } });
    const sxd = await store.db.agency.findUniqueOrThrow({ where: { code: "SXD" } });
    // Mai has 3 open tasks from the seed; 52 more make 55, more than the 50 once counted.
    for (let i = 0; i < 52; i++)
      await store.db.task.create({
        data: {
          code: `NV-P${String(i).padStart(2, "0")}`,
          summary: `Nhiệm vụ thêm ${i}`,
          leadAgencyId: sxd.id,
          officerId: mai.id,
          assignedDate: "2026-06-01",
          dueDate: "2026-08-01",
          originalDueDate: "2026-08-01",
        },
      });
  });
  afterAll(() => store?.dispose());

  it("says the exact count, shows ten with their buttons, and how to see the next page", async () => {
    const first = await say("/nhiemvu");
    expect(first.message.text).toContain("Anh/chị có 55 nhiệm vụ đang thực hiện");
    expect(first.message.text).toContain("… và 45 nhiệm vụ khác: gõ /nhiemvu 2");
    expect(first.message.buttons).toHaveLength(10);
    const last = await say("/nhiemvu 6");
    expect(last.message.buttons).toHaveLength(5);
    expect(last.message.text).not.toContain("nhiệm vụ khác");
    expect((await say("/nhiemvu 7")).message.text).toContain("Không có trang 7: danh sách có 6 trang.");
  });

  it("finds a task by words of its summary, with or without diacritics, and offers it to pick", async () => {
    const found = await say("/nhiemvu them 37");
    expect(found.message.text).toContain('🔎 1 nhiệm vụ đang thực hiện khớp với "them 37":');
    expect(found.message.text).toContain("NV-P37");
    expect(found.message.buttons).toHaveLength(1);
    const many = await say("/nhiemvu Nhiệm vụ thêm");
    expect(many.message.text).toContain('🔎 52 nhiệm vụ đang thực hiện khớp với "Nhiệm vụ thêm":');
    expect(many.message.text).toContain("… và 42 nhiệm vụ nữa: thêm từ để thu hẹp.");
    expect((await say("/nhiemvu cầu đường")).message.text).toContain('Không có nhiệm vụ đang thực hiện nào khớp với "cầu đường"');
  });
});
