// A NUL character inside a chat message (some keyboards and bridges send them) is dropped: on
// PostgreSQL it would make the note fail to store, again on every retry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directHandler, privateText, seededStore } from "../../support/bot-fixture.js";
import { type StoreKindName, type TestStore, storeKinds } from "../../support/stores.js";

describe.each(storeKinds())("a NUL character in a reply on %s", (kind: StoreKindName) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await seededStore(kind);
    const mai = await store.db.officer.findUniqueOrThrow({ where: { code: "XD01" } });
    await store.db.chatAccount.create({ data: { officerId: mai.id, channel: "telegram", chatId: "8201", userId: "8201" } });
  });
  afterAll(() => store?.dispose());

  it("is dropped: the task is reported with its note", async () => {
    const text = "đã hoàn thành NV-A2, đã gửi\u0000 báo cáo";
    await directHandler(store)(privateText("8201", "nul-1", text));
    expect(await store.db.task.findUniqueOrThrow({ where: { code: "NV-A2" } })).toMatchObject({
      status: "reported",
      reportNote: "đã gửi báo cáo",
    });
  });
});
