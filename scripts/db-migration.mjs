// Creates a migration for both stores from the current prisma/schema.prisma:
//   npm run db:migration -- <name>
// `prisma migrate dev` does not work with the JavaScript engine, so the SQL is made with
// `prisma migrate diff`: SQLite from its migration history (shadow database in memory),
// PostgreSQL from a snapshot of the twin schema as of its last migration (the PostgreSQL
// migrate commands cannot reach a database: prisma/orm#27403).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}
execFileSync("node", ["scripts/db-twin.mjs"], { stdio: "inherit" });

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dirName = `${stamp}_${name}`;
const prisma = (...args) => execFileSync("npx", ["prisma", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

const sqliteDir = "prisma/migrations";
const sqliteFrom = existsSync(sqliteDir) && readdirSync(sqliteDir).some((d) => /^\d/.test(d))
  ? ["--from-migrations", sqliteDir] : ["--from-empty"];
const sqliteSql = prisma("migrate", "diff", "--config", "prisma/sqlite.config.ts", ...sqliteFrom,
  "--to-schema-datamodel", "prisma/schema.prisma", "--script");

const pgDir = "prisma/postgres/migrations";
const snapshot = `${pgDir}/schema.snapshot.prisma`;
const pgFrom = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const pgSql = prisma("migrate", "diff", "--config", "prisma/postgres.config.ts", ...pgFrom,
  "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script");

for (const [dir, sql] of [[sqliteDir, sqliteSql], [pgDir, pgSql]]) {
  mkdirSync(`${dir}/${dirName}`, { recursive: true });
  writeFileSync(`${dir}/${dirName}/migration.sql`, sql);
  writeFileSync(`${dir}/migration_lock.toml`, `provider = "${dir === sqliteDir ? "sqlite" : "postgresql"}"\n`);
}
copyFileSync("prisma/postgres/schema.prisma", snapshot);
console.log(`created ${sqliteDir}/${dirName} and ${pgDir}/${dirName}`);
