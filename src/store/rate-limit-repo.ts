// Sending rates shared by every process (the store holds them): a generic cell rate algorithm per
// key — a bot, a chat. A key allows `burst` messages at once, then one every `intervalMs`. A
// message is allowed only when all its keys allow it, and then counts against all of them, in one
// transaction; conditional updates make two processes wait for each other instead of both passing.
import type { Db } from "./client.js";

export interface RateKey {
  key: string;
  intervalMs: number;
  burst: number;
}

/**
 * 0 when the message may go now (and is counted); otherwise how long to wait before asking again.
 * No transaction: each statement is atomic on its own, and a refusal must never roll anything back
 * (on SQLite a rollback would also undo what other code wrote meanwhile on the same connection).
 * Keys are tried in order, the narrowest first; when a later key refuses, the earlier ones have
 * counted a message that did not go — a little waiting more, never a limit passed.
 */
export async function acquireRate(db: Db, keys: RateKey[], now: number): Promise<number> {
  for (const k of keys) {
    const slack = (k.burst - 1) * k.intervalMs;
    // The usual case, a key seen before: one statement counts the message if the key allows it.
    const updated = await db.$executeRaw`
      UPDATE "RateLimit" SET "tat" = (CASE WHEN "tat" > ${now} THEN "tat" ELSE ${now} END) + ${k.intervalMs}
      WHERE "key" = ${k.key} AND (CASE WHEN "tat" > ${now} THEN "tat" ELSE ${now} END) - ${slack} <= ${now}`;
    if (updated > 0) continue;
    // A key never seen allows its first message: the row is created already counting it.
    const inserted = await db.$executeRaw`
      INSERT INTO "RateLimit" ("key", "tat") VALUES (${k.key}, ${now + k.intervalMs}) ON CONFLICT ("key") DO NOTHING`;
    if (inserted > 0) continue;
    // Refused (or another process created the key just now: asking again in a moment settles it).
    const [row] = await db.$queryRaw<{ tat: number }[]>`SELECT "tat" FROM "RateLimit" WHERE "key" = ${k.key}`;
    return Math.max(1, Math.ceil(Number(row?.tat ?? now) - slack - now));
  }
  return 0;
}

/** Holds every message on this key until `until` (epoch ms): what a 429's retry_after asks of the whole bot. */
export async function holdRate(db: Db, key: RateKey, until: number): Promise<void> {
  const tat = until + (key.burst - 1) * key.intervalMs;
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("key", "tat") VALUES (${key.key}, ${tat})
    ON CONFLICT ("key") DO UPDATE SET "tat" = (CASE WHEN "RateLimit"."tat" > ${tat} THEN "RateLimit"."tat" ELSE ${tat} END)`;
}
