// The life cycle of a task: open → reported (chờ xác nhận) → confirmed, or back to open
// (reopened); cancelled. Each transition is checked here and returns what to store and audit.
import type { LocalDate } from "../calendar/local-date.js";
import { localDateOf } from "../calendar/zone.js";
import type { TaskRecord, TaskStatus } from "./task.js";

export type TransitionRefusal = "already_reported" | "already_confirmed" | "not_reported" | "cancelled" | "not_open";

export type Transition<T> = { ok: true; changes: T; action: string } | { ok: false; reason: TransitionRefusal };

export interface ReportInput {
  at: Date;
  zone: string;
  byOfficerId: number | null;
  via: string;
  note?: string | undefined;
  /** When the deployment does not ask admins to confirm, a report is final at once. */
  autoConfirm?: boolean;
}

export interface ReportChanges {
  status: TaskStatus;
  reportedAt: Date;
  reportedOn: LocalDate;
  reportedById: number | null;
  reportedVia: string;
  reportNote: string | null;
  confirmedAt: Date | null;
  confirmedBy: string | null;
}

export function reportDone(task: Pick<TaskRecord, "status">, input: ReportInput): Transition<ReportChanges> {
  if (task.status === "cancelled") return { ok: false, reason: "cancelled" };
  if (task.status === "reported") return { ok: false, reason: "already_reported" };
  if (task.status === "confirmed") return { ok: false, reason: "already_confirmed" };
  return {
    ok: true,
    action: "task.reported",
    changes: {
      status: input.autoConfirm ? "confirmed" : "reported",
      reportedAt: input.at,
      reportedOn: localDateOf(input.at, input.zone),
      reportedById: input.byOfficerId,
      reportedVia: input.via,
      reportNote: input.note?.trim() || null,
      confirmedAt: input.autoConfirm ? input.at : null,
      confirmedBy: input.autoConfirm ? "auto" : null,
    },
  };
}

export function confirmDone(
  task: Pick<TaskRecord, "status">,
  at: Date,
  by: string,
): Transition<{ status: TaskStatus; confirmedAt: Date; confirmedBy: string }> {
  if (task.status === "confirmed") return { ok: false, reason: "already_confirmed" };
  if (task.status !== "reported") return { ok: false, reason: task.status === "cancelled" ? "cancelled" : "not_reported" };
  return { ok: true, action: "task.confirmed", changes: { status: "confirmed", confirmedAt: at, confirmedBy: by } };
}

/** A task nobody has reported done: what a new task starts as, and what reopening puts back. */
export const NOT_REPORTED = {
  status: "open",
  reportedAt: null,
  reportedOn: null,
  reportedById: null,
  reportedVia: null,
  reportNote: null,
  confirmedAt: null,
  confirmedBy: null,
} as const satisfies Partial<TaskRecord>;

/** Back to open: a reported completion that was not true, or a confirmed one undone. */
export function reopen(task: Pick<TaskRecord, "status">): Transition<typeof NOT_REPORTED> {
  if (task.status === "open") return { ok: false, reason: "not_reported" };
  return { ok: true, action: "task.reopened", changes: NOT_REPORTED };
}

export function cancel(task: Pick<TaskRecord, "status">): Transition<{ status: TaskStatus }> {
  if (task.status === "cancelled") return { ok: false, reason: "cancelled" };
  return { ok: true, action: "task.cancelled", changes: { status: "cancelled" } };
}
