// A reminder as sent: the recipient's own tasks (before the deadline, overdue), then the
// agency's long-overdue tasks for its head, each with a "✅ Đã hoàn thành" button.
import { formatViDate } from "../core/calendar/local-date.js";
import type { WorkCalendar } from "../core/calendar/working-days.js";
import type { ReminderKind } from "../core/reminders/policy.js";
import type { Translate } from "../i18n/i18n.js";
import type { Button, OutgoingMessage } from "../channels/channel.js";
import { type TaskForText, taskLines } from "./task-line.js";

export interface ReminderEntry {
  task: TaskForText & { agencyName: string };
  kind: ReminderKind;
}

export function doneButton(task: { id: number; code: string }, tr: Translate): Button {
  return { label: tr("bot-button-done", { code: task.code }), data: `done:${task.id}` };
}

export function renderReminder(
  entries: ReminderEntry[],
  day: string,
  now: Date,
  zone: string,
  calendar: WorkCalendar,
  tr: Translate,
): OutgoingMessage {
  const own = entries.filter((e) => e.kind !== "escalation");
  const escalated = entries.filter((e) => e.kind === "escalation");
  const lines: string[] = [tr("bot-reminder-title", { date: formatViDate(day) })];
  const overdue = own.filter((e) => e.kind === "overdue");
  const upcoming = own.filter((e) => e.kind === "before");
  if (overdue.length) {
    lines.push("", tr("bot-reminder-overdue", { count: overdue.length }));
    for (const e of overdue) lines.push(...taskLines(e.task, now, zone, calendar, tr));
  }
  if (upcoming.length) {
    lines.push("", tr("bot-reminder-upcoming", { count: upcoming.length }));
    for (const e of upcoming) lines.push(...taskLines(e.task, now, zone, calendar, tr));
  }
  if (escalated.length) {
    lines.push("", tr("bot-reminder-escalated", { count: escalated.length, agency: escalated[0]!.task.agencyName }));
    for (const e of escalated) lines.push(...taskLines(e.task, now, zone, calendar, tr));
  }
  // Buttons in the order the tasks are shown: overdue first.
  const shown = [...overdue, ...upcoming];
  if (shown.length) lines.push("", tr("bot-reminder-how", { code: shown[0]!.task.code }));
  return { text: lines.join("\n"), buttons: shown.map((e) => [doneButton(e.task, tr)]) };
}
