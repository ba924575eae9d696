// Shaping domain data for people: task rows, import summaries, deadline words.
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { formatViDate } from "../core/calendar/local-date.js";
import { UserError } from "../i18n/user-error.js";
import type { WorkCalendar } from "../core/calendar/working-days.js";
import { deadlineStatus } from "../core/tasks/deadline.js";
import { standing } from "../messages/task-line.js";
import type { Translate } from "../i18n/i18n.js";
import type { ImportSummary } from "../import-export/import-summary.js";
import type { TaskWithNames } from "../core/tasks/task.js";

export function deadlineWords(task: TaskWithNames, now: Date, zone: string, calendar: WorkCalendar, tr: Translate): string {
  return standing(task, now, zone, calendar, tr);
}

export function taskJson(task: TaskWithNames, now: Date, zone: string, calendar: WorkCalendar) {
  return {
    code: task.code,
    documentNumber: task.documentNumber,
    documentDate: task.documentDate,
    assignedBy: task.assignedBy,
    summary: task.summary,
    content: task.content,
    leadAgency: { code: task.leadAgency.code, name: task.leadAgency.name },
    officer: task.officer ? { code: task.officer.code, fullName: task.officer.fullName } : null,
    assignedDate: task.assignedDate,
    dueDate: task.dueDate,
    originalDueDate: task.originalDueDate,
    note: task.note,
    status: task.status,
    deadline: deadlineStatus(task, now, zone, calendar),
    reportedAt: task.reportedAt?.toISOString() ?? null,
    reportedOn: task.reportedOn,
    reportedBy: task.reportedBy?.code ?? null,
    reportedVia: task.reportedVia,
    reportNote: task.reportNote,
    confirmedAt: task.confirmedAt?.toISOString() ?? null,
    confirmedBy: task.confirmedBy,
  };
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function date(iso: string | null): string {
  return iso ? formatViDate(iso) : "";
}

export function summaryLines(s: ImportSummary, tr: Translate): string[] {
  const lines: string[] = [];
  for (const p of s.problems) {
    lines.push(tr("import-problem", { row: p.row, column: p.column, reason: tr(`import-reason-${p.reason}`, { value: p.value ?? "" }) }));
  }
  if (s.unknownColumns.length > 0) lines.push(tr("import-unknown-columns", { columns: s.unknownColumns.map((c) => `"${c}"`).join(", ") }));
  if (!s.imported) lines.push(tr("import-nothing-imported", { problems: s.problems.length, rows: s.skipped }));
  else
    lines.push(
      tr("import-done", {
        kind: tr(`import-kind-${s.kind}`),
        rows: s.rows,
        created: s.created,
        updated: s.updated,
        unchanged: s.unchanged,
        skipped: s.skipped,
      }),
    );
  return lines;
}

/**
 * A file the command will write: its folder exists and takes files, and it is not a folder itself.
 * Checked before anything is read or built, so a bad path costs one sentence, not a stack trace.
 */
export function writableTarget(path: string): string {
  const folder = dirname(resolve(path));
  try {
    if (!statSync(folder).isDirectory()) throw new Error("not a folder");
    accessSync(folder, constants.W_OK);
    if (existsSync(path) && statSync(path).isDirectory()) throw new Error("a folder");
  } catch {
    throw new UserError("error-cannot-write", { file: path });
  }
  return path;
}
