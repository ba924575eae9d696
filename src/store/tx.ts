// A client or a transaction: repositories take either, so a use case can group several writes.
import type { Prisma } from "../generated/prisma/client.js";
import type { Db } from "./client.js";

export type Tx = Prisma.TransactionClient;

/** SQLite caps bound parameters per statement; PostgreSQL allows more, but chunks keep both fast. */
export const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One interactive transaction with a timeout large enough for a 20,000-row import. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, timeoutMs = 120_000): Promise<T> {
  return db.$transaction(fn, { timeout: timeoutMs, maxWait: 30_000 });
}
