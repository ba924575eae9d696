// Where a task stands against its deadline at an instant. A deadline is a calendar day: a task
// is on time when completion was reported no later than the end of that day (in the zone).
import { type LocalDate, daysBetween } from "../calendar/local-date.js";
import { type WorkCalendar, workingDaysAfter } from "../calendar/working-days.js";
import { localDateOf } from "../calendar/zone.js";
import type { TaskRecord } from "./task.js";

export type DeadlineStatus =
  | { kind: "on_time"; completedOn: LocalDate; daysEarly: number }
  | { kind: "late"; completedOn: LocalDate; daysLate: number }
  | { kind: "within_deadline"; daysLeft: number }
  | { kind: "overdue"; daysOverdue: number; workingDaysOverdue: number }
  | { kind: "cancelled" };

type DeadlineInput = Pick<TaskRecord, "status" | "dueDate" | "reportedAt" | "reportedOn">;

/**
 * The deadline status at `now`. A completion reported after `now` does not count yet, so the
 * same function answers "as of the cut-off" for reports.
 */
export function deadlineStatus(task: DeadlineInput, now: Date, zone: string, calendar: WorkCalendar): DeadlineStatus {
  if (task.status === "cancelled") return { kind: "cancelled" };
  const today = localDateOf(now, zone);
  const completedOn = completionDay(task, now, zone);
  if (completedOn !== undefined) {
    const diff = daysBetween(task.dueDate, completedOn);
    return diff <= 0 ? { kind: "on_time", completedOn, daysEarly: Math.abs(diff) } : { kind: "late", completedOn, daysLate: diff };
  }
  if (today <= task.dueDate) return { kind: "within_deadline", daysLeft: daysBetween(today, task.dueDate) };
  return {
    kind: "overdue",
    daysOverdue: daysBetween(task.dueDate, today),
    workingDaysOverdue: workingDaysAfter(calendar, task.dueDate, today),
  };
}

function completionDay(task: DeadlineInput, now: Date, zone: string): LocalDate | undefined {
  if (task.status !== "reported" && task.status !== "confirmed") return undefined;
  if (task.reportedAt && task.reportedAt.getTime() > now.getTime()) return undefined;
  return task.reportedOn ?? (task.reportedAt ? localDateOf(task.reportedAt, zone) : undefined);
}
