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

describe.each(storeKinds())("upgrading a populated %s store", (kind) => {
  it("keeps every row and every reference through each migration", async () => {
    const store = await freshStore(kind);
    try {
      // Start again from the first migration only, with data in it.
      await store.close();
      const url = kind === "sqlite" ? store.url.replace(/\.db$/, "-old.db") : store.url;
      if (kind === "postgres") {
        const { default: pg } = await import("pg");
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        await c.end();
      }
      await migrate(url, { firstN: 1 });
      const { createDb } = await import("../../../src/store/client.js");
      // The old schema, written with plain SQL: today's client expects today's columns.
      const old = createDb(url).db;
      for (const sql of [
        `INSERT INTO "Agency" ("id","code","name","createdAt","updatedAt") VALUES (1,'SXD','Sở Xây dựng',CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)`,
        `INSERT INTO "Officer" ("id","code","fullName","agencyId","role","language","active","createdAt","updatedAt") VALUES (1,'CB1','Nguyễn Văn An',1,'officer','vi',true,CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)`,
        `INSERT INTO "ChatAccount" ("officerId","channel","chatId","userId","status","failureCount","linkedAt","updatedAt") VALUES (1,'telegram','1','1','active',0,CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)`,
        `INSERT INTO "Task" ("code","summary","leadAgencyId","officerId","assignedDate","dueDate","originalDueDate","status","createdAt","updatedAt") VALUES ('T1','Việc',1,1,'2026-01-01','2026-02-01','2026-02-01','open',CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)`,
      ])
        await old.$executeRawUnsafe(sql);
      await old.$disconnect();
      const result = await migrate(url);
      expect(result.applied.length).toBe(readMigrations(kind).length - 1);
      const db = createDb(url).db;
      const task = await db.task.findUniqueOrThrow({ where: { code: "T1" }, include: { officer: { include: { chatAccounts: true } } } });
      expect(task.officer?.code).toBe("CB1");
      expect(task.officer?.chatAccounts).toHaveLength(1);
      await db.$disconnect();
    } finally {
      await store.dispose();
    }
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
