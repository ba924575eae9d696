// "Đã hoàn thành": which task, then report it. Replying to a reminder means the tasks it named;
// a code names one anywhere; otherwise one open task is confirmed first and several are asked
// about. Never a guess.
import type { Button } from "../channels/channel.js";
import { formatViDate } from "../core/calendar/local-date.js";
import { workCalendar } from "../core/calendar/working-days.js";
import { encodeButton } from "../conversation/button-data.js";
import { type Meant, type TaskRef, resolveTask } from "../conversation/task-resolver.js";
import type { Turn } from "../conversation/turn.js";
import type { NotDoneReason } from "../core/replies/understand.js";
import { standing } from "../messages/task-line.js";
import { saveChoice } from "../store/chat-repo.js";
import { holidayDates } from "../store/holidays-repo.js";
import { type ReportOutcome, reportCompletion } from "./report-done.js";

const CHOICE_TTL_MS = 3 * 24 * 3600_000;
const MAX_CHOICES = 10;

function shortLabel(t: TaskRef): string {
  return `${t.code} — ${t.summary.length > 40 ? `${t.summary.slice(0, 39)}…` : t.summary}`;
}

/**
 * Stores a question ("which task?", "is it done?") and offers its answers as buttons (numbers
 * where there are none). With `yesNo`, a single task is offered as plain "Có" / "Không".
 */
export async function ask(
  turn: Turn,
  key: string,
  action: "complete" | "extension",
  tasks: TaskRef[],
  extra: Record<string, unknown>,
  args: Record<string, string | number> = {},
  yesNo = false,
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
  const single = list.length === 1;
  const buttons: Button[][] = list.map((t, i) => [
    {
      label: single ? turn.tr(yesNo ? "bot-button-yes" : "bot-button-yes-done", { code: t.code }) : shortLabel(t),
      data: encodeButton({ do: "pick", choiceId: choice.id, index: i }),
    },
  ]);
  const none = encodeButton({ do: "pick-none", choiceId: choice.id });
  buttons.push([{ label: turn.tr(single && yesNo ? "bot-button-no" : "bot-button-cancel"), data: none }]);
  await turn.say(key, { count: tasks.length, ...args, code: list[0]?.code ?? "" }, { buttons });
}

export async function completeFromText(turn: Turn, codes: string[], note: string | undefined): Promise<void> {
  await forEachMeant(turn, codes, note, async (meant, code) => {
    if (meant.kind === "one")
      // The only open task, with nothing in the message naming it: confirm before reporting.
      return meant.by === "only_open"
        ? ask(turn, "bot-ask-confirm-one", "complete", [meant.task], { note })
        : report(turn, meant.task.id, note);
    if (meant.by === "code") return ask(turn, "bot-ask-which-code", "complete", meant.tasks, { note }, { typed: code ?? "" });
    return ask(turn, "bot-ask-which", "complete", meant.tasks, { note });
  });
}

/** The task(s) each named code (or the message itself) means; what cannot be resolved is answered here. */
async function forEachMeant(
  turn: Turn,
  codes: string[],
  note: string | undefined,
  act: (meant: Extract<Meant, { kind: "one" | "several" }>, code: string | undefined) => Promise<void>,
): Promise<void> {
  for (const code of codes.length > 0 ? codes : [undefined]) {
    const meant = await resolveTask(turn, code);
    if (meant.kind === "one" || meant.kind === "several") await act(meant, code);
    // Everything in the replied-to message is already done: reporting it says so.
    else if (meant.kind === "closed") await report(turn, meant.task.id, note);
    else if (meant.kind === "not_found") await turn.say("bot-task-not-found", { code: meant.code });
    else await turn.say("bot-no-open-tasks");
  }
}

/**
 * A message that may mean the work is done, but does not say it plainly: ask before anything is
 * recorded. Only "Có" (or the task, where several fit) completes; "Không" leaves it open.
 */
export async function confirmFromText(turn: Turn, codes: string[], note: string | undefined): Promise<void> {
  await forEachMeant(turn, codes, note, (meant) =>
    meant.kind === "one"
      ? ask(turn, "bot-ask-confirm-done", "complete", [meant.task], { note }, {}, true)
      : ask(turn, "bot-ask-confirm-done-which", "complete", meant.tasks, { note }),
  );
}

/** What the bot understood from a message that leaves the task open, said back to the officer. */
export function sayNotDone(turn: Turn, reason: NotDoneReason): Promise<void> {
  return turn.say(`bot-not-done-${reason}`);
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
