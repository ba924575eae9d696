// One-time link codes (only their hash is kept) and the chat accounts they link.
import type { Officer } from "../core/contacts/people.js";
import type { Tx } from "./tx.js";

export function createLinkCode(tx: Tx, c: { officerId: number; codeHash: string; expiresAt: Date; at: Date }): Promise<{ id: number }> {
  return tx.linkCode.create({ data: { officerId: c.officerId, codeHash: c.codeHash, expiresAt: c.expiresAt, createdAt: c.at } });
}

export function findLinkCode(
  tx: Tx,
  codeHash: string,
): Promise<{ id: number; officerId: number; usedAt: Date | null; expiresAt: Date; officer: Officer } | null> {
  return tx.linkCode.findUnique({ where: { codeHash }, include: { officer: true } });
}

/** Marks the code used unless someone used it first; false then. */
export async function useLinkCode(tx: Tx, id: number, at: Date): Promise<boolean> {
  const { count } = await tx.linkCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
  return count === 1;
}

/** Refused attempts from one chat since `since`: guessing is limited per chat. */
export function countRefusedLinkAttempts(tx: Tx, chatKey: string, since: Date): Promise<number> {
  return tx.auditEntry.count({ where: { action: "link_code.refused", entity: "chat_account", entityId: chatKey, at: { gt: since } } });
}

/** Links the chat to the officer, replacing whoever it was linked to; returns the account and the previous officer. */
export async function linkChat(
  tx: Tx,
  l: { officerId: number; channel: string; chatId: string; userId: string; at: Date },
): Promise<{ id: number; previousOfficerId: number | undefined; relinked: boolean }> {
  const key = { channel_chatId: { channel: l.channel, chatId: l.chatId } };
  const existing = await tx.chatAccount.findUnique({ where: key });
  const account = await tx.chatAccount.upsert({
    where: key,
    create: { officerId: l.officerId, channel: l.channel, chatId: l.chatId, userId: l.userId, linkedAt: l.at },
    update: { officerId: l.officerId, userId: l.userId, status: "active", unreachableReason: null, failureCount: 0, linkedAt: l.at },
  });
  return { id: account.id, previousOfficerId: existing?.officerId, relinked: Boolean(existing) };
}
