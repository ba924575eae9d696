// Extension requests: an officer asks to move a deadline; an admin or leader decides. The
// original deadline stays on record.
import type { LocalDate } from "../core/calendar/local-date.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { type Reporter, mayAct } from "./report-done.js";

export type ExtensionOutcome =
  | { kind: "filed"; requestId: number; task: { id: number; code: string; dueDate: string } }
  | { kind: "refused" }
  | { kind: "not_later"; dueDate: string }
  | { kind: "not_open" }
  | { kind: "already_pending"; requestedDue: string };

export async function requestExtension(
  db: Db,
  input: { taskId: number; by: Reporter; date: LocalDate; reason?: string | undefined; via: string; at: Date },
): Promise<ExtensionOutcome> {
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUniqueOrThrow({ where: { id: input.taskId } });
    if (!mayAct(input.by, task)) return { kind: "refused" } as const;
    if (task.status !== "open") return { kind: "not_open" } as const;
    if (input.date <= task.dueDate) return { kind: "not_later", dueDate: task.dueDate } as const;
    const pending = await tx.extensionRequest.findFirst({ where: { taskId: task.id, status: "pending" } });
    if (pending) return { kind: "already_pending", requestedDue: pending.requestedDue } as const;
    const req = await tx.extensionRequest.create({
      data: { taskId: task.id, requestedById: input.by.id, requestedDue: input.date, reason: input.reason ?? null, createdAt: input.at },
    });
    await addAudit(tx, {
      at: input.at,
      actor: input.by.code,
      channel: input.via,
      action: "extension.requested",
      entity: "task",
      entityId: task.id,
      details: { requestedDue: input.date, requestId: req.id },
    });
    return { kind: "filed", requestId: req.id, task } as const;
  });
}

export type DecisionOutcome =
  | { kind: "decided"; approved: boolean; task: { id: number; code: string; dueDate: string }; requestedDue: string; requestedById: number }
  | { kind: "already_decided" }
  | { kind: "unknown" };

export async function decideExtension(
  db: Db,
  input: { requestId: number; approve: boolean; by: string; via: string; at: Date },
): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const req = await tx.extensionRequest.findUnique({ where: { id: input.requestId }, include: { task: true } });
    if (!req) return { kind: "unknown" } as const;
    const { count } = await tx.extensionRequest.updateMany({
      where: { id: req.id, status: "pending" },
      data: { status: input.approve ? "approved" : "refused", decidedBy: input.by, decidedAt: input.at },
    });
    if (count !== 1) return { kind: "already_decided" } as const;
    let task = req.task;
    if (input.approve) {
      task = await tx.task.update({ where: { id: req.taskId }, data: { dueDate: req.requestedDue } });
      await addAudit(tx, {
        at: input.at,
        actor: input.by,
        channel: input.via,
        action: "task.extended",
        entity: "task",
        entityId: req.taskId,
        details: { from: req.task.dueDate, to: req.requestedDue, originalDueDate: req.task.originalDueDate },
      });
    } else {
      await addAudit(tx, {
        at: input.at,
        actor: input.by,
        channel: input.via,
        action: "extension.refused",
        entity: "task",
        entityId: req.taskId,
        details: { requestedDue: req.requestedDue },
      });
    }
    return { kind: "decided", approved: input.approve, task, requestedDue: req.requestedDue, requestedById: req.requestedById } as const;
  });
}
