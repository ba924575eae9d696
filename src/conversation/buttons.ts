// Button presses (and numbered answers, which stand for them where there are no buttons).
import { report } from "../completion/done-reply.js";
import { decideAndTell } from "../completion/extension-request.js";
import { fileExtension } from "../completion/extension-reply.js";
import { confirmTask, reopenTask } from "../completion/task-admin.js";
import { formatViDate } from "../core/calendar/local-date.js";
import { isAdmin, isLeader } from "../core/contacts/people.js";
import { queueNoticeToOfficer } from "../delivery/outbox.js";
import { type Args, t } from "../i18n/i18n.js";
import { UserError } from "../i18n/user-error.js";
import { closeChoice, findChoice } from "../store/chat-repo.js";
import { findTaskById } from "../store/tasks-repo.js";
import { decodeButton } from "./button-data.js";
import type { Turn } from "./turn.js";

export async function handleButton(turn: Turn, data: string): Promise<void> {
  const action = decodeButton(data);
  switch (action?.do) {
    case "done":
      return report(turn, action.taskId, undefined);
    case "pick":
      return answerQuestion(turn, action.choiceId, action.index);
    case "pick-none":
      return answerQuestion(turn, action.choiceId, undefined);
    case "confirm":
    case "reopen":
      return isAdmin(turn.officer) ? adminStep(turn, action.do, action.taskId) : turn.say("bot-admin-only");
    case "extension":
      return isLeader(turn.officer) ? decide(turn, action.approve, action.requestId) : turn.say("bot-admin-only");
    default:
      return turn.say("bot-button-stale");
  }
}

/**
 * An answer to a stored question; `index` undefined is "none of these" (Không). A question is
 * answered once: a later "có" cannot undo a "không".
 */
export async function answerQuestion(turn: Turn, choiceId: number, index: number | undefined): Promise<void> {
  const choice = await findChoice(turn.deps.db, choiceId, turn.now);
  // A question asked of someone else (a forwarded message, a group) changes nothing.
  if (!choice || choice.officerId !== turn.officer!.id) return turn.say("bot-button-stale");
  const data = choice.data as { taskIds: number[]; note?: string; date?: string; reason?: string };
  const taskId = index === undefined ? undefined : data.taskIds[index];
  if (index !== undefined && taskId === undefined) return turn.say("bot-button-stale");
  await closeChoice(turn.deps.db, choice.id, turn.now);
  if (taskId === undefined) {
    // "Không" to "is it done?": say plainly that nothing was recorded for that task.
    const only = choice.action === "complete" && data.taskIds.length === 1 ? await findTaskById(turn.deps.db, data.taskIds[0]!) : null;
    return only ? turn.say("bot-confirm-no", { code: only.code }) : turn.say("bot-cancelled");
  }
  if (choice.action === "extension") return fileExtension(turn, taskId, data.date!, data.reason);
  return report(turn, taskId, data.note);
}

async function adminStep(turn: Turn, verb: "confirm" | "reopen", taskId: number): Promise<void> {
  const task = await findTaskById(turn.deps.db, taskId);
  if (!task) return turn.say("bot-task-gone");
  try {
    const who = { actor: turn.officer!.code, channel: turn.msg.channel, now: turn.now };
    await (verb === "confirm" ? confirmTask : reopenTask)(turn.deps.db, task.code, who);
    await turn.say(`task-${verb}ed`, { code: task.code });
    if (verb === "reopen" && task.officerId)
      await tellOfficer(turn, task.officerId, `reopen:${task.id}:${turn.msg.updateKey}`, "bot-reopened-to-officer", { code: task.code });
  } catch (error) {
    if (error instanceof UserError) return turn.say(error.key, error.args);
    throw error;
  }
}

async function decide(turn: Turn, approve: boolean, requestId: number): Promise<void> {
  const outcome = await decideAndTell(turn.deps.db, { requestId, approve, by: turn.officer!.code, via: turn.msg.channel, at: turn.now });
  if (outcome.kind === "unknown") return turn.say("bot-button-stale");
  if (outcome.kind === "already_decided") return turn.say("bot-extension-already-decided");
  if (outcome.kind === "task_closed") return turn.say("bot-extension-task-closed", { code: outcome.task.code });
  const args = { code: outcome.task.code, date: formatViDate(outcome.requestedDue) };
  await turn.say(approve ? "bot-extension-approved-admin" : "bot-extension-refused-admin", args);
}

/** A message to another officer, in their language, on their usual channel. */
function tellOfficer(turn: Turn, officerId: number, key: string, message: string, args: Args): Promise<void> {
  return queueNoticeToOfficer(turn.deps.db, key, officerId, (lang) => ({ text: t(lang, message, args) }), turn.deps.now());
}
