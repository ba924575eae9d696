// Chat accounts, groups, handled updates and open questions (numbered choices).
import type { Tx } from "./tx.js";
import { isUniqueViolation } from "./unique.js";

export function findAccount(tx: Tx, channel: string, chatId: string) {
  return tx.chatAccount.findUnique({ where: { channel_chatId: { channel, chatId } }, include: { officer: { include: { agency: true } } } });
}

/**
 * Where a person's messages go: the chat on their preferred channel, else the one linked last.
 * `active` holds their reachable chats, newest link first. One chat, never all of them.
 */
export function pickDeliveryAccount<A extends { channel: string }>(preferredChannel: string | null, active: A[]): A | undefined {
  return active.find((a) => a.channel === preferredChannel) ?? active[0];
}

/** Reachable chats, newest link first: what pickDeliveryAccount chooses from. */
export const activeChats = { where: { status: "active" }, orderBy: { linkedAt: "desc" } } as const;

export async function deliveryAccount(tx: Tx, officerId: number) {
  const officer = await tx.officer.findUnique({
    where: { id: officerId },
    include: { chatAccounts: activeChats },
  });
  return officer ? pickDeliveryAccount(officer.preferredChannel, officer.chatAccounts) : undefined;
}

export async function deliveryAccounts(tx: Tx, officerIds: number[]) {
  const out = new Map<number, { channel: string; chatId: string }>();
  for (let i = 0; i < officerIds.length; i += 500) {
    const officers = await tx.officer.findMany({
      where: { id: { in: officerIds.slice(i, i + 500) } },
      select: {
        id: true,
        preferredChannel: true,
        chatAccounts: { ...activeChats, select: { channel: true, chatId: true } },
      },
    });
    for (const o of officers) {
      const account = pickDeliveryAccount(o.preferredChannel, o.chatAccounts);
      if (account) out.set(o.id, account);
    }
  }
  return out;
}

export function markUnreachable(tx: Tx, channel: string, chatId: string, reason: string) {
  return tx.chatAccount.updateMany({
    where: { channel, chatId },
    data: { status: "unreachable", unreachableReason: reason, failureCount: { increment: 1 } },
  });
}

/** A person who writes to the bot is reachable again. */
export function markReachable(tx: Tx, id: number) {
  return tx.chatAccount.update({ where: { id }, data: { status: "active", unreachableReason: null, failureCount: 0 } });
}

/** True the first time an update is seen; false for a duplicate delivery. */
export async function firstDelivery(tx: Tx, channel: string, updateKey: string, at: Date): Promise<boolean> {
  try {
    await tx.processedUpdate.create({ data: { channel, updateKey, receivedAt: at } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function saveChoice(
  tx: Tx,
  c: { channel: string; chatId: string; officerId: number; action: string; data: unknown; at: Date; ttlMs: number },
) {
  return tx.pendingChoice.create({
    data: {
      channel: c.channel,
      chatId: c.chatId,
      officerId: c.officerId,
      action: c.action,
      data: JSON.stringify(c.data),
      createdAt: c.at,
      expiresAt: new Date(c.at.getTime() + c.ttlMs),
    },
  });
}

export async function findChoice(tx: Tx, id: number, now: Date) {
  const row = await tx.pendingChoice.findUnique({ where: { id } });
  return row && row.expiresAt > now ? { ...row, data: JSON.parse(row.data) as unknown } : undefined;
}

/** The newest unexpired numbered list shown in a chat. */
export async function latestChoice(tx: Tx, channel: string, chatId: string, now: Date) {
  const row = await tx.pendingChoice.findFirst({
    where: { channel, chatId, action: "numbered", expiresAt: { gt: now } },
    orderBy: { id: "desc" },
  });
  return row ? { ...row, data: JSON.parse(row.data) as unknown } : undefined;
}

export function adminsWithChats(tx: Tx) {
  return tx.officer.findMany({ where: { role: "admin", active: true }, include: { chatAccounts: { where: { status: "active" } } } });
}

/** The newest unexpired question ("which task?") asked of this chat. */
export async function latestQuestion(tx: Tx, channel: string, chatId: string, now: Date) {
  const row = await tx.pendingChoice.findFirst({
    where: { channel, chatId, action: { in: ["complete", "extension"] }, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
  });
  return row ? { ...row, data: JSON.parse(row.data) as { taskIds: number[] } } : undefined;
}
