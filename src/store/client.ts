// Builds the Prisma client for the configured store. Both generated clients have the same
// models (a test checks the two schemas), so the rest of the code is typed against the SQLite
// one and never knows which store it talks to.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client.js";
import { type StoreKind, sqlitePath, storeKind } from "./database-url.js";

export type Db = PrismaClient;

export interface DbHandle {
  db: Db;
  kind: StoreKind;
}

export function createDb(url: string): DbHandle {
  const kind = storeKind(url);
  if (kind === "sqlite") {
    const path = sqlitePath(url);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    // timeout = SQLite's busy timeout: wait for the other process's write instead of failing.
    const adapter = new PrismaBetterSQLite3({ url: path === ":memory:" ? path : `file:${path}`, timeout: 15_000 });
    return { kind, db: new PrismaClient({ adapter }) };
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return { kind, db: new PgPrismaClient({ adapter }) as unknown as Db };
}
