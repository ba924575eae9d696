// One-time codes that link a chat account to an officer. Random, single-use, expiring; only a
// hash is stored, so a copy of the database gives no working code.
import { createHash, randomInt } from "node:crypto";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { findOfficerByCode } from "../store/contacts-repo.js";
import { UserError } from "./user-error.js";

// No 0/O, 1/I/L: read aloud or typed on a phone without mistakes.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const LINK_CODE_LENGTH = 8;

export function hashLinkCode(code: string): string {
  return createHash("sha256").update(normalizeLinkCode(code)).digest("hex");
}

/** What people type: any case, with spaces or a dash in the middle. */
export function normalizeLinkCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, "");
}

export function looksLikeLinkCode(text: string): boolean {
  const c = normalizeLinkCode(text);
  return c.length === LINK_CODE_LENGTH && [...c].every((ch) => ALPHABET.includes(ch));
}

export interface IssuedCode {
  code: string;
  expiresAt: Date;
  officer: { code: string; fullName: string };
}

export async function issueLinkCode(db: Db, officerCode: string, now: Date, ttlMinutes: number, actor: string): Promise<IssuedCode> {
  const officer = await findOfficerByCode(db, officerCode);
  if (!officer) throw new UserError("error-unknown-officer", { code: officerCode });
  const code = Array.from({ length: LINK_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
  await db.$transaction(async (tx) => {
    const row = await tx.linkCode.create({ data: { officerId: officer.id, codeHash: hashLinkCode(code), expiresAt, createdAt: now } });
    await addAudit(tx, {
      at: now,
      actor,
      channel: "cli",
      action: "link_code.issued",
      entity: "link_code",
      entityId: row.id,
      details: { officer: officer.code },
    });
  });
  return { code, expiresAt, officer: { code: officer.code, fullName: officer.fullName } };
}
