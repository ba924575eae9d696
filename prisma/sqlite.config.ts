// Prisma CLI configuration for the SQLite schema. The JavaScript engine with a driver adapter is
// the only way the CLI works offline (Prisma 6.19): no engine binaries are downloaded.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL?.startsWith("file:") ? process.env.DATABASE_URL : "file:./data/dondoc.db";

// The adapter cannot create the folder of the database file.
mkdirSync(dirname(url.slice("file:".length)), { recursive: true });

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    return new PrismaBetterSQLite3({ url }, { shadowDatabaseUrl: ":memory:" });
  },
});
