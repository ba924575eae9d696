// What an admin does to one task: confirm a reported completion, reopen it, or cancel the task.
// Each checks the status it starts from inside the transaction and is audited.
import { type Transition, cancel, confirmDone, reopen } from "../core/tasks/lifecycle.js";
import type { TaskRecord } from "../core/tasks/task.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { type TaskData, findTaskByCode, transitionTask } from "../store/tasks-repo.js";
import { inTransaction } from "../store/tx.js";
import { UserError } from "../i18n/user-error.js";

export interface AdminActor {
  actor: string;
  channel: string;
  now: Date;
  /** Why, in the person's words (the web console asks for it); kept in the audit. */
  reason?: string;
}

type Step = (task: TaskRecord, who: AdminActor) => Transition<Partial<TaskData>>;

async function adminStep(db: Db, code: string, who: AdminActor, step: Step) {
  // A refusal is returned out of the transaction, not thrown inside it: on SQLite a rollback would
  // also undo what the rest of the process wrote meanwhile on the same connection.
  const outcome = await inTransaction(db, async (tx) => {
    const task = await findTaskByCode(tx, code);
    if (!task) return new UserError("error-unknown-task", { code });
    const result = step(task, who);
    if (!result.ok) return new UserError(`error-transition-${result.reason}`, { code: task.code });
    if (!(await transitionTask(tx, task.id, task.status, result.changes))) return new UserError("error-task-changed", { code: task.code });
    await addAudit(tx, {
      at: who.now,
      actor: who.actor,
      channel: who.channel,
      action: result.action,
      entity: "task",
      entityId: task.id,
      details: {
        from: task.status,
        ...(task.reportedOn ? { reportedOn: task.reportedOn } : {}),
        ...(who.reason ? { reason: who.reason } : {}),
      },
    });
    return { ...task, ...result.changes };
  });
  if (outcome instanceof UserError) throw outcome;
  return outcome;
}

export const confirmTask = (db: Db, code: string, who: AdminActor) => adminStep(db, code, who, (t, w) => confirmDone(t, w.now, w.actor));
export const reopenTask = (db: Db, code: string, who: AdminActor) => adminStep(db, code, who, (t) => reopen(t));
/** A task withdrawn by the committee: no more reminders, not counted in reports. */
export const cancelTask = (db: Db, code: string, who: AdminActor) => adminStep(db, code, who, (t) => cancel(t));
