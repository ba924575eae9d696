// Button presses (and numbered answers, which stand for them where there are no buttons).
import { formatViDate } from "../core/calendar/local-date.js";
import { t } from "../i18n/i18n.js";
import { decideExtension } from "../completion/extension-request.js";
import { confirmTask, reopenTask } from "../completion/task-admin.js";
import { UserError } from "../i18n/user-error.js";
import { findChoice } from "../store/chat-repo.js";
import { deliveryAccount } from "../store/chat-repo.js";
import { enqueue } from "../store/outbox-repo.js";
import { report } from "../completion/done-reply.js";
import { fileExtension } from "../completion/extension-reply.js";
import { type Turn, isAdmin, isLeader } from "./turn.js";

export async function handleButton(turn: Turn, data: string): Promise<void> {
  const [verb, a, b] = data.split(":");
  switch (verb) {
    case "done":
      return report(turn, Number(a), undefined);
    case "pick":
      return pick(turn, Number(a), b ?? "");
    case "confirm":
    case "reopen":
      return isAdmin(turn) ? adminStep(turn, verb, Number(a)) : turn.say("bot-admin-only");
    case "ext":
      return isLeader(turn) ? decide(turn, a === "ok", Number(b)) : turn.say("bot-admin-only");
    default:
      return turn.say("bot-button-stale");
  }
}

async function pick(turn: Turn, choiceId: number, index: string): Promise<void> {
  const choice = await findChoice(turn.deps.db, choiceId, turn.now);
  // A question asked of someone else (a forwarded message, a group) changes nothing.
  if (!choice || choice.officerId !== turn.officer!.id) return turn.say("bot-button-stale");
  if (index === "x") return turn.say("bot-cancelled");
  const data = choice.data as { taskIds: number[]; note?: string; date?: string; reason?: string };
  const taskId = data.taskIds[Number(index)];
  if (taskId === undefined) return turn.say("bot-button-stale");
  if (choice.action === "extension") return fileExtension(turn, taskId, data.date!, data.reason);
  return report(turn, taskId, data.note);
}

async function adminStep(turn: Turn, verb: "confirm" | "reopen", taskId: number): Promise<void> {
  const task = await turn.deps.db.task.findUnique({ where: { id: taskId } });
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
  const outcome = await decideExtension(turn.deps.db, { requestId, approve, by: turn.officer!.code, via: turn.msg.channel, at: turn.now });
  if (outcome.kind === "unknown") return turn.say("bot-button-stale");
  if (outcome.kind === "already_decided") return turn.say("bot-extension-already-decided");
  const args = { code: outcome.task.code, date: formatViDate(outcome.requestedDue) };
  await turn.say(approve ? "bot-extension-approved-admin" : "bot-extension-refused-admin", args);
  await tellOfficer(
    turn,
    outcome.requestedById,
    `ext-decision:${requestId}`,
    approve ? "bot-extension-approved" : "bot-extension-declined",
    args,
  );
}

/** A message to another officer, in their language, on their usual channel. */
async function tellOfficer(turn: Turn, officerId: number, key: string, message: string, args: Record<string, string>): Promise<void> {
  const { db } = turn.deps;
  const [officer, account] = await Promise.all([db.officer.findUnique({ where: { id: officerId } }), deliveryAccount(db, officerId)]);
  if (!officer || !account) return;
  await enqueue(db, {
    dedupeKey: `notice:${key}`,
    kind: "notice",
    channel: account.channel,
    chatId: account.chatId,
    officerId,
    payload: { type: "message", message: { text: t(officer.language === "en" ? "en" : "vi", message, args) } },
    at: turn.deps.now(),
  });
  turn.deps.poke();
}
