// Creates a migration for both stores from the current prisma/schema.prisma:
//   npm run db:migration -- <name>
// `prisma migrate dev` does not work with the JavaScript engine, so the SQL is made with
// `prisma migrate diff` from a snapshot of each schema as of its last migration to the schema
// now. (Diffing from the migration history needs a shadow database, which fails in Prisma
// 6.19's WASM schema engine for SQLite and cannot connect for PostgreSQL: prisma/orm#27403.)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}
execFileSync("node", ["scripts/db-twin.mjs"], { stdio: "inherit" });

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dirName = `${stamp}_${name}`;
const prisma = (...args) => execFileSync("npx", ["prisma", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

const stores = [
  { provider: "sqlite", config: "prisma/sqlite.config.ts", schema: "prisma/schema.prisma", dir: "prisma/migrations" },
  { provider: "postgresql", config: "prisma/postgres.config.ts", schema: "prisma/postgres/schema.prisma", dir: "prisma/postgres/migrations" },
];
const made = stores.map((s) => {
  const snapshot = `${s.dir}/schema.snapshot.prisma`;
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = prisma("migrate", "diff", "--config", s.config, ...from, "--to-schema-datamodel", s.schema, "--script");
  return { ...s, snapshot, sql };
});
if (made.some((m) => !/CREATE|ALTER|DROP/.test(m.sql))) {
  console.error("the schema has not changed since the last migration: nothing to do");
  process.exit(1);
}
for (const m of made) {
  mkdirSync(`${m.dir}/${dirName}`, { recursive: true });
  writeFileSync(`${m.dir}/${dirName}/migration.sql`, m.sql);
  writeFileSync(`${m.dir}/migration_lock.toml`, `provider = "${m.provider}"\n`);
  copyFileSync(m.schema, m.snapshot);
}
console.log(`created ${made.map((m) => `${m.dir}/${dirName}`).join(" and ")}`);
