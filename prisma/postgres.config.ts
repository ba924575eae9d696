// Prisma CLI configuration for the PostgreSQL twin. Only `generate` and `migrate diff` are used
// with it: Prisma's migrate commands fail against PostgreSQL with the JavaScript engine
// (prisma/orm#27403), so the application applies these migrations itself (src/store/migrate.ts).
// `migrate diff` still opens a connection, so a PostgreSQL server must be reachable.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "postgres/schema.prisma",
  migrations: { path: "postgres/migrations" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://postgres@127.0.0.1:5432/test" });
  },
});
