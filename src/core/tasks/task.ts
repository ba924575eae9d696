// The task as the core sees it: plain data, no store types.
import type { LocalDate } from "../calendar/local-date.js";

export const TASK_STATUSES = ["open", "reported", "confirmed", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const CHANNELS = ["telegram", "zalo", "console", "cli", "import"] as const;
export type Channel = (typeof CHANNELS)[number];

export interface TaskRecord {
  id: number;
  code: string;
  documentNumber: string | null;
  documentDate: LocalDate | null;
  assignedBy: string | null;
  summary: string;
  content: string | null;
  leadAgencyId: number;
  officerId: number | null;
  assignedDate: LocalDate;
  dueDate: LocalDate;
  originalDueDate: LocalDate;
  note: string | null;
  status: TaskStatus;
  reportedAt: Date | null;
  reportedOn: LocalDate | null;
  reportedById: number | null;
  reportedVia: string | null;
  reportNote: string | null;
  confirmedAt: Date | null;
  confirmedBy: string | null;
}

/** Reported or confirmed: the officer has said it is done. */
export function isCompleted(task: Pick<TaskRecord, "status">): boolean {
  return task.status === "reported" || task.status === "confirmed";
}
