// Importing tasks. All or nothing unless skipInvalid. A row matches its task by code, else by
// document number + summary; a matched row is merged field by field with what the bot changed
// since the last import (core/tasks/import-merge.ts): the summary lists every change, every
// conflict and every change of the bot's that the sheet does not have yet.
import { distance } from "fastest-levenshtein";
import { localDateOf, startOfDay } from "../core/calendar/zone.js";
import type { LocalDate } from "../core/calendar/local-date.js";
import { type FieldValue, type FieldValues, mergeImport } from "../core/tasks/import-merge.js";
import { NOT_REPORTED } from "../core/tasks/lifecycle.js";
import type { TaskRecord } from "../core/tasks/task.js";
import { foldKey } from "../core/text/fold.js";
import { agencyLookup } from "./documents/contacts.js";
import { readSheet } from "./documents/sheet.js";
import { TASK_COLUMNS, headerScore } from "./documents/columns.js";
import { type TaskRow, naturalKey, officerLookup, parseTasks } from "./documents/tasks.js";
import type { Db } from "../store/client.js";
import { type AuditInput, addAudits, auditTasks } from "../store/audit-repo.js";
import { listAgencies, officerNames } from "../store/contacts-repo.js";
import { withdrawExtensions } from "../store/extensions-repo.js";
import {
  type ImportedTask,
  type TaskData,
  createTasks,
  existingCodes,
  findTasksByCodes,
  findTasksByDocumentNumbers,
  reserveCodeNumbers,
  updateTask,
} from "../store/tasks-repo.js";
import { type Tx, chunks, inTransaction } from "../store/tx.js";
import {
  type FieldNote,
  type ImportOptions,
  type ImportSummary,
  ImportRefused,
  newSummary,
  refuseMissingColumns,
} from "./import-summary.js";

/** Sheet columns → the task fields they set. The completion date is a field of its own (below). */
const FIELD_COLUMNS = [
  ["documentNumber", "documentNumber"],
  ["documentDate", "documentDate"],
  ["assignedBy", "assignedBy"],
  ["summary", "summary"],
  ["content", "content"],
  ["leadAgency", "leadAgencyId"],
  ["officer", "officerId"],
  ["assignedDate", "assignedDate"],
  ["dueDate", "dueDate"],
  ["originalDueDate", "originalDueDate"],
  ["note", "note"],
] as const satisfies readonly (readonly [string, keyof TaskRow & keyof TaskData])[];

const COMPLETED = "completedDate";
/** A cancelled task's completion, as the merge compares it. */
const CANCELLED = "cancelled";
/** What the bot changes by itself: the deadline (an extension) and the completion. */
const BOT_OWNED = new Set(["dueDate", COMPLETED]);
/** A summary this close to another of the same document is that task with a typo fixed, not a new one. */
const RENAME_DISTANCE = 0.25;

interface Names {
  agency: Map<number, string>;
  officer: Map<number, string>;
}

/**
 * Rows written per batch inside the import's one transaction: the new tasks of a batch are built,
 * written and let go before the next, so what is held beside the checked rows stays the same as
 * the file grows.
 */
const WRITE_BATCH = 2_000;

export async function importTasks(db: Db, path: string, opts: ImportOptions): Promise<ImportSummary> {
  const { parsed, names, rowCount } = await checkFile(db, path, opts);
  refuseMissingColumns(parsed.missingColumns);
  for (const [row, code] of await likelyRenames(db, parsed.rows))
    parsed.problems.add(row.row, parsed.labels.summary ?? "summary", "likely_renamed", code);
  const rows = parsed.rows.filter((r) => !parsed.problems.isBad(r.row));
  const summary = newSummary("tasks", rowCount, parsed.problems.badRowCount, parsed.unknownColumns, parsed.problems.items);
  summary.overwrite = Boolean(opts.overwrite);
  summary.warnings = parsed.warnings ?? [];
  if (opts.dryRun || (summary.problems.length > 0 && !opts.skipInvalid)) return summary;

  const writing: Writing = {
    present: parsed.present,
    names,
    opts,
    summary,
    codesInFile: new Set(rows.flatMap((r) => (r.code ? [r.code] : []))),
  };
  await inTransaction(db, async (tx) => {
    let done = 0;
    for (const part of chunks(rows, WRITE_BATCH)) {
      await writeBatch(tx, part, writing);
      opts.onProgress?.((done += part.length), rows.length);
    }
  });
  summary.imported = true;
  return summary;
}

/**
 * The file read and every row checked against the contacts. Only the checked rows are kept: the
 * sheet's cells are let go here, before anything is written.
 */
async function checkFile(db: Db, path: string, opts: ImportOptions) {
  // The contacts are read while the file is: the reader waits on the disk now and then.
  const [sheet, agencies, officers] = await Promise.all([readSheet(path, headerScore(TASK_COLUMNS)), listAgencies(db), officerNames(db)]);
  if (sheet.rows.length === 0) throw new ImportRefused("empty");
  const names: Names = {
    agency: new Map(agencies.map((a) => [a.id, a.code])),
    officer: new Map(officers.map((o) => [o.id, o.code])),
  };
  const parsed = parseTasks(sheet, agencyLookup(agencies), officerLookup(officers), localDateOf(opts.now, opts.zone));
  return { parsed, names, rowCount: sheet.rows.length };
}

/** What the batches of one import share: how to read a row, where to report, which codes the file holds. */
interface Writing {
  present: Set<string>;
  names: Names;
  opts: ImportOptions;
  summary: ImportSummary;
  /** Codes the file gives: a generated code never takes one, whichever batch its row is in. */
  codesInFile: Set<string>;
}

/** One batch of checked rows: each matched task merged with its row, the others created; all audited. */
async function writeBatch(tx: Tx, rows: TaskRow[], { present, names, opts, summary, codesInFile }: Writing): Promise<void> {
  const matches = await matchExisting(tx, rows);
  const audits: AuditInput[] = [];
  const creates: { row: TaskRow; data: TaskData }[] = [];
  for (const row of rows) {
    const old = matches.get(row.row);
    if (!old) {
      creates.push({ row, data: newTask(row, present, opts) });
      continue;
    }
    const merged = merge(old, row, present, opts);
    const note = (column: string, from: FieldValue, to: FieldValue): FieldNote => ({
      row: row.row,
      key: old.code,
      column,
      ...shown(column, from, to, names),
    });
    summary.changes.push(...merged.notes.map((n) => note(n.field, n.store, n.sheet)));
    summary.conflicts.push(...merged.conflicts.map((n) => note(n.field, n.store, n.sheet)));
    summary.kept.push(...merged.kept.map((n) => note(n.field, n.store, n.sheet)));
    const base = JSON.stringify(merged.base);
    if (merged.notes.length === 0) summary.unchanged++;
    else summary.updated++;
    if (merged.notes.length > 0 || base !== old.importBase) await updateTask(tx, old.id, { ...merged.data, importBase: base });
    if (merged.data.status && merged.data.status !== "open") await withdrawExtensions(tx, old.id, opts.now);
    if (merged.notes.length > 0)
      audits.push(
        audit(opts, old.id, "task.updated_by_import", {
          row: row.row,
          changes: printable(old, merged.data),
          ...(opts.overwrite && merged.conflicts.length > 0 ? { overwritten: merged.conflicts.map((c) => c.field) } : {}),
        }),
      );
  }
  await assignCodes(tx, creates, codesInFile);
  const ids = await createTasks(
    tx,
    creates.map((c) => c.data),
    opts.now,
  );
  summary.created += creates.length;
  await addAudits(tx, audits);
  await auditTasks(tx, [...ids.values()], { at: opts.now, actor: opts.actor, channel: "import", action: "task.imported" });
}

async function matchExisting(tx: Tx, rows: TaskRow[]): Promise<Map<number, ImportedTask>> {
  const matched = new Map<number, ImportedTask>();
  const byCode = new Map(
    (
      await findTasksByCodes(
        tx,
        rows.flatMap((r) => (r.code ? [r.code] : [])),
      )
    ).map((t) => [t.code, t]),
  );
  const byKey = new Map((await sameDocument(tx, rows)).map((t) => [naturalKey(t.documentNumber, t.summary), t]));
  for (const r of rows) {
    const t = r.code ? byCode.get(r.code) : byKey.get(naturalKey(r.documentNumber, r.summary));
    if (t) matched.set(r.row, t);
  }
  return matched;
}

/** The stored tasks that share a document number with a row that has no code. */
async function sameDocument(tx: Tx, rows: TaskRow[]): Promise<ImportedTask[]> {
  const uncoded = rows.filter((r) => !r.code);
  return uncoded.length
    ? findTasksByDocumentNumbers(
        tx,
        uncoded.map((r) => r.documentNumber),
      )
    : [];
}

/**
 * Rows without a code that match no task but read like a stored task of the same document with
 * its summary corrected — a task no other row of the file matches. Importing them would count the
 * task twice; the clerk is asked to write the task's code in the row instead.
 */
async function likelyRenames(db: Db, rows: TaskRow[]): Promise<[TaskRow, string][]> {
  const stored = await sameDocument(db, rows);
  if (stored.length === 0) return [];
  const inFile = new Set(rows.map((r) => (r.code ? r.code : naturalKey(r.documentNumber, r.summary))));
  const unmatched = stored.filter((t) => !inFile.has(t.code) && !inFile.has(naturalKey(t.documentNumber, t.summary)));
  const storedKeys = new Set(stored.map((t) => naturalKey(t.documentNumber, t.summary)));
  const out: [TaskRow, string][] = [];
  for (const row of rows) {
    if (row.code || storedKeys.has(naturalKey(row.documentNumber, row.summary))) continue;
    const mine = foldKey(row.summary);
    const near = unmatched.find(
      (t) =>
        (t.documentNumber ?? "").toUpperCase() === (row.documentNumber ?? "").toUpperCase() &&
        distance(foldKey(t.summary), mine) <= RENAME_DISTANCE * Math.max(mine.length, foldKey(t.summary).length),
    );
    if (near) out.push([row, near.code]);
  }
  return out;
}

function completion(date: LocalDate, opts: ImportOptions): Partial<TaskData> {
  return {
    ...NOT_REPORTED,
    status: "confirmed",
    reportedOn: date,
    reportedAt: startOfDay(date, opts.zone),
    reportedVia: "import",
    confirmedAt: opts.now,
    confirmedBy: opts.actor,
  };
}

/** A task the sheet adds, with what this import set its fields to: one object literal (a batch builds thousands). */
function newTask(row: TaskRow, present: Set<string>, opts: ImportOptions): TaskData {
  const task: TaskData = {
    code: row.code ?? "",
    documentNumber: row.documentNumber,
    documentDate: row.documentDate,
    assignedBy: row.assignedBy,
    summary: row.summary,
    content: row.content,
    leadAgencyId: row.leadAgencyId,
    officerId: row.officerId,
    assignedDate: row.assignedDate,
    dueDate: row.dueDate,
    originalDueDate: row.originalDueDate,
    note: row.note,
    ...NOT_REPORTED,
    importBase: JSON.stringify(sheetValues(row, present, null)),
  };
  return row.completedDate ? Object.assign(task, completion(row.completedDate, opts)) : task;
}

/** The completion as one comparable value: its date, "cancelled", or null while open. */
function completionValue(task: TaskRecord): FieldValue {
  if (task.status === "cancelled") return CANCELLED;
  return task.status === "open" ? null : task.reportedOn;
}

function storeValues(task: TaskRecord): FieldValues {
  const values: FieldValues = Object.fromEntries(FIELD_COLUMNS.map(([column, field]) => [column, task[field]]));
  values[COMPLETED] = completionValue(task);
  return values;
}

/** The values of the columns the sheet has. An empty completion cell says something only once an import remembered one. */
function sheetValues(row: TaskRow, present: Set<string>, base: FieldValues | null): FieldValues {
  const values: FieldValues = {};
  for (const [column, field] of FIELD_COLUMNS) if (present.has(column)) values[column] = row[field];
  if (present.has(COMPLETED) && (row.completedDate !== null || (base !== null && COMPLETED in base))) values[COMPLETED] = row.completedDate;
  return values;
}

interface Merged {
  data: Partial<TaskData>;
  notes: { field: string; store: FieldValue; sheet: FieldValue }[];
  conflicts: { field: string; store: FieldValue; sheet: FieldValue }[];
  kept: { field: string; store: FieldValue; sheet: FieldValue }[];
  base: FieldValues;
}

function merge(old: ImportedTask, row: TaskRow, present: Set<string>, opts: ImportOptions): Merged {
  const base = parseBase(old.importBase);
  const store = storeValues(old);
  const sheet = sheetValues(row, present, base);
  const data: Partial<TaskData> = {};
  const notes: Merged["notes"] = [];
  // An officer reported it done and the Office's sheet now shows it done: that confirms it; the
  // officer's reported time stays, since it decides on time or late.
  const confirming = old.status === "reported" && row.completedDate !== null && present.has(COMPLETED);
  if (confirming) {
    delete sheet[COMPLETED];
    Object.assign(data, { status: "confirmed", confirmedAt: opts.now, confirmedBy: opts.actor });
    notes.push({ field: "status", store: "reported", sheet: "confirmed" });
  }
  const result = mergeImport({ store, sheet, base, botOwned: BOT_OWNED, overwrite: Boolean(opts.overwrite) });
  for (const [column, value] of Object.entries(result.apply)) {
    notes.push({ field: column, store: store[column] ?? null, sheet: value });
    if (column === COMPLETED) Object.assign(data, value === null ? NOT_REPORTED : completion(String(value), opts));
    else {
      const field = FIELD_COLUMNS.find(([c]) => c === column)![1];
      Object.assign(data, { [field]: value });
    }
  }
  if (confirming) result.base[COMPLETED] = row.completedDate;
  return { data, notes, conflicts: result.conflicts, kept: result.kept, base: result.base };
}

function parseBase(text: string | null): FieldValues | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as FieldValues;
  } catch {
    return null;
  }
}

/** A note's values as a clerk reads them: agency and officer codes, not ids. */
function shown(column: string, from: FieldValue, to: FieldValue, names: Names): { from: FieldValue; to: FieldValue } {
  const map = column === "leadAgency" ? names.agency : column === "officer" ? names.officer : undefined;
  const name = (v: FieldValue) => (map && typeof v === "number" ? (map.get(v) ?? v) : v);
  return { from: name(from), to: name(to) };
}

/** The audit's record of a change: each field, before and after. */
function printable(old: TaskRecord, data: Partial<TaskData>): Record<string, [unknown, unknown]> {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, [iso(old[k as keyof TaskRecord]), iso(v)]]));
}

/** Codes for rows without one: NV-<year of assignment>-0001 …, skipping any already taken. */
async function assignCodes(tx: Tx, creates: { row: TaskRow; data: TaskData }[], inFile: Set<string>): Promise<void> {
  const byYear = new Map<number, { data: TaskData }[]>();
  for (const c of creates) {
    if (c.data.code) continue;
    const year = Number(c.row.assignedDate.slice(0, 4));
    const items = byYear.get(year);
    if (items) items.push(c);
    else byYear.set(year, [c]);
  }
  for (const [year, items] of byYear) {
    let pending = items;
    while (pending.length > 0) {
      const first = await reserveCodeNumbers(tx, year, pending.length);
      const candidates = pending.map((_, i) => `NV-${year}-${String(first + i).padStart(4, "0")}`);
      const taken = await existingCodes(tx, candidates);
      const next: typeof pending = [];
      pending.forEach((item, i) => {
        const code = candidates[i]!;
        if (taken.has(code) || inFile.has(code)) next.push(item);
        else item.data.code = code;
      });
      pending = next;
    }
  }
}

function audit(opts: ImportOptions, taskId: number, action: string, details: Record<string, unknown>): AuditInput {
  return { at: opts.now, actor: opts.actor, channel: "import", action, entity: "task", entityId: taskId, details };
}
