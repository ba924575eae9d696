// PostgreSQL for tests: the server at 127.0.0.1:5432 (CI machines run it). Each suite gets a
// database of its own, created here and dropped after. Without a server the PostgreSQL cases
// are skipped with a loud message — except in CI, where that is a failure.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export function postgresAvailable(): boolean {
  return inject("postgres");
}

export async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function urlFor(database: string): string {
  const u = new URL(POSTGRES_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `dondoc_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: urlFor(name),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
