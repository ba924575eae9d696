// How long a message is still worth sending: a message is retried with backoff for as long as it
// is, whatever the number of attempts — a reminder until the end of its day, an answer for hours,
// the monthly report for days — then given up.
import { endOfDay } from "../core/calendar/zone.js";
import type { Payload } from "./payload.js";

const HOUR = 3600_000;

export const WORTH_MS = {
  reply: 6 * HOUR,
  notice: 12 * HOUR,
  report: 3 * 24 * HOUR,
} as const;

export function worthUntil(kind: string, payload: Payload, createdAt: Date, zone: string): Date {
  if (payload.type === "reminder") return endOfDay(payload.day, zone);
  const ms = kind === "report" ? WORTH_MS.report : kind === "notice" ? WORTH_MS.notice : WORTH_MS.reply;
  return new Date(createdAt.getTime() + ms);
}
