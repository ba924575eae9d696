// Finding the tasks a person means: their open tasks, a code as typed ("NV-2026-0123", "0123"),
// the tasks a bot message was about.
import type { Db } from "../store/client.js";
import type { Officer } from "./turn.js";

const taskFields = {
  id: true,
  code: true,
  summary: true,
  documentNumber: true,
  dueDate: true,
  originalDueDate: true,
  status: true,
  reportedAt: true,
  reportedOn: true,
  officerId: true,
  leadAgencyId: true,
} as const;

export type TaskRef = Awaited<ReturnType<typeof openTasksOf>>[number];

/** The tasks this person answers for: their own, and their agency's unassigned ones if they head it. */
export function openTasksOf(db: Db, officer: Officer, take = 50) {
  const mine = [
    { officerId: officer.id },
    ...(officer.role === "agency_head" ? [{ officerId: null, leadAgencyId: officer.agencyId }] : []),
  ];
  return db.task.findMany({
    where: { status: "open", OR: mine },
    orderBy: [{ dueDate: "asc" }, { code: "asc" }],
    select: taskFields,
    take,
  });
}

export function tasksByIds(db: Db, ids: number[]) {
  return db.task.findMany({ where: { id: { in: ids } }, select: taskFields, orderBy: { dueDate: "asc" } });
}

export type CodeMatch = { kind: "found"; task: TaskRef } | { kind: "ambiguous"; tasks: TaskRef[] } | { kind: "none" };

/** A code as typed: the exact code of any task, else the end of one of the person's own open tasks' codes. */
export async function findByCode(db: Db, officer: Officer, typed: string): Promise<CodeMatch> {
  const exact = await db.task.findUnique({ where: { code: typed.toUpperCase() }, select: taskFields });
  if (exact) return { kind: "found", task: exact };
  const digits = /(\d+)$/.exec(typed)?.[1];
  const own = await openTasksOf(db, officer, 500);
  const matches = own.filter((t) => {
    if (t.code.toUpperCase().endsWith(`-${typed.toUpperCase()}`)) return true;
    const last = /(\d+)$/.exec(t.code)?.[1];
    return digits !== undefined && last !== undefined && Number(last) === Number(digits) && /^\d+$/.test(typed);
  });
  if (matches.length === 1) return { kind: "found", task: matches[0]! };
  return matches.length > 1 ? { kind: "ambiguous", tasks: matches } : { kind: "none" };
}
