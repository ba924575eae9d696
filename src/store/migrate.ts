// Applies Prisma's generated migration SQL, on start and by `dondoc db migrate`. Done by the
// application for both stores: Prisma's migrate commands cannot reach PostgreSQL with the
// JavaScript engine (prisma/orm#27403). Applied migrations go in a table shaped like Prisma's
// `_prisma_migrations`, so `prisma migrate status` still reads the SQLite history. Concurrent
// starts are serialised: SQLite by an immediate (write) transaction, PostgreSQL by a
// transaction-scoped advisory lock.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
// Each store's driver is loaded only for that store (see client.ts).
import { type StoreKind, sqlitePath, storeKind } from "./database-url.js";
import { projectRoot } from "../project-root.js";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
  /** Migrations whose file changed after they were applied (kept, reported). */
  modified: string[];
}

export function migrationsDir(kind: StoreKind): string {
  return join(projectRoot(), "prisma", ...(kind === "sqlite" ? ["migrations"] : ["postgres", "migrations"]));
}

export function readMigrations(kind: StoreKind): Migration[] {
  const dir = migrationsDir(kind);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{14}_/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrateOptions {
  /** Apply only the first N migrations (tests of upgrades from an older schema). */
  firstN?: number;
}

export async function migrate(url: string, opts: MigrateOptions = {}): Promise<MigrationResult> {
  const kind = storeKind(url);
  const migrations = readMigrations(kind).slice(0, opts.firstN);
  return kind === "sqlite" ? migrateSqlite(sqlitePath(url), migrations) : migratePostgres(url, migrations);
}

function plan(migrations: Migration[], applied: Map<string, string>): { pending: Migration[]; modified: string[] } {
  return {
    pending: migrations.filter((m) => !applied.has(m.name)),
    modified: migrations.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum).map((m) => m.name),
  };
}

async function migrateSqlite(path: string, migrations: Migration[]): Promise<MigrationResult> {
  const { default: Database } = await import("better-sqlite3");
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 30_000 });
  try {
    // WAL lets the bot read while the CLI writes; the setting stays with the file.
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    // Prisma redefines a table to change it (CREATE new_X, copy, DROP X, rename). With foreign
    // keys on, that DROP runs ON DELETE SET NULL / CASCADE on every row pointing at X, and
    // PRAGMA foreign_keys=OFF inside the migration is ignored within a transaction. So keys go
    // off before the transaction, are checked before it commits, and come back on after.
    db.pragma("foreign_keys = OFF");
    const run = db.transaction(() => {
      const rows = db
        .prepare(
          `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
        .all() as { name: string; checksum: string }[];
      const { pending, modified } = plan(migrations, new Map(rows.map((r) => [r.name, r.checksum])));
      const record = db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
      );
      for (const m of pending) {
        const started = Date.now();
        db.exec(m.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.name} leaves ${broken.length} broken references`);
        record.run(randomUUID(), m.checksum, Date.now(), m.name, started);
      }
      return { applied: pending.map((m) => m.name), alreadyApplied: rows.length, modified };
    });
    const result = run.immediate();
    db.pragma("foreign_keys = ON");
    return result;
  } finally {
    db.close();
  }
}

const LOCK_KEY = 0x646f6e64; // "dond"

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrationResult> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const { pending, modified } = plan(migrations, new Map(rows.map((r) => [r.name, r.checksum])));
    for (const m of pending) {
      const started = new Date();
      await client.query(m.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
        [randomUUID(), m.checksum, m.name, started],
      );
    }
    await client.query("COMMIT");
    return { applied: pending.map((m) => m.name), alreadyApplied: rows.length, modified };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
