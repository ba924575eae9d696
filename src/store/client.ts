// Builds the Prisma client for the configured store. Both generated clients have the same
// models (a test checks the two schemas), so the rest of the code is typed against the SQLite
// one and never knows which store it talks to.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import type { PrismaClient } from "../generated/prisma/client.js";
import { type StoreKind, sqlitePath, storeKind } from "./database-url.js";
import type { Tx } from "./tx.js";

export type Db = PrismaClient;

export interface DbHandle {
  db: Db;
  kind: StoreKind;
}

/**
 * The client of the store the URL names. Only that store's driver and generated client are
 * loaded: a command on SQLite never loads node-postgres and the PostgreSQL client (a
 * twentieth of a second of every start), nor a bot on PostgreSQL the SQLite driver.
 */
export async function createDb(url: string): Promise<DbHandle> {
  const kind = storeKind(url);
  if (kind === "sqlite") {
    const [{ PrismaBetterSQLite3 }, { PrismaClient }] = await Promise.all([
      import("@prisma/adapter-better-sqlite3"),
      import("../generated/prisma/client.js"),
    ]);
    const path = sqlitePath(url);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    // timeout = SQLite's busy timeout: wait for the other process's write instead of failing.
    const adapter = new PrismaBetterSQLite3({ url: path === ":memory:" ? path : `file:${path}`, timeout: 15_000 });
    const store: StoreOf = { kind };
    const db = new PrismaClient({ adapter: writeLockedTransactions(adapter, store) });
    return { kind, db: Object.assign(db, { [STORE]: store }) };
  }
  const [{ PrismaPg }, { PrismaClient: PgPrismaClient }] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("../generated/prisma-pg/client.js"),
  ]);
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  const db = new PgPrismaClient({ adapter }) as unknown as Db;
  return { kind, db: Object.assign(db, { [STORE]: { kind } satisfies StoreOf }) };
}

/** What a client knows of its store beyond Prisma: its kind, and SQLite's own connection. */
interface StoreOf {
  kind: StoreKind;
  connection?: SqliteConnection;
}

type SqliteConnection = BetterSqlite3.Database;
const STORE = Symbol("dondoc.store");

/** What a client knows of its store; a transaction reads its client's properties, this one too. */
function storeOf(tx: Tx): StoreOf | undefined {
  return (tx as unknown as { [STORE]?: StoreOf })[STORE];
}

/** The kind of store behind a client or a transaction of it. */
export function storeKindOf(tx: Tx): StoreKind | undefined {
  return storeOf(tx)?.kind;
}

/**
 * SQLite's connection under an open interactive transaction, for bulk writes that Prisma's
 * per-parameter handling makes slow (store/bulk-insert.ts). The adapter has one connection and
 * the transaction holds it, so statements run on it directly are part of the transaction and
 * roll back with it. Undefined outside a transaction (a client, not a transaction, may be shared
 * with another transaction at that moment) and on PostgreSQL.
 */
export function transactionConnection(tx: Tx): SqliteConnection | undefined {
  const inTransaction = !("$transaction" in tx);
  return inTransaction ? storeOf(tx)?.connection : undefined;
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** A write that changes nothing: it makes SQLite take the write lock (waiting its busy timeout). */
const TAKE_WRITE_LOCK = { sql: `UPDATE "_prisma_migrations" SET "logs" = "logs" WHERE 0`, args: [], argTypes: [] };

/**
 * Every transaction takes SQLite's write lock when it begins, as BEGIN IMMEDIATE would (the
 * adapter runs a plain BEGIN). A plain BEGIN reads from a snapshot and upgrades to a write at its
 * first write; if another process (`dondoc link` while the bot redeems a code) wrote in between,
 * that upgrade fails at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout can wait out. Taken
 * first, the lock is simply waited for, and the reads that follow see the other process's write.
 */
function writeLockedTransactions(factory: PrismaBetterSQLite3, store: StoreOf): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: SqliteAdapter = await connect();
    // The adapter keeps its better-sqlite3 database as `client` (not in its published type).
    store.connection = (adapter as unknown as { client: SqliteConnection }).client;
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      try {
        await tx.executeRaw(TAKE_WRITE_LOCK);
      } catch (error) {
        // The adapter holds its own mutex until the transaction ends: end it, or the client hangs.
        await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
        await tx.rollback();
        throw error;
      }
      return tx;
    };
    return adapter;
  };
  return factory;
}
