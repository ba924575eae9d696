// What an admin does to one task: confirm a reported completion or reopen it. Both check the
// status they start from inside the transaction and are audited.
import { cancel, confirmDone, reopen } from "../core/tasks/lifecycle.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { asTaskRecord, findTaskByCode, transitionTask } from "../store/tasks-repo.js";
import { UserError } from "./user-error.js";

export interface AdminActor {
  actor: string;
  channel: string;
  now: Date;
}

export async function confirmTask(db: Db, code: string, who: AdminActor) {
  return db.$transaction(async (tx) => {
    const task = await findTaskByCode(tx, code);
    if (!task) throw new UserError("error-unknown-task", { code });
    const step = confirmDone(asTaskRecord(task), who.now, who.actor);
    if (!step.ok) throw new UserError(`error-transition-${step.reason}`, { code: task.code });
    if (!(await transitionTask(tx, task.id, "reported", step.changes))) throw new UserError("error-task-changed", { code: task.code });
    await addAudit(tx, { at: who.now, actor: who.actor, channel: who.channel, action: step.action, entity: "task", entityId: task.id });
    return { ...task, ...step.changes };
  });
}

export async function reopenTask(db: Db, code: string, who: AdminActor) {
  return db.$transaction(async (tx) => {
    const task = await findTaskByCode(tx, code);
    if (!task) throw new UserError("error-unknown-task", { code });
    const step = reopen(asTaskRecord(task));
    if (!step.ok) throw new UserError(`error-transition-${step.reason}`, { code: task.code });
    if (!(await transitionTask(tx, task.id, asTaskRecord(task).status, step.changes)))
      throw new UserError("error-task-changed", { code: task.code });
    await addAudit(tx, {
      at: who.now,
      actor: who.actor,
      channel: who.channel,
      action: step.action,
      entity: "task",
      entityId: task.id,
      details: { from: task.status, reportedOn: task.reportedOn },
    });
    return { ...task, ...step.changes };
  });
}

/** A task withdrawn by the committee: no more reminders, not counted in reports. */
export async function cancelTask(db: Db, code: string, who: AdminActor) {
  return db.$transaction(async (tx) => {
    const task = await findTaskByCode(tx, code);
    if (!task) throw new UserError("error-unknown-task", { code });
    const step = cancel(asTaskRecord(task));
    if (!step.ok) throw new UserError(`error-transition-${step.reason}`, { code: task.code });
    if (!(await transitionTask(tx, task.id, asTaskRecord(task).status, step.changes)))
      throw new UserError("error-task-changed", { code: task.code });
    await addAudit(tx, {
      at: who.now,
      actor: who.actor,
      channel: who.channel,
      action: step.action,
      entity: "task",
      entityId: task.id,
      details: { from: task.status },
    });
    return { ...task, ...step.changes };
  });
}
