// An officer says a task is done. Only the responsible officer (the agency head when the task
// has none) or an admin may; anyone else is refused and the attempt is audited. The report's
// time decides on time or late; confirmation by an admin follows unless the deployment turns it off.
import { mayAct } from "../core/contacts/people.js";
import { reportDone } from "../core/tasks/lifecycle.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { withdrawExtensions } from "../store/extensions-repo.js";
import { findTaskById, transitionTask } from "../store/tasks-repo.js";
import { inTransaction } from "../store/tx.js";

export interface Reporter {
  id: number;
  code: string;
  role: string;
  agencyId: number;
}

export type ReportOutcome =
  | { kind: "reported"; task: ReportedTask; confirmed: boolean }
  | { kind: "refused"; task: ReportedTask }
  | { kind: "already"; task: ReportedTask; status: string }
  | { kind: "unknown_task" };

export interface ReportedTask {
  id: number;
  code: string;
  summary: string;
  dueDate: string;
  originalDueDate: string;
  documentNumber: string | null;
  status: string;
  reportedAt: Date | null;
  reportedOn: string | null;
}

export interface ReportInput {
  taskId: number;
  by: Reporter;
  via: string;
  at: Date;
  zone: string;
  note?: string | undefined;
  autoConfirm: boolean;
}

export async function reportCompletion(db: Db, input: ReportInput): Promise<ReportOutcome> {
  return inTransaction(db, async (tx) => {
    const task = await findTaskById(tx, input.taskId);
    if (!task) return { kind: "unknown_task" } as const;
    const audit = (action: string, details?: Record<string, unknown>) =>
      addAudit(tx, {
        at: input.at,
        actor: input.by.code,
        channel: input.via,
        action,
        entity: "task",
        entityId: task.id,
        ...(details ? { details } : {}),
      });
    if (!mayAct(input.by, task)) {
      await audit("task.report_refused", { reason: "not_responsible" });
      return { kind: "refused", task } as const;
    }
    const step = reportDone(task, {
      at: input.at,
      zone: input.zone,
      byOfficerId: input.by.id,
      via: input.via,
      note: input.note,
      autoConfirm: input.autoConfirm,
    });
    if (!step.ok) return { kind: "already", task, status: task.status } as const;
    if (!(await transitionTask(tx, task.id, "open", step.changes))) {
      const now = (await findTaskById(tx, task.id))!;
      return { kind: "already", task: now, status: now.status } as const;
    }
    // An extension asked for a task now done has nothing left to decide.
    await withdrawExtensions(tx, task.id, input.at);
    await audit(step.action, { reportedOn: step.changes.reportedOn, ...(input.autoConfirm ? { autoConfirmed: true } : {}) });
    return { kind: "reported", task: { ...task, ...step.changes }, confirmed: step.changes.status === "confirmed" } as const;
  });
}
