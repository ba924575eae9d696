// Sending rates shared by every process (the store holds them): a generic cell rate algorithm per
// key — a bot, a chat. A key allows `burst` messages at once, then one every `intervalMs`. A
// message is allowed only when all its keys allow it, and then counts against all of them, in one
// transaction; conditional updates make two processes wait for each other instead of both passing.
import { inTransaction } from "./tx.js";
import type { Db } from "./client.js";

export interface RateKey {
  key: string;
  intervalMs: number;
  burst: number;
}

class Denied extends Error {
  constructor(readonly waitMs: number) {
    super("rate limited");
  }
}

/** 0 when the message may go now (and is counted); otherwise how long to wait before asking again. */
export async function acquireRate(db: Db, keys: RateKey[], now: number): Promise<number> {
  try {
    await inTransaction(db, async (tx) => {
      for (const k of keys) {
        await tx.$executeRaw`INSERT INTO "RateLimit" ("key", "tat") VALUES (${k.key}, ${now}) ON CONFLICT ("key") DO NOTHING`;
        const slack = (k.burst - 1) * k.intervalMs;
        const updated = await tx.$executeRaw`
          UPDATE "RateLimit" SET "tat" = (CASE WHEN "tat" > ${now} THEN "tat" ELSE ${now} END) + ${k.intervalMs}
          WHERE "key" = ${k.key} AND (CASE WHEN "tat" > ${now} THEN "tat" ELSE ${now} END) - ${slack} <= ${now}`;
        if (updated === 0) {
          const [row] = await tx.$queryRaw<{ tat: number }[]>`SELECT "tat" FROM "RateLimit" WHERE "key" = ${k.key}`;
          throw new Denied(Math.max(1, Math.ceil(Number(row?.tat ?? now) - slack - now)));
        }
      }
    });
    return 0;
  } catch (error) {
    if (error instanceof Denied) return error.waitMs;
    throw error;
  }
}

/** Holds every message on this key until `until` (epoch ms): what a 429's retry_after asks of the whole bot. */
export async function holdRate(db: Db, key: RateKey, until: number): Promise<void> {
  const tat = until + (key.burst - 1) * key.intervalMs;
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("key", "tat") VALUES (${key.key}, ${tat})
    ON CONFLICT ("key") DO UPDATE SET "tat" = (CASE WHEN "RateLimit"."tat" > ${tat} THEN "RateLimit"."tat" ELSE ${tat} END)`;
}
