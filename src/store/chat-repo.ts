// Chat accounts, groups, handled updates and open questions (numbered choices).
import {
  type ChatAccount,
  type ChatAccountOfOfficer,
  type ChatAddress,
  type ChatGroup,
  pickDeliveryAccount,
} from "../core/contacts/people.js";
import { addAudit } from "./audit-repo.js";
import type { Tx } from "./tx.js";
import { isUniqueViolation } from "./unique.js";

export function findAccount(tx: Tx, channel: string, chatId: string): Promise<ChatAccountOfOfficer | null> {
  return tx.chatAccount.findUnique({ where: { channel_chatId: { channel, chatId } }, include: { officer: { include: { agency: true } } } });
}

/** Links a chat to an officer (the console's own chats), audited; nothing when it is linked already. */
export async function linkChatAccount(
  tx: Tx,
  link: { officerId: number; officerCode: string; channel: string; chatId: string; userId: string; at: Date },
): Promise<void> {
  const existing = await tx.chatAccount.findUnique({ where: { channel_chatId: { channel: link.channel, chatId: link.chatId } } });
  if (existing) return;
  const account = await tx.chatAccount.create({
    data: { officerId: link.officerId, channel: link.channel, chatId: link.chatId, userId: link.userId, linkedAt: link.at },
  });
  await addAudit(tx, {
    at: link.at,
    actor: link.officerCode,
    channel: link.channel,
    action: "chat_account.linked",
    entity: "chat_account",
    entityId: account.id,
  });
}

/** The channels on which an officer can be reached now. */
export async function activeChannelsOf(tx: Tx, officerId: number): Promise<string[]> {
  const rows = await tx.chatAccount.findMany({ where: { officerId, status: "active" }, select: { channel: true } });
  return [...new Set(rows.map((a) => a.channel))];
}

export function findGroup(tx: Tx, channel: string, chatId: string): Promise<ChatGroup | null> {
  return tx.chatGroup.findUnique({ where: { channel_chatId: { channel, chatId } } });
}

/** Makes a group a leadership group, audited. */
export async function registerLeadershipGroup(
  tx: Tx,
  g: ChatAddress & { title: string | null; byOfficerId: number; byCode: string; at: Date },
): Promise<void> {
  const group = await tx.chatGroup.create({
    data: { channel: g.channel, chatId: g.chatId, title: g.title, kind: "leadership", registeredById: g.byOfficerId },
  });
  await addAudit(tx, { at: g.at, actor: g.byCode, channel: g.channel, action: "group.registered", entity: "group", entityId: group.id });
}

/** Every group the bot knows, as "channel:chatId": their messages are paced as groups'. */
export async function groupChatKeys(tx: Tx): Promise<Set<string>> {
  const rows = await tx.chatGroup.findMany({ select: { channel: true, chatId: true } });
  return new Set(rows.map((g) => `${g.channel}:${g.chatId}`));
}

/** Chats that stopped receiving (blocked the bot, deleted, left). */
export function countUnreachableChats(tx: Tx): Promise<number> {
  return tx.chatAccount.count({ where: { status: "unreachable" } });
}

export function leadershipGroups(tx: Tx): Promise<ChatGroup[]> {
  return tx.chatGroup.findMany({ where: { kind: "leadership" } });
}

/** Leaders who asked for the monthly report in private, with the chat it goes to. */
export async function privateReportReaders(tx: Tx): Promise<{ officerId: number; language: string; account: ChatAddress }[]> {
  const leaders = await tx.officer.findMany({ where: { receivesReport: true, active: true }, include: { chatAccounts: activeChats } });
  return leaders.flatMap((o) => {
    const a = pickDeliveryAccount(o.preferredChannel, o.chatAccounts);
    return a ? [{ officerId: o.id, language: o.language, account: { channel: a.channel, chatId: a.chatId } }] : [];
  });
}

/** A person's name and code, or a group's title: who a message was for, as admins read it. */
export async function describeRecipient(tx: Tx, to: ChatAddress & { officerId: number | null }): Promise<string> {
  const officer =
    to.officerId !== null
      ? await tx.officer.findUnique({ where: { id: to.officerId } })
      : (await findAccount(tx, to.channel, to.chatId))?.officer;
  if (officer) return `${officer.fullName} (${officer.code})`;
  const group = await findGroup(tx, to.channel, to.chatId);
  return group?.title ?? to.channel;
}

/** Reachable chats, newest link first: what pickDeliveryAccount chooses from. */
export const activeChats = { where: { status: "active" }, orderBy: { linkedAt: "desc" } } as const;

export async function deliveryAccount(tx: Tx, officerId: number): Promise<ChatAccount | undefined> {
  const officer = await tx.officer.findUnique({
    where: { id: officerId },
    include: { chatAccounts: activeChats },
  });
  return officer ? pickDeliveryAccount(officer.preferredChannel, officer.chatAccounts) : undefined;
}

export async function markUnreachable(tx: Tx, channel: string, chatId: string, reason: string): Promise<void> {
  await tx.chatAccount.updateMany({
    where: { channel, chatId },
    data: { status: "unreachable", unreachableReason: reason, failureCount: { increment: 1 } },
  });
}

/** A person who writes to the bot is reachable again. */
export async function markReachable(tx: Tx, id: number): Promise<void> {
  await tx.chatAccount.update({ where: { id }, data: { status: "active", unreachableReason: null, failureCount: 0 } });
}

/** Forgets handled updates older than `before`: platforms do not redeliver after a few days. */
export async function pruneProcessedUpdates(tx: Tx, before: Date): Promise<number> {
  const { count } = await tx.processedUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
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

/** A question or numbered list shown in a chat, waiting for its answer until it expires. */
export interface PendingChoice<D = unknown> {
  id: number;
  channel: string;
  chatId: string;
  officerId: number;
  /** numbered | complete | extension */
  action: string;
  data: D;
  createdAt: Date;
  expiresAt: Date;
}

export async function saveChoice(
  tx: Tx,
  c: { channel: string; chatId: string; officerId: number; action: string; data: unknown; at: Date; ttlMs: number },
): Promise<{ id: number }> {
  return tx.pendingChoice.create({
    select: { id: true },
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

export async function findChoice(tx: Tx, id: number, now: Date): Promise<PendingChoice | undefined> {
  const row = await tx.pendingChoice.findUnique({ where: { id } });
  return row && row.expiresAt > now ? { ...row, data: JSON.parse(row.data) as unknown } : undefined;
}

/** An answered question: it cannot be answered again. */
export async function closeChoice(tx: Tx, id: number, now: Date): Promise<void> {
  await tx.pendingChoice.updateMany({ where: { id, expiresAt: { gt: now } }, data: { expiresAt: now } });
}

/** The unexpired choices of one kind offered in a chat, newest first. */
export async function openChoices<D>(
  tx: Tx,
  channel: string,
  chatId: string,
  action: string | string[],
  now: Date,
): Promise<PendingChoice<D>[]> {
  const rows = await tx.pendingChoice.findMany({
    where: { channel, chatId, action: typeof action === "string" ? action : { in: action }, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
  });
  return rows.map((row) => ({ ...row, data: JSON.parse(row.data) as D }));
}

export function adminsWithChats(tx: Tx): Promise<{ id: number; language: string; chatAccounts: ChatAccount[] }[]> {
  return tx.officer.findMany({ where: { role: "admin", active: true }, include: { chatAccounts: { where: { status: "active" } } } });
}

/** The newest unexpired question ("which task?") asked of this chat. */
export async function latestQuestion(
  tx: Tx,
  channel: string,
  chatId: string,
  now: Date,
): Promise<PendingChoice<{ taskIds: number[] }> | undefined> {
  const row = await tx.pendingChoice.findFirst({
    where: { channel, chatId, action: { in: ["complete", "extension"] }, expiresAt: { gt: now } },
    orderBy: { id: "desc" },
  });
  return row ? { ...row, data: JSON.parse(row.data) as { taskIds: number[] } } : undefined;
}
