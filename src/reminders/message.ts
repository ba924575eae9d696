// A reminder as sent: the recipient's own tasks (before the deadline, overdue), then the
// agency's long-overdue tasks for its head, each with a "✅ Đã hoàn thành" button.
import { formatViDate } from "../core/calendar/local-date.js";
import type { WorkCalendar } from "../core/calendar/working-days.js";
import type { ReminderKind } from "../core/reminders/policy.js";
import type { Translate } from "../i18n/i18n.js";
import type { Button, OutgoingMessage } from "../channels/channel.js";
import { type TaskForText, taskLines } from "../messages/task-line.js";

export interface ReminderEntry {
  task: TaskForText & { agencyName: string };
  kind: ReminderKind;
}

export function doneButton(task: { id: number; code: string }, tr: Translate): Button {
  return { label: tr("bot-button-done", { code: task.code }), data: `done:${task.id}` };
}

/** A chat message stays readable on a phone: the rest is one line away (/nhiemvu). */
export const MAX_LISTED = 15;

function section(
  lines: string[],
  title: string,
  entries: ReminderEntry[],
  more: (n: number) => string,
  line: (e: ReminderEntry) => string[],
): void {
  if (!entries.length) return;
  lines.push("", title);
  for (const e of entries.slice(0, MAX_LISTED)) lines.push(...line(e));
  if (entries.length > MAX_LISTED) lines.push(more(entries.length - MAX_LISTED));
}

export function renderReminder(
  entries: ReminderEntry[],
  day: string,
  now: Date,
  zone: string,
  calendar: WorkCalendar,
  tr: Translate,
  numbered = false,
): OutgoingMessage {
  const own = entries.filter((e) => e.kind !== "escalation");
  const escalated = entries.filter((e) => e.kind === "escalation");
  const lines: string[] = [tr("bot-reminder-title", { date: formatViDate(day) })];
  const overdue = own.filter((e) => e.kind === "overdue");
  const upcoming = own.filter((e) => e.kind === "before");
  const line = (e: ReminderEntry) => taskLines(e.task, now, zone, calendar, tr);
  const more = (n: number) => tr("bot-reminder-more", { count: n });
  section(lines, tr("bot-reminder-overdue", { count: overdue.length }), overdue, more, line);
  section(lines, tr("bot-reminder-upcoming", { count: upcoming.length }), upcoming, more, line);
  if (escalated.length)
    section(lines, tr("bot-reminder-escalated", { count: escalated.length, agency: escalated[0]!.task.agencyName }), escalated, more, line);
  // Buttons in the order the tasks are shown: overdue first.
  const shown = [...overdue.slice(0, MAX_LISTED), ...upcoming.slice(0, MAX_LISTED)];
  // Where the channel shows numbers instead of buttons (Zalo, the console), the hint says so.
  if (shown.length) lines.push("", tr(numbered ? "bot-reminder-how-numbered" : "bot-reminder-how", { code: shown[0]!.task.code }));
  return { text: lines.join("\n"), buttons: shown.map((e) => [doneButton(e.task, tr)]) };
}
