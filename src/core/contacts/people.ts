// People as the core sees them: plain data, and the one place that says what each role may do.
import type { TaskRecord } from "../tasks/task.js";

export const ROLES = ["officer", "agency_head", "leader", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Agency {
  id: number;
  code: string;
  name: string;
}

export interface Officer {
  id: number;
  code: string;
  fullName: string;
  title: string | null;
  agencyId: number;
  role: string;
  language: string;
  preferredChannel: string | null;
  receivesReport: boolean;
  active: boolean;
}

export interface ChatAccount {
  id: number;
  officerId: number;
  channel: string;
  chatId: string;
  userId: string;
  status: string;
}

/** An officer with their agency and linked chats, as lists and look-ups by code show them. */
export interface OfficerWithChats extends Officer {
  agency: Agency;
  chatAccounts: ChatAccount[];
}

/** A linked chat and the person behind it: who is speaking in a private chat. */
export interface ChatAccountOfOfficer extends ChatAccount {
  officer: Officer & { agency: Agency };
}

/** Where a message is sent: a chat on a channel. */
export interface ChatAddress {
  channel: string;
  chatId: string;
}

export interface ChatGroup extends ChatAddress {
  id: number;
  title: string | null;
  kind: string;
}

type WithRole = { role: string } | null | undefined;

export function isAdmin(person: WithRole): boolean {
  return person?.role === "admin";
}

/** Leaders of the committee, and admins, who may do whatever a leader may. */
export function isLeader(person: WithRole): boolean {
  return person?.role === "leader" || person?.role === "admin";
}

/**
 * Who may report on or ask about a task: its officer; the agency head when it has none; an admin
 * always. Anyone else is refused (and the attempt audited by the caller).
 */
export function mayAct(who: Pick<Officer, "id" | "role" | "agencyId">, task: Pick<TaskRecord, "officerId" | "leadAgencyId">): boolean {
  if (isAdmin(who)) return true;
  if (task.officerId !== null) return task.officerId === who.id;
  return who.role === "agency_head" && who.agencyId === task.leadAgencyId;
}

/**
 * Where a person's messages go: the chat on their preferred channel, else the one linked last.
 * `active` holds their reachable chats, newest link first. One chat, never all of them.
 */
export function pickDeliveryAccount<A extends { channel: string }>(preferredChannel: string | null, active: A[]): A | undefined {
  // A console chat (made by /la when trying the bot) is the last choice: under Telegram or Zalo
  // the console is not running, and a reminder queued for it would wait for ever.
  return active.find((a) => a.channel === preferredChannel) ?? active.find((a) => a.channel !== "console") ?? active[0];
}
