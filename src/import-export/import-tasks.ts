// Importing tasks. All or nothing unless skipInvalid; re-importing the same sheet changes
// nothing; a changed row updates its task (matched by code, else by document number + summary)
// and the change is audited.
import { localDateOf, startOfDay } from "../core/calendar/zone.js";
import { NOT_REPORTED } from "../core/tasks/lifecycle.js";
import { agencyLookup } from "./documents/contacts.js";
import { readSheet } from "./documents/sheet.js";
import { type TaskRow, naturalKey, officerLookup, parseTasks } from "./documents/tasks.js";
import type { Db } from "../store/client.js";
import { type AuditInput, addAudits } from "../store/audit-repo.js";
import { listAgencies, listOfficers } from "../store/contacts-repo.js";
import {
  type TaskData,
  createTasks,
  existingCodes,
  findTasksByCodes,
  findTasksByDocumentNumbers,
  reserveCodeNumbers,
  updateTask,
} from "../store/tasks-repo.js";
import { type Tx, inTransaction } from "../store/tx.js";
import { type ImportOptions, type ImportSummary, ImportRefused, refuseMissingColumns } from "./import-summary.js";
import { newSummary } from "./import-contacts.js";

type Existing = Awaited<ReturnType<typeof findTasksByCodes>>[number];

/** Sheet columns → task fields they set (completion is handled on its own). */
const FIELD_COLUMNS: [keyof TaskRow & keyof TaskData, string][] = [
  ["documentNumber", "documentNumber"],
  ["documentDate", "documentDate"],
  ["assignedBy", "assignedBy"],
  ["summary", "summary"],
  ["content", "content"],
  ["leadAgencyId", "leadAgency"],
  ["officerId", "officer"],
  ["assignedDate", "assignedDate"],
  ["dueDate", "dueDate"],
  ["originalDueDate", "originalDueDate"],
  ["note", "note"],
];

export async function importTasks(db: Db, path: string, opts: ImportOptions): Promise<ImportSummary> {
  const sheet = await readSheet(path);
  if (sheet.rows.length === 0) throw new ImportRefused("empty");
  const parsed = parseTasks(
    sheet,
    agencyLookup(await listAgencies(db)),
    officerLookup(await listOfficers(db)),
    localDateOf(opts.now, opts.zone),
  );
  refuseMissingColumns(parsed.missingColumns);
  const summary = newSummary("tasks", sheet.rows.length, parsed.problems.badRowCount, parsed.unknownColumns, parsed.problems.items);
  if (summary.problems.length > 0 && !opts.skipInvalid) return summary;

  await inTransaction(db, async (tx) => {
    const matches = await matchExisting(tx, parsed.rows);
    const audits: AuditInput[] = [];
    const creates: { row: TaskRow; data: TaskData }[] = [];
    let done = 0;
    for (const row of parsed.rows) {
      const old = matches.get(row.row);
      if (!old) creates.push({ row, data: newTask(row, opts) });
      else {
        const changes = diff(old, row, parsed.present, opts);
        if (Object.keys(changes).length === 0) summary.unchanged++;
        else {
          await updateTask(tx, old.id, Object.fromEntries(Object.entries(changes).map(([k, [, v]]) => [k, v])));
          audits.push(audit(opts, old.id, "task.updated_by_import", { row: row.row, changes: printable(changes) }));
          summary.updated++;
        }
      }
      if (++done % 500 === 0) opts.onProgress?.(done, parsed.rows.length);
    }
    await assignCodes(tx, creates);
    const ids = await createTasks(
      tx,
      creates.map((c) => c.data),
      opts.now,
    );
    for (const [code, id] of ids) audits.push(audit(opts, id, "task.imported", { code }));
    summary.created = creates.length;
    await addAudits(tx, audits);
    opts.onProgress?.(parsed.rows.length, parsed.rows.length);
  });
  summary.imported = true;
  return summary;
}

async function matchExisting(tx: Tx, rows: TaskRow[]): Promise<Map<number, Existing>> {
  const matched = new Map<number, Existing>();
  const byCode = new Map(
    (
      await findTasksByCodes(
        tx,
        rows.flatMap((r) => (r.code ? [r.code] : [])),
      )
    ).map((t) => [t.code, t]),
  );
  const uncoded = rows.filter((r) => !r.code);
  const byKey = new Map(
    (uncoded.length
      ? await findTasksByDocumentNumbers(
          tx,
          uncoded.map((r) => r.documentNumber),
        )
      : []
    ).map((t) => [naturalKey(t.documentNumber, t.summary), t]),
  );
  for (const r of rows) {
    const t = r.code ? byCode.get(r.code) : byKey.get(naturalKey(r.documentNumber, r.summary));
    if (t) matched.set(r.row, t);
  }
  return matched;
}

function completion(row: TaskRow, opts: ImportOptions): Partial<TaskData> {
  if (!row.completedDate) return {};
  return {
    status: "confirmed",
    reportedOn: row.completedDate,
    reportedAt: startOfDay(row.completedDate, opts.zone),
    reportedVia: "import",
    confirmedAt: opts.now,
    confirmedBy: opts.actor,
  };
}

function newTask(row: TaskRow, opts: ImportOptions): TaskData {
  return {
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
    ...completion(row, opts),
  };
}

type Changes = Record<string, [unknown, unknown]>;

function diff(old: Existing, row: TaskRow, present: Set<string>, opts: ImportOptions): Changes {
  const changes: Changes = {};
  for (const [field, column] of FIELD_COLUMNS) {
    // An optional column the sheet does not have leaves the stored value alone; an absent
    // "original deadline" keeps the one on record, so an extension is not forgotten.
    if (!present.has(column)) continue;
    if (old[field] !== row[field]) changes[field] = [old[field], row[field]];
  }
  if (row.completedDate) {
    if (old.status === "open") for (const [k, v] of Object.entries(completion(row, opts))) changes[k] = [old[k as keyof Existing], v];
    else if (old.status === "reported") {
      // The Office's system now shows it done: the officer's reported time stays, it is confirmed.
      changes.status = [old.status, "confirmed"];
      changes.confirmedAt = [old.confirmedAt, opts.now];
      changes.confirmedBy = [old.confirmedBy, opts.actor];
    } else if (old.status === "confirmed" && old.reportedVia === "import" && old.reportedOn !== row.completedDate) {
      changes.reportedOn = [old.reportedOn, row.completedDate];
      changes.reportedAt = [old.reportedAt, startOfDay(row.completedDate, opts.zone)];
    }
  }
  return changes;
}

function printable(changes: Changes): Changes {
  return Object.fromEntries(
    Object.entries(changes).map(([k, [a, b]]) => [k, [a instanceof Date ? a.toISOString() : a, b instanceof Date ? b.toISOString() : b]]),
  );
}

/** Codes for rows without one: NV-<year of assignment>-0001 …, skipping any already taken. */
async function assignCodes(tx: Tx, creates: { row: TaskRow; data: TaskData }[]): Promise<void> {
  const byYear = new Map<number, { data: TaskData }[]>();
  for (const c of creates) {
    if (c.data.code) continue;
    const year = Number(c.row.assignedDate.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), c]);
  }
  const inFile = new Set(creates.map((c) => c.data.code).filter(Boolean));
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
