// One-time codes that link a chat account to an officer. Random, single-use, expiring; only a
// hash is stored, so a copy of the database gives no working code.
import { createHash, randomInt } from "node:crypto";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { findOfficerByCode } from "../store/contacts-repo.js";
import { countRefusedLinkAttempts, createLinkCode, findLinkCode, linkChat, useLinkCode } from "../store/link-codes-repo.js";
import { inTransaction } from "../store/tx.js";
import { UserError } from "../i18n/user-error.js";

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
  await inTransaction(db, async (tx) => {
    const row = await createLinkCode(tx, { officerId: officer.id, codeHash: hashLinkCode(code), expiresAt, at: now });
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

export type RedeemResult =
  | { ok: true; officer: { id: number; code: string; fullName: string; language: string; role: string }; relinked: boolean }
  | { ok: false; reason: "invalid" | "expired" | "used" | "too_many_attempts" };

/** Wrong codes a chat may try before it must wait (per window). */
export const MAX_LINK_FAILURES = 5;
export const LINK_FAILURE_WINDOW_MS = 15 * 60_000;

export interface RedeemInput {
  code: string;
  channel: string;
  chatId: string;
  userId: string;
  now: Date;
}

/** Links the chat to the code's officer: once, before it expires, with guessing limited per chat. */
export async function redeemLinkCode(db: Db, input: RedeemInput): Promise<RedeemResult> {
  const chatKey = `${input.channel}:${input.chatId}`;
  return inTransaction(db, async (tx) => {
    const failures = await countRefusedLinkAttempts(tx, chatKey, new Date(input.now.getTime() - LINK_FAILURE_WINDOW_MS));
    if (failures >= MAX_LINK_FAILURES) return { ok: false, reason: "too_many_attempts" } as const;
    const refuse = async (reason: "invalid" | "expired" | "used") => {
      await addAudit(tx, {
        at: input.now,
        actor: chatKey,
        channel: input.channel,
        action: "link_code.refused",
        entity: "chat_account",
        entityId: chatKey,
        details: { reason },
      });
      return { ok: false, reason } as const;
    };
    const row = await findLinkCode(tx, hashLinkCode(input.code));
    if (!row) return refuse("invalid");
    if (row.usedAt) return refuse("used");
    if (row.expiresAt <= input.now) return refuse("expired");
    if (!(await useLinkCode(tx, row.id, input.now))) return refuse("used");
    const account = await linkChat(tx, {
      officerId: row.officerId,
      channel: input.channel,
      chatId: input.chatId,
      userId: input.userId,
      at: input.now,
    });
    await addAudit(tx, {
      at: input.now,
      actor: row.officer.code,
      channel: input.channel,
      action: "chat_account.linked",
      entity: "chat_account",
      entityId: account.id,
      details: {
        officer: row.officer.code,
        ...(account.previousOfficerId !== undefined && account.previousOfficerId !== row.officerId
          ? { previousOfficerId: account.previousOfficerId }
          : {}),
      },
    });
    return { ok: true, officer: row.officer, relinked: account.relinked } as const;
  });
}
