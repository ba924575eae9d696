// The web console's sign-in codes, wrong attempts and sessions. Hashes only: a copy of the
// database signs nobody in.
import type { Db } from "./client.js";

export async function createSignInCode(db: Db, c: { officerId: number; codeHash: string; expiresAt: Date; at: Date }): Promise<number> {
  const row = await db.webSignInCode.create({
    data: { officerId: c.officerId, codeHash: c.codeHash, expiresAt: c.expiresAt, createdAt: c.at },
    select: { id: true },
  });
  return row.id;
}

export function countSignInCodesSince(db: Db, officerId: number, since: Date): Promise<number> {
  return db.webSignInCode.count({ where: { officerId, createdAt: { gte: since } } });
}

/** Uses the officer's newest unexpired, unused code if it matches; true when it did. */
export async function useSignInCode(db: Db, officerId: number, codeHash: string, now: Date): Promise<boolean> {
  const latest = await db.webSignInCode.findFirst({
    where: { officerId, usedAt: null, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
  });
  if (!latest || latest.codeHash !== codeHash) return false;
  const { count } = await db.webSignInCode.updateMany({ where: { id: latest.id, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

export async function recordSignInFailure(db: Db, officerId: number, at: Date): Promise<void> {
  await db.webSignInFailure.create({ data: { officerId, at } });
}

export function countSignInFailuresSince(db: Db, officerId: number, since: Date): Promise<number> {
  return db.webSignInFailure.count({ where: { officerId, at: { gte: since } } });
}

export interface WebSession {
  id: number;
  officerId: number;
  csrf: string;
  expiresAt: Date;
}

export async function createWebSession(
  db: Db,
  s: { tokenHash: string; officerId: number; csrf: string; expiresAt: Date; at: Date },
): Promise<void> {
  await db.webSession.create({
    data: { tokenHash: s.tokenHash, officerId: s.officerId, csrf: s.csrf, expiresAt: s.expiresAt, createdAt: s.at },
  });
}

export async function findWebSession(db: Db, tokenHash: string, now: Date): Promise<WebSession | null> {
  const row = await db.webSession.findUnique({ where: { tokenHash } });
  return row && row.expiresAt > now ? { id: row.id, officerId: row.officerId, csrf: row.csrf, expiresAt: row.expiresAt } : null;
}

export async function endWebSession(db: Db, tokenHash: string): Promise<void> {
  await db.webSession.deleteMany({ where: { tokenHash } });
}
