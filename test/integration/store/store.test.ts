import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "../../../src/store/client.js";
import { createTestDatabase } from "../../support/postgres.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneProcessedUpdates } from "../../../src/store/chat-repo.js";
import { acquireRate, holdRate } from "../../../src/store/rate-limit-repo.js";
import { migrate, readMigrations } from "../../../src/store/migrate.js";
import { type TestStore, freshStore, storeKinds } from "../../support/stores.js";

/** A database with nothing in it yet. */
async function emptyDatabase(kind: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (kind === "postgres") return createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), "dondoc-empty-"));
  return { url: `file:${join(dir, "empty.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** `dondoc db migrate` as its own process, as a second bot or the admin would run it. */
function migrateProcess(url: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "--lang", "en", "db", "migrate"], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "debug" },
    });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

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

  it("three processes migrating an empty database at once apply each migration exactly once", async () => {
    const empty = await emptyDatabase(kind);
    try {
      const runs = await Promise.all([0, 1, 2].map(() => migrateProcess(empty.url)));
      expect(
        runs.map((r) => r.code),
        runs.map((r) => r.out).join("\n"),
      ).toEqual([0, 0, 0]);
      const applied = runs.map((r) => Number(/: (\d+) new schema updates applied/.exec(r.out)?.[1]));
      expect(applied.reduce((a, b) => a + b, 0)).toBe(readMigrations(kind).length);
      const { db } = await createDb(empty.url);
      const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      await db.$disconnect();
      expect(rows.map((r) => r.migration_name)).toEqual(readMigrations(kind).map((m) => m.name));
    } finally {
      await empty.drop();
    }
  });

  it("forgets handled updates older than two weeks, keeping the recent ones", async () => {
    const now = new Date("2026-07-20T00:00:00Z");
    await store.db.processedUpdate.create({
      data: { channel: "telegram", updateKey: "old-1", receivedAt: new Date("2026-07-01T00:00:00Z") },
    });
    await store.db.processedUpdate.create({
      data: { channel: "telegram", updateKey: "new-1", receivedAt: new Date("2026-07-19T00:00:00Z") },
    });
    expect(await pruneProcessedUpdates(store.db, new Date(now.getTime() - 14 * 24 * 3600_000))).toBe(1);
    expect((await store.db.processedUpdate.findMany()).map((u) => u.updateKey)).toEqual(["new-1"]);
  });

  it("shares sending rates: a burst, then one message per interval, for every caller alike", async () => {
    const keys = [{ key: `t:${kind}:chat`, intervalMs: 1000, burst: 3 }];
    const t0 = 1_783_000_000_000;
    expect(await acquireRate(store.db, keys, t0)).toBe(0);
    expect(await acquireRate(store.db, keys, t0)).toBe(0);
    expect(await acquireRate(store.db, keys, t0)).toBe(0);
    expect(await acquireRate(store.db, keys, t0)).toBe(1000);
    expect(await acquireRate(store.db, keys, t0 + 1000)).toBe(0);
    // Held by a 429 until t0 + 30 s: nobody goes before.
    await holdRate(store.db, keys[0]!, t0 + 30_000);
    expect(await acquireRate(store.db, keys, t0 + 29_000)).toBe(1000);
    expect(await acquireRate(store.db, keys, t0 + 30_000)).toBe(0);
    // Two keys, the narrow one first: refused by it, nothing is counted against the wide one.
    const bot = { key: `t:${kind}:bot`, intervalMs: 100, burst: 1 };
    expect(await acquireRate(store.db, [...keys, bot], t0 + 30_000)).toBeGreaterThan(0);
    expect(await acquireRate(store.db, [bot], t0 + 30_000)).toBe(0);
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
      const old = (await createDb(url)).db;
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
      const db = (await createDb(url)).db;
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
