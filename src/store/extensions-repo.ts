// Extension requests: an officer asks to move a deadline; an admin or leader decides.
import type { LocalDate } from "../core/calendar/local-date.js";
import type { Officer } from "../core/contacts/people.js";
import type { TaskRecord } from "../core/tasks/task.js";
import { asTaskRecord } from "./tasks-repo.js";
import type { Tx } from "./tx.js";

export interface ExtensionRequest {
  id: number;
  taskId: number;
  requestedById: number;
  requestedDue: LocalDate;
  reason: string | null;
  status: string;
}

export function pendingExtensionOf(tx: Tx, taskId: number): Promise<ExtensionRequest | null> {
  return tx.extensionRequest.findFirst({ where: { taskId, status: "pending" } });
}

export function createExtensionRequest(
  tx: Tx,
  r: { taskId: number; requestedById: number; requestedDue: LocalDate; reason: string | null; at: Date },
): Promise<ExtensionRequest> {
  return tx.extensionRequest.create({
    data: { taskId: r.taskId, requestedById: r.requestedById, requestedDue: r.requestedDue, reason: r.reason, createdAt: r.at },
  });
}

export async function findExtensionRequest(tx: Tx, id: number): Promise<(ExtensionRequest & { task: TaskRecord }) | null> {
  const row = await tx.extensionRequest.findUnique({ where: { id }, include: { task: true } });
  return row && { ...row, task: asTaskRecord(row.task) };
}

/** Records the decision if the request is still pending; false when someone decided first. */
export async function decideExtensionRequest(tx: Tx, id: number, approved: boolean, by: string, at: Date): Promise<boolean> {
  const { count } = await tx.extensionRequest.updateMany({
    where: { id, status: "pending" },
    data: { status: approved ? "approved" : "refused", decidedBy: by, decidedAt: at },
  });
  return count === 1;
}

/** A request to move a task's deadline, with the task and who asked. */
export interface PendingExtension {
  id: number;
  taskId: number;
  requestedDue: string;
  reason: string | null;
  createdAt: Date;
  task: TaskRecord;
  requestedBy: Officer;
}

/** Requests waiting for a decision, oldest first, with their task and who asked. */
export async function pendingExtensions(tx: Tx, take: number): Promise<PendingExtension[]> {
  const rows = await tx.extensionRequest.findMany({
    where: { status: "pending" },
    include: { task: true, requestedBy: true },
    orderBy: { id: "asc" },
    take,
  });
  return rows.map((r) => ({ ...r, task: asTaskRecord(r.task) }));
}

export function countPendingExtensions(tx: Tx): Promise<number> {
  return tx.extensionRequest.count({ where: { status: "pending" } });
}

/** A task reported done (or withdrawn) leaves no extension to decide: its pending requests close. */
export async function withdrawExtensions(tx: Tx, taskId: number, at: Date): Promise<number> {
  const { count } = await tx.extensionRequest.updateMany({
    where: { taskId, status: "pending" },
    data: { status: "withdrawn", decidedBy: "system", decidedAt: at },
  });
  return count;
}
