// "Đã hoàn thành": which task, then report it. Replying to a reminder means the tasks it named;
// a code names one anywhere; otherwise one open task is confirmed first and several are asked
// about. Never a guess.
import type { Button } from "../channels/channel.js";
import { formatViDate } from "../core/calendar/local-date.js";
import { workCalendar } from "../core/calendar/working-days.js";
import { type ReportOutcome, reportCompletion } from "./report-done.js";
import { saveChoice } from "../store/chat-repo.js";
import { holidayDates } from "../store/holidays-repo.js";
import { tasksOfSentMessage } from "../store/outbox-repo.js";
import { standing } from "../messages/task-line.js";
import { type TaskRef, findByCode, openTasksOf, tasksByIds } from "../conversation/task-resolver.js";
import type { Turn } from "../conversation/turn.js";

const CHOICE_TTL_MS = 3 * 24 * 3600_000;
const MAX_CHOICES = 10;

function shortLabel(t: TaskRef): string {
  return `${t.code} — ${t.summary.length > 40 ? `${t.summary.slice(0, 39)}…` : t.summary}`;
}

/** Stores a question ("which task?") and offers its answers as buttons (numbers where there are none). */
export async function ask(
  turn: Turn,
  key: string,
  action: "complete" | "extension",
  tasks: TaskRef[],
  extra: Record<string, unknown>,
  args: Record<string, string | number> = {},
): Promise<void> {
  const list = tasks.slice(0, MAX_CHOICES);
  const choice = await saveChoice(turn.deps.db, {
    channel: turn.msg.channel,
    chatId: turn.msg.chatId,
    officerId: turn.officer!.id,
    action,
    data: { taskIds: list.map((t) => t.id), ...extra },
    at: turn.now,
    ttlMs: CHOICE_TTL_MS,
  });
  const buttons: Button[][] = list.map((t, i) => [
    { label: list.length === 1 ? turn.tr("bot-button-yes-done", { code: t.code }) : shortLabel(t), data: `pick:${choice.id}:${i}` },
  ]);
  buttons.push([{ label: turn.tr("bot-button-cancel"), data: `pick:${choice.id}:x` }]);
  await turn.say(key, { count: tasks.length, ...args, code: list[0]?.code ?? "" }, { buttons });
}

export async function completeFromText(turn: Turn, codes: string[], note: string | undefined): Promise<void> {
  const { db } = turn.deps;
  const officer = turn.officer!;
  if (codes.length > 0) {
    for (const code of codes) {
      const match = await findByCode(db, officer, code);
      if (match.kind === "found") await report(turn, match.task.id, note);
      else if (match.kind === "ambiguous") await ask(turn, "bot-ask-which-code", "complete", match.tasks, { note }, { typed: code });
      else await turn.say("bot-task-not-found", { code });
    }
    return;
  }
  if (turn.msg.replyToMessageId) {
    const ids = await tasksOfSentMessage(db, turn.msg.channel, turn.msg.chatId, turn.msg.replyToMessageId);
    if (ids?.length) {
      const open = (await tasksByIds(db, ids)).filter((t) => t.status === "open");
      if (open.length === 1) return report(turn, open[0]!.id, note);
      if (open.length > 1) return ask(turn, "bot-ask-which", "complete", open, { note });
      // Everything in that message is already done: say so for the first.
      if (ids.length === 1) return report(turn, ids[0]!, note);
    }
  }
  const open = await openTasksOf(db, officer);
  if (open.length === 0) return turn.say("bot-no-open-tasks");
  if (open.length === 1) return ask(turn, "bot-ask-confirm-one", "complete", open, { note });
  return ask(turn, "bot-ask-which", "complete", open, { note });
}

export async function report(turn: Turn, taskId: number, note: string | undefined): Promise<void> {
  const officer = turn.officer!;
  const { config, db } = turn.deps;
  const outcome = await reportCompletion(db, {
    taskId,
    by: officer,
    via: turn.msg.channel,
    at: turn.now,
    zone: config.TIME_ZONE,
    note,
    autoConfirm: !config.REQUIRE_CONFIRMATION,
  });
  await sayOutcome(turn, outcome);
}

async function sayOutcome(turn: Turn, outcome: ReportOutcome): Promise<void> {
  const { config, db } = turn.deps;
  switch (outcome.kind) {
    case "unknown_task":
      return turn.say("bot-task-gone");
    case "refused":
      return turn.say("bot-report-refused", { code: outcome.task.code });
    case "already":
      return turn.say(`bot-report-already-${outcome.status}`, { code: outcome.task.code });
    case "reported": {
      const calendar = workCalendar(await holidayDates(db));
      const t = outcome.task;
      await turn.say(outcome.confirmed ? "bot-reported-confirmed" : "bot-reported", {
        code: t.code,
        summary: t.summary,
        date: formatViDate(t.reportedOn!),
        standing: standing(t, turn.now, config.TIME_ZONE, calendar, turn.tr),
      });
    }
  }
}
