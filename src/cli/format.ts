// Shaping domain data for people: task rows, import summaries, deadline words.
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { formatViDate } from "../core/calendar/local-date.js";
import { UserError } from "../i18n/user-error.js";
import type { WorkCalendar } from "../core/calendar/working-days.js";
import { deadlineStatus } from "../core/tasks/deadline.js";
import { standing } from "../messages/task-line.js";
import type { Translate } from "../i18n/i18n.js";
import type { FieldNote, ImportSummary } from "../import-export/import-summary.js";
import { AGENCY_COLUMNS, OFFICER_COLUMNS, TASK_COLUMNS } from "../import-export/documents/columns.js";
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

/** A message key's text, or the key's own value where no text exists for it (a future action). */
export function named(tr: Translate, key: string, fallback: string): string {
  const text = tr(key);
  return text === key ? fallback : text;
}

export function summaryLines(s: ImportSummary, tr: Translate): string[] {
  const lines: string[] = [];
  for (const p of s.problems) {
    lines.push(tr("import-problem", { row: p.row, column: p.column, reason: tr(`import-reason-${p.reason}`, { value: p.value ?? "" }) }));
  }
  for (const w of s.warnings.slice(0, NOTES_SHOWN))
    lines.push(tr("import-warning", { row: w.row, column: w.column, reason: tr(`import-reason-${w.reason}`, { value: w.value ?? "" }) }));
  if (s.warnings.length > NOTES_SHOWN) lines.push("  " + tr("import-more", { count: s.warnings.length - NOTES_SHOWN }));
  if (s.unknownColumns.length > 0) lines.push(tr("import-unknown-columns", { columns: s.unknownColumns.map((c) => `"${c}"`).join(", ") }));
  if (s.imported) {
    lines.push(...noteLines(s.changes, "import-changes", "import-change-line", tr));
    lines.push(...noteLines(s.conflicts, s.overwrite ? "import-conflicts-overwritten" : "import-conflicts", "import-conflict-line", tr));
    lines.push(...noteLines(s.kept, "import-kept", "import-conflict-line", tr));
  }
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

/** How many lines of each list an import prints; --json has them all. */
const NOTES_SHOWN = 20;

const COLUMN_NAMES = new Map<string, string>([...AGENCY_COLUMNS, ...OFFICER_COLUMNS, ...TASK_COLUMNS].map((c) => [c.key, c.vi]));

function noteLines(notes: FieldNote[], title: string, line: string, tr: Translate): string[] {
  if (notes.length === 0) return [];
  const value = (v: FieldNote["from"], column: string) => {
    if (v === null || v === "") return tr("import-value-empty");
    if (column === "role") return tr(`role-${v}`);
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatViDate(v);
    if (v === "cancelled" || v === "reported" || v === "confirmed") return tr(`import-value-${v}`);
    return String(v);
  };
  const shown = notes.slice(0, NOTES_SHOWN).map(
    (n) =>
      "  " +
      tr(line, {
        row: n.row,
        key: n.key,
        column: n.column === "status" ? tr("import-column-status") : (COLUMN_NAMES.get(n.column) ?? n.column),
        from: value(n.from, n.column),
        to: value(n.to, n.column),
      }),
  );
  const more = notes.length - shown.length;
  return [tr(title, { count: notes.length }), ...shown, ...(more > 0 ? ["  " + tr("import-more", { count: more })] : [])];
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
