import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../../src/store/migrate.js";
import { type TestStore, freshStore, storeKinds } from "../../support/stores.js";

describe.each(storeKinds())("store on %s", (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(kind);
  });
  afterAll(() => store?.dispose());

  it("applies every migration once, and again changes nothing", async () => {
    expect(store.migrations.applied).toEqual(readMigrations(kind).map((m) => m.name));
    const again = await migrate(store.url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(store.migrations.applied.length);
  });

  it("survives two processes migrating at once", async () => {
    const results = await Promise.all([migrate(store.url), migrate(store.url), migrate(store.url)]);
    expect(results.every((r) => r.applied.length === 0)).toBe(true);
  });

  it("keeps Telegram ids beyond 32 bits exactly", async () => {
    const agency = await store.db.agency.create({ data: { code: "VP", name: "Văn phòng UBND tỉnh" } });
    const officer = await store.db.officer.create({ data: { code: "A1", fullName: "Lê Văn Cường", agencyId: agency.id } });
    await store.db.chatAccount.create({
      data: { officerId: officer.id, channel: "telegram", chatId: "-1001234567890123", userId: "9007199254740993" },
    });
    const back = await store.db.chatAccount.findFirstOrThrow({ where: { officerId: officer.id } });
    expect(back.chatId).toBe("-1001234567890123");
    expect(back.userId).toBe("9007199254740993"); // 2^53 + 1: a JavaScript number would lose it
  });

  it("stores Vietnamese text in NFC as given and enforces unique codes", async () => {
    await store.db.agency.create({ data: { code: "SXD", name: "Sở Xây dựng" } });
    await expect(store.db.agency.create({ data: { code: "SXD", name: "Khác" } })).rejects.toThrow();
    expect((await store.db.agency.findUniqueOrThrow({ where: { code: "SXD" } })).name).toBe("Sở Xây dựng");
  });
});

describe("the PostgreSQL twin schema", () => {
  const models = (path: string) => {
    const text = readFileSync(path, "utf8");
    return text.slice(text.indexOf("// --- models"));
  };

  it("has exactly the models of the SQLite schema", () => {
    expect(models("prisma/postgres/schema.prisma")).toBe(models("prisma/schema.prisma"));
  });

  it("has the same migrations as SQLite, by name", () => {
    expect(readMigrations("postgres").map((m) => m.name)).toEqual(readMigrations("sqlite").map((m) => m.name));
  });
});
