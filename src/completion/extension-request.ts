// Extension requests: an officer asks to move a deadline; an admin or leader decides. The
// original deadline stays on record.
import { formatViDate } from "../core/calendar/local-date.js";
import { queueNoticeToOfficer } from "../delivery/outbox.js";
import { t } from "../i18n/i18n.js";
import type { LocalDate } from "../core/calendar/local-date.js";
import { mayAct } from "../core/contacts/people.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import {
  createExtensionRequest,
  decideExtensionRequest,
  findExtensionRequest,
  pendingExtensionOf,
  withdrawExtensions,
} from "../store/extensions-repo.js";
import { findTaskById, updateTask } from "../store/tasks-repo.js";
import { inTransaction } from "../store/tx.js";
import type { Reporter } from "./report-done.js";

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
  return inTransaction(db, async (tx) => {
    const task = await findTaskById(tx, input.taskId);
    if (!task) return { kind: "not_open" } as const;
    if (!mayAct(input.by, task)) return { kind: "refused" } as const;
    if (task.status !== "open") return { kind: "not_open" } as const;
    if (input.date <= task.dueDate) return { kind: "not_later", dueDate: task.dueDate } as const;
    const pending = await pendingExtensionOf(tx, task.id);
    if (pending) return { kind: "already_pending", requestedDue: pending.requestedDue } as const;
    const req = await createExtensionRequest(tx, {
      taskId: task.id,
      requestedById: input.by.id,
      requestedDue: input.date,
      reason: input.reason ?? null,
      at: input.at,
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
  /** The task was reported done or withdrawn meanwhile: the request has nothing left to decide. */
  | { kind: "task_closed"; task: { code: string } }
  | { kind: "unknown" };

export async function decideExtension(
  db: Db,
  input: { requestId: number; approve: boolean; by: string; via: string; at: Date; reason?: string },
): Promise<DecisionOutcome> {
  return inTransaction(db, async (tx) => {
    const req = await findExtensionRequest(tx, input.requestId);
    if (!req) return { kind: "unknown" } as const;
    if (req.status === "withdrawn" || (req.status === "pending" && req.task.status !== "open")) {
      await withdrawExtensions(tx, req.taskId, input.at);
      return { kind: "task_closed", task: req.task } as const;
    }
    if (!(await decideExtensionRequest(tx, req.id, input.approve, input.by, input.at))) return { kind: "already_decided" } as const;
    let task = req.task;
    if (input.approve) {
      await updateTask(tx, req.taskId, { dueDate: req.requestedDue });
      task = { ...task, dueDate: req.requestedDue };
      await addAudit(tx, {
        at: input.at,
        actor: input.by,
        channel: input.via,
        action: "task.extended",
        entity: "task",
        entityId: req.taskId,
        details: {
          from: req.task.dueDate,
          to: req.requestedDue,
          originalDueDate: req.task.originalDueDate,
          ...(input.reason ? { reason: input.reason } : {}),
        },
      });
    } else {
      await addAudit(tx, {
        at: input.at,
        actor: input.by,
        channel: input.via,
        action: "extension.refused",
        entity: "task",
        entityId: req.taskId,
        details: { requestedDue: req.requestedDue, ...(input.reason ? { reason: input.reason } : {}) },
      });
    }
    return { kind: "decided", approved: input.approve, task, requestedDue: req.requestedDue, requestedById: req.requestedById } as const;
  });
}

/**
 * Decides a request and tells the officer who asked, on their usual chat: the one use case the
 * chat's buttons and the web console share.
 */
export async function decideAndTell(
  db: Db,
  input: { requestId: number; approve: boolean; by: string; via: string; at: Date; reason?: string },
): Promise<DecisionOutcome> {
  const outcome = await decideExtension(db, input);
  if (outcome.kind !== "decided") return outcome;
  const args = { code: outcome.task.code, date: formatViDate(outcome.requestedDue) };
  const message = input.approve ? "bot-extension-approved" : "bot-extension-declined";
  await queueNoticeToOfficer(
    db,
    `ext-decision:${input.requestId}`,
    outcome.requestedById,
    (lang) => ({ text: t(lang, message, args) }),
    input.at,
  );
  return outcome;
}
