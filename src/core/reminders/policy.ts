// Which deadlines are owed a reminder on a sweep day. Pure: the day, the calendar and the policy
// in; deadline windows out, which the store turns into one set-based query. Who hears of a task:
// its officer, or the heads of its lead agency when it has none; heads also hear of their
// agency's tasks overdue long enough (escalation). The store enforces that each goes out once.
import { type LocalDate, addDays, daysBetween } from "../calendar/local-date.js";
import type { WorkCalendar } from "../calendar/working-days.js";

export interface ReminderPolicy {
  /** Calendar days before the deadline to remind, e.g. [3, 1, 0] (0 = on the day). */
  daysBefore: number[];
  /** Working days overdue after which the agency head hears of the task. */
  escalateAfterWorkingDays: number;
}

export type ReminderKind = "before" | "overdue" | "escalation";

export interface ReminderItem {
  taskId: number;
  kind: ReminderKind;
  recipientId: number;
}

/** An inclusive range of deadlines. */
export interface DeadlineRange {
  from: LocalDate;
  to: LocalDate;
}

/**
 * What tasks are owed on a sweep day, by deadline alone — so the store can select them in one
 * set-based query instead of judging each task: every open task due before `day` is overdue; a
 * task due within one of `before` gets its "before" reminder; one due on or before
 * `escalateThrough` is also told to its agency's head.
 */
export interface OwedWindows {
  day: LocalDate;
  before: DeadlineRange[];
  escalateThrough: LocalDate;
}

export interface WindowsInput {
  /** The sweep day (a working day). */
  day: LocalDate;
  /** The last day a sweep ran before this one: "before" reminders whose day fell since then are caught up. */
  previousSweepDay: LocalDate;
  calendar: WorkCalendar;
  policy: ReminderPolicy;
}

/** The day before `day` on which a sweep would have run (the previous working day). */
export function previousWorkingDay(calendar: WorkCalendar, day: LocalDate): LocalDate {
  let d = addDays(day, -1);
  for (let i = 0; i < 60 && !calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}

export function owedWindows({ day, previousSweepDay, calendar, policy }: WindowsInput): OwedWindows {
  // A reminder "n days before" whose day fell since the last sweep (a weekend, a holiday) is sent
  // today: its deadline d has d − n in (previousSweepDay, day], and d is not past.
  const ranges = [...new Set(policy.daysBefore)]
    .map((n) => ({ from: maxDate(addDays(previousSweepDay, n + 1), day), to: addDays(day, n) }))
    .filter((r) => r.from <= r.to)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  const before: DeadlineRange[] = [];
  for (const r of ranges) {
    const last = before.at(-1);
    if (last && addDays(last.to, 1) >= r.from) last.to = maxDate(last.to, r.to);
    else before.push({ ...r });
  }
  return { day, before, escalateThrough: escalationCutoff(calendar, day, policy.escalateAfterWorkingDays) };
}

/**
 * The latest deadline overdue by at least `workingDays` working days on `day`: walking back from
 * `day`, the day before the one where that many working days have been counted. The count only
 * grows as the deadline moves back, so every earlier deadline escalates too.
 */
function escalationCutoff(calendar: WorkCalendar, day: LocalDate, workingDays: number): LocalDate {
  let d = day;
  // Bounded: a calendar of holidays without end must not hang the sweep.
  for (let counted = 0, i = 0; counted < workingDays && i < 3660; i++, d = addDays(d, -1)) if (calendar.isWorkingDay(d)) counted++;
  return minDate(d, addDays(day, -1));
}

/** What a task due on `dueDate` is owed under `windows` (the store's query says the same in SQL). */
export function owedOn(windows: OwedWindows, dueDate: LocalDate): { before: boolean; overdue: boolean; escalate: boolean } {
  return {
    before: windows.before.some((r) => dueDate >= r.from && dueDate <= r.to),
    overdue: dueDate < windows.day,
    escalate: dueDate <= windows.escalateThrough,
  };
}

const maxDate = (a: LocalDate, b: LocalDate) => (a > b ? a : b);
const minDate = (a: LocalDate, b: LocalDate) => (a < b ? a : b);

/**
 * Whether a reminder planned for `day` still has something to say about a task due on `dueDate`:
 * a "before" reminder of a task re-dated beyond the policy's reach, or an overdue one of a task
 * whose deadline was extended, is left out when the message is sent.
 */
export function stillApplies(kind: ReminderKind, dueDate: LocalDate, day: LocalDate, policy: ReminderPolicy): boolean {
  const left = daysBetween(day, dueDate);
  return kind === "before" ? left >= 0 && left <= Math.max(...policy.daysBefore) : left < 0;
}
