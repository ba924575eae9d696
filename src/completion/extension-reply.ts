// "Xin gia hạn đến 15/07/2026 vì …": which task, then file the request and tell the admins.
import { formatViDate } from "../core/calendar/local-date.js";
import { encodeButton } from "../conversation/button-data.js";
import { resolveTask } from "../conversation/task-resolver.js";
import type { Turn } from "../conversation/turn.js";
import { queueNoticeToAdmins } from "../delivery/outbox.js";
import type { Button } from "../channels/channel.js";
import { type Translate, t, translator } from "../i18n/i18n.js";
import { ask } from "./done-reply.js";
import { requestExtension } from "./extension-request.js";

export interface ExtensionAsk {
  codes: string[];
  date?: string;
  reason?: string;
  badDate?: string;
}

/** Approve / Refuse under a request, for whoever decides. */
export function decisionButtons(tr: Translate, requestId: number): Button[][] {
  return [
    [
      { label: tr("bot-button-approve"), data: encodeButton({ do: "extension", requestId, approve: true }) },
      { label: tr("bot-button-refuse"), data: encodeButton({ do: "extension", requestId, approve: false }) },
    ],
  ];
}

export async function extensionFromText(turn: Turn, req: ExtensionAsk): Promise<void> {
  if (req.badDate) return turn.say("bot-extension-bad-date", { value: req.badDate });
  if (!req.date) return turn.say("bot-extension-need-date");
  const meant = await resolveTask(turn, req.codes[0]);
  switch (meant.kind) {
    case "one":
      return fileExtension(turn, meant.task.id, req.date, req.reason);
    case "several":
      return ask(turn, "bot-ask-which-extension", "extension", meant.tasks, { date: req.date, reason: req.reason });
    case "closed":
      return turn.say("bot-extension-not-open");
    case "not_found":
      return turn.say("bot-task-not-found", { code: meant.code });
    case "no_open_tasks":
      return turn.say("bot-no-open-tasks");
  }
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
      // Admins hear of it at once, with the decision a tap away.
      const requestId = outcome.requestId;
      const seen = await queueNoticeToAdmins(
        db,
        `extension:${requestId}`,
        (lang) => ({
          text: t(lang, "bot-extension-to-admin", {
            name: officer.fullName,
            code: outcome.task.code,
            due: formatViDate(outcome.task.dueDate),
            date: formatViDate(date),
            reason: reason ?? "—",
          }),
          buttons: decisionButtons(translator(lang), requestId),
        }),
        turn.deps.now(),
      );
      // Nobody at the Office reads the bot yet: the officer must not wait for an answer that
      // cannot come. (An admin who links later is told what waits for them.)
      return turn.say(seen > 0 ? "bot-extension-filed" : "bot-extension-filed-unseen", {
        code: outcome.task.code,
        date: formatViDate(date),
      });
    }
  }
}
