// A NUL character inside a chat message (some keyboards and bridges send them) is dropped: on
// PostgreSQL it would make the note fail to store, again on every retry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { createInboundHandler } from "../../../src/conversation/inbound.js";
import { createLogger } from "../../../src/log.js";
import { NOW, seededStore } from "../../support/bot-fixture.js";
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
    const handle = createInboundHandler({
      db: store.db,
      config: loadConfig({ DATABASE_URL: store.url }),
      log: createLogger("silent"),
      now: () => NOW,
      sweepNow: async () => ({}) as never,
    });
    const text = "đã hoàn thành NV-A2, đã gửi\u0000 báo cáo";
    await handle({
      channel: "telegram",
      updateKey: "nul-1",
      chatId: "8201",
      chatType: "private",
      senderId: "8201",
      onBehalfOfChat: false,
      text,
      contentKind: "text",
      at: NOW,
    });
    expect(await store.db.task.findUniqueOrThrow({ where: { code: "NV-A2" } })).toMatchObject({
      status: "reported",
      reportNote: "đã gửi báo cáo",
    });
  });
});
