// An officer says a task is done. Only the responsible officer (the agency head when the task
// has none) or an admin may; anyone else is refused and the attempt is audited. The report's
// time decides on time or late; confirmation by an admin follows unless the deployment turns it off.
import { reportDone } from "../core/tasks/lifecycle.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { asTaskRecord, transitionTask } from "../store/tasks-repo.js";

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

export function mayAct(who: Reporter, task: { officerId: number | null; leadAgencyId: number }): boolean {
  if (who.role === "admin") return true;
  if (task.officerId !== null) return task.officerId === who.id;
  return who.role === "agency_head" && who.agencyId === task.leadAgencyId;
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
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUnique({ where: { id: input.taskId } });
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
    const step = reportDone(asTaskRecord(task), {
      at: input.at,
      zone: input.zone,
      byOfficerId: input.by.id,
      via: input.via,
      note: input.note,
      autoConfirm: input.autoConfirm,
    });
    if (!step.ok) return { kind: "already", task, status: task.status } as const;
    if (!(await transitionTask(tx, task.id, "open", step.changes))) {
      const now = await tx.task.findUniqueOrThrow({ where: { id: task.id } });
      return { kind: "already", task: now, status: now.status } as const;
    }
    await audit(step.action, { reportedOn: step.changes.reportedOn, ...(input.autoConfirm ? { autoConfirmed: true } : {}) });
    return { kind: "reported", task: { ...task, ...step.changes }, confirmed: step.changes.status === "confirmed" } as const;
  });
}
