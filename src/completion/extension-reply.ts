// "Xin gia hạn đến 15/07/2026 vì …": which task, then file the request and tell the admins.
import { formatViDate } from "../core/calendar/local-date.js";
import { t } from "../i18n/i18n.js";
import { requestExtension } from "./extension-request.js";
import { tellAdmins } from "../delivery/tell-admins.js";
import { tasksOfSentMessage } from "../store/outbox-repo.js";
import { ask } from "./done-reply.js";
import { findByCode, openTasksOf, tasksByIds } from "../conversation/task-resolver.js";
import type { Turn } from "../conversation/turn.js";

export interface ExtensionAsk {
  codes: string[];
  date?: string;
  reason?: string;
  badDate?: string;
}

export async function extensionFromText(turn: Turn, req: ExtensionAsk): Promise<void> {
  const { db } = turn.deps;
  if (req.badDate) return turn.say("bot-extension-bad-date", { value: req.badDate });
  if (!req.date) return turn.say("bot-extension-need-date");
  const extra = { date: req.date, reason: req.reason };
  if (req.codes.length > 0) {
    const match = await findByCode(db, turn.officer!, req.codes[0]!);
    if (match.kind === "found") return fileExtension(turn, match.task.id, req.date, req.reason);
    if (match.kind === "ambiguous") return ask(turn, "bot-ask-which-extension", "extension", match.tasks, extra);
    return turn.say("bot-task-not-found", { code: req.codes[0]! });
  }
  if (turn.msg.replyToMessageId) {
    const ids = await tasksOfSentMessage(db, turn.msg.channel, turn.msg.chatId, turn.msg.replyToMessageId);
    const open = ids ? (await tasksByIds(db, ids)).filter((x) => x.status === "open") : [];
    if (open.length === 1) return fileExtension(turn, open[0]!.id, req.date, req.reason);
    if (open.length > 1) return ask(turn, "bot-ask-which-extension", "extension", open, extra);
  }
  const open = await openTasksOf(db, turn.officer!);
  if (open.length === 0) return turn.say("bot-no-open-tasks");
  if (open.length === 1) return fileExtension(turn, open[0]!.id, req.date, req.reason);
  return ask(turn, "bot-ask-which-extension", "extension", open, extra);
}

export async function fileExtension(turn: Turn, taskId: number, date: string, reason: string | undefined): Promise<void> {
  const { db } = turn.deps;
  const officer = turn.officer!;
  const outcome = await requestExtension(db, { taskId, by: officer, date, reason, via: turn.msg.channel, at: turn.now });
  switch (outcome.kind) {
    case "refused":
      return turn.say("bot-extension-refused");
    case "not_open":
      return turn.say("bot-extension-not-open");
    case "not_later":
      return turn.say("bot-extension-not-later", { due: formatViDate(outcome.dueDate) });
    case "already_pending":
      return turn.say("bot-extension-already", { date: formatViDate(outcome.requestedDue) });
    case "filed": {
      await turn.say("bot-extension-filed", { code: outcome.task.code, date: formatViDate(date) });
      // Admins hear of it at once, with the decision a tap away.
      await tellAdmins(db, {
        key: `extension:${outcome.requestId}`,
        at: turn.deps.now(),
        build: (lang) => ({
          text: t(lang, "bot-extension-to-admin", {
            name: officer.fullName,
            code: outcome.task.code,
            due: formatViDate(outcome.task.dueDate),
            date: formatViDate(date),
            reason: reason ?? "—",
          }),
          buttons: [
            [
              { label: t(lang, "bot-button-approve"), data: `ext:ok:${outcome.requestId}` },
              { label: t(lang, "bot-button-refuse"), data: `ext:no:${outcome.requestId}` },
            ],
          ],
        }),
      });
      turn.deps.poke();
    }
  }
}
