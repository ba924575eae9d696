// The task as the core sees it: plain data, no store types.
import type { LocalDate } from "../calendar/local-date.js";

export const TASK_STATUSES = ["open", "reported", "confirmed", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

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

/** A task with the names people read beside it: its agency, its officer, who reported it done. */
export interface TaskWithNames extends TaskRecord {
  leadAgency: { id: number; code: string; name: string };
  officer: { id: number; code: string; fullName: string } | null;
  reportedBy: { id: number; code: string; fullName: string } | null;
}
