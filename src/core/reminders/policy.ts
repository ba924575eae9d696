// Who gets reminded of what on a sweep day. Pure: tasks, the day, the calendar and the policy
// in; reminder items per recipient out. The store enforces that each item goes out once.
import { type LocalDate, addDays, daysBetween } from "../calendar/local-date.js";
import { type WorkCalendar, workingDaysAfter } from "../calendar/working-days.js";

export interface ReminderPolicy {
  /** Calendar days before the deadline to remind, e.g. [3, 1, 0] (0 = on the day). */
  daysBefore: number[];
  /** Working days overdue after which the agency head hears of the task. */
  escalateAfterWorkingDays: number;
}

export type ReminderKind = "before" | "overdue" | "escalation";

export interface PlannableTask {
  id: number;
  dueDate: LocalDate;
  officerId: number | null;
  leadAgencyId: number;
}

export interface ReminderItem {
  taskId: number;
  kind: ReminderKind;
  recipientId: number;
}

export interface PlanInput {
  tasks: PlannableTask[];
  /** The sweep day (a working day). */
  day: LocalDate;
  /** The last day a sweep ran before this one: "before" reminders whose day fell since then are caught up. */
  previousSweepDay: LocalDate;
  calendar: WorkCalendar;
  policy: ReminderPolicy;
  /** Heads of each agency: responsible when a task has no officer, and told of escalations. */
  agencyHeads: Map<number, number[]>;
}

/** The day before `day` on which a sweep would have run (the previous working day). */
export function previousWorkingDay(calendar: WorkCalendar, day: LocalDate): LocalDate {
  let d = addDays(day, -1);
  for (let i = 0; i < 60 && !calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}

/** How far ahead a sweep must look: the largest "before" plus the longest run of days off. */
export function lookahead(policy: ReminderPolicy): number {
  return Math.max(0, ...policy.daysBefore) + 1;
}

export function planReminders(input: PlanInput): ReminderItem[] {
  const { day, previousSweepDay, calendar, policy } = input;
  const items: ReminderItem[] = [];
  // What a task is owed depends only on its deadline: worked out once per deadline, not per task
  // (a province's tasks share a few hundred deadlines; a sweep reads a hundred thousand tasks).
  const byDeadline = new Map<LocalDate, { before: boolean; overdue: boolean; escalate: boolean }>();
  const owed = (dueDate: LocalDate) => {
    let o = byDeadline.get(dueDate);
    if (!o) {
      const daysLeft = daysBetween(day, dueDate);
      o =
        daysLeft >= 0
          ? {
              // A reminder day that fell on a weekend or holiday since the last sweep is sent today.
              before: policy.daysBefore.some((n) => {
                const target = addDays(dueDate, -n);
                return target > previousSweepDay && target <= day;
              }),
              overdue: false,
              escalate: false,
            }
          : { before: false, overdue: true, escalate: workingDaysAfter(calendar, dueDate, day) >= policy.escalateAfterWorkingDays };
      byDeadline.set(dueDate, o);
    }
    return o;
  };
  for (const task of input.tasks) {
    const responsible = task.officerId !== null ? [task.officerId] : (input.agencyHeads.get(task.leadAgencyId) ?? []);
    const o = owed(task.dueDate);
    if (o.before) for (const r of responsible) items.push({ taskId: task.id, kind: "before", recipientId: r });
    if (!o.overdue) continue;
    for (const r of responsible) items.push({ taskId: task.id, kind: "overdue", recipientId: r });
    if (o.escalate) {
      for (const head of input.agencyHeads.get(task.leadAgencyId) ?? []) {
        if (!responsible.includes(head)) items.push({ taskId: task.id, kind: "escalation", recipientId: head });
      }
    }
  }
  return items;
}

/**
 * Groups items per recipient: one message per person per sweep. Given `out`, adds to the groups
 * already there (a sweep that reads the tasks a page at a time).
 */
export function byRecipient(items: ReminderItem[], out = new Map<number, ReminderItem[]>()): Map<number, ReminderItem[]> {
  for (const item of items) {
    const list = out.get(item.recipientId);
    if (list) list.push(item);
    else out.set(item.recipientId, [item]);
  }
  return out;
}

/**
 * Whether a reminder planned for `day` still has something to say about a task due on `dueDate`:
 * a "before" reminder of a task re-dated beyond the policy's reach, or an overdue one of a task
 * whose deadline was extended, is left out when the message is sent.
 */
export function stillApplies(kind: ReminderKind, dueDate: LocalDate, day: LocalDate, policy: ReminderPolicy): boolean {
  const left = daysBetween(day, dueDate);
  return kind === "before" ? left >= 0 && left <= Math.max(...policy.daysBefore) : left < 0;
}
