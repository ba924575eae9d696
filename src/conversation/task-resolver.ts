// "Which task does this message mean?" — asked the same way whether the person reports a task
// done or asks for more time: a code names a task anywhere; a reply to a bot message means the
// tasks that message was about; otherwise the person's own open tasks. Never a guess: when
// several fit, the caller asks.
import type { Db } from "../store/client.js";
import { tasksOfSentMessage } from "../store/outbox-repo.js";
import { type TaskRef, openTasksOf, taskRefByCode, taskRefsByIds } from "../store/tasks-repo.js";
import type { Officer, Turn } from "./turn.js";

export type { TaskRef };

export type Meant =
  /** One task: named by its code, the one a replied-to message was about, or the person's only open task. */
  | { kind: "one"; task: TaskRef; by: "code" | "reply" | "only_open" }
  /** Several fit: the code's ending, the replied-to message, or the open tasks. */
  | { kind: "several"; tasks: TaskRef[]; by: "code" | "reply" | "open" }
  | { kind: "not_found"; code: string }
  /** The replied-to message was about one task, and it is no longer open. */
  | { kind: "closed"; task: TaskRef }
  | { kind: "no_open_tasks" };

/** A code as typed: the exact code of any task, else the end of one of the person's own open tasks' codes. */
async function byCode(db: Db, officer: Officer, typed: string): Promise<Meant> {
  const exact = await taskRefByCode(db, typed);
  if (exact) return { kind: "one", task: exact, by: "code" };
  const digits = /(\d+)$/.exec(typed)?.[1];
  const own = await openTasksOf(db, officer, 500);
  const matches = own.filter((t) => {
    if (t.code.toUpperCase().endsWith(`-${typed.toUpperCase()}`)) return true;
    const last = /(\d+)$/.exec(t.code)?.[1];
    return digits !== undefined && last !== undefined && Number(last) === Number(digits) && /^\d+$/.test(typed);
  });
  if (matches.length === 1) return { kind: "one", task: matches[0]!, by: "code" };
  return matches.length > 1 ? { kind: "several", tasks: matches, by: "code" } : { kind: "not_found", code: typed };
}

/** The task(s) this turn's message means, given the code it named (if any). */
export async function resolveTask(turn: Turn, code: string | undefined): Promise<Meant> {
  const { db } = turn.deps;
  const officer = turn.officer!;
  if (code) return byCode(db, officer, code);
  const { msg } = turn;
  if (msg.replyToMessageId) {
    const ids = await tasksOfSentMessage(db, msg.channel, msg.chatId, msg.replyToMessageId);
    if (ids?.length) {
      const tasks = await taskRefsByIds(db, ids);
      const open = tasks.filter((t) => t.status === "open");
      if (open.length === 1) return { kind: "one", task: open[0]!, by: "reply" };
      if (open.length > 1) return { kind: "several", tasks: open, by: "reply" };
      if (tasks.length === 1) return { kind: "closed", task: tasks[0]! };
    }
  }
  const open = await openTasksOf(db, officer);
  if (open.length === 0) return { kind: "no_open_tasks" };
  if (open.length === 1) return { kind: "one", task: open[0]!, by: "only_open" };
  return { kind: "several", tasks: open, by: "open" };
}
