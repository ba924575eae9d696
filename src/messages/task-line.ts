// One task as people read it in chat: code and document, summary, deadline and where it stands.
import { formatViDate } from "../core/calendar/local-date.js";
import type { WorkCalendar } from "../core/calendar/working-days.js";
import { deadlineStatus } from "../core/tasks/deadline.js";
import type { TaskStatus } from "../core/tasks/task.js";
import type { Translate } from "../i18n/i18n.js";

export interface TaskForText {
  id: number;
  code: string;
  documentNumber: string | null;
  summary: string;
  dueDate: string;
  originalDueDate: string;
  status: string;
  reportedAt: Date | null;
  reportedOn: string | null;
}

const MAX_SUMMARY = 300;

export function standing(task: TaskForText, now: Date, zone: string, calendar: WorkCalendar, tr: Translate): string {
  const s = deadlineStatus({ ...task, status: task.status as TaskStatus }, now, zone, calendar);
  switch (s.kind) {
    case "within_deadline":
      return tr("deadline-days-left", { days: s.daysLeft });
    case "overdue":
      return tr("deadline-overdue", { days: s.daysOverdue });
    case "on_time":
      return tr("deadline-on-time");
    case "late":
      return tr("deadline-late", { days: s.daysLate });
    case "cancelled":
      return tr("status-cancelled");
  }
}

export function taskLines(task: TaskForText, now: Date, zone: string, calendar: WorkCalendar, tr: Translate): string[] {
  const summary = task.summary.length > MAX_SUMMARY ? `${task.summary.slice(0, MAX_SUMMARY - 1)}…` : task.summary;
  const due =
    task.dueDate === task.originalDueDate
      ? formatViDate(task.dueDate)
      : `${formatViDate(task.dueDate)} (${tr("task-original-due")} ${formatViDate(task.originalDueDate)})`;
  return [
    `• ${task.code}${task.documentNumber ? ` — ${task.documentNumber}` : ""}`,
    `  ${summary}`,
    `  ${tr("bot-due", { due })} — ${standing(task, now, zone, calendar, tr)}`,
  ];
}
