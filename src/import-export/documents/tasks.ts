// Validating task rows: required values, Vietnamese dates, deadlines after assignment, known
// agencies and officers, no duplicates inside the file.
import type { LocalDate } from "../../core/calendar/local-date.js";
import type { TaskRecord } from "../../core/tasks/task.js";
import { tidy } from "../../core/text/fold.js";
import { RowReader } from "./cells.js";
import { TASK_COLUMNS, mapColumns } from "./columns.js";
import { type AgencyLookup, type ParsedContacts, parsedSheet } from "./contacts.js";
import { ProblemList, type RowProblem } from "./problems.js";
import type { Sheet } from "./sheet.js";

/** A task as a sheet row gives it: the task's own fields, its row, and the completion date if any. */
export interface TaskRow extends Pick<
  TaskRecord,
  | "documentNumber"
  | "documentDate"
  | "assignedBy"
  | "summary"
  | "content"
  | "leadAgencyId"
  | "officerId"
  | "assignedDate"
  | "dueDate"
  | "originalDueDate"
  | "note"
> {
  row: number;
  code: string | null;
  completedDate: LocalDate | null;
}

export type OfficerMatch = { id: number; agencyId: number } | "ambiguous" | undefined;

export interface OfficerLookup {
  find(codeOrName: string): OfficerMatch;
}

export function officerLookup(officers: { id: number; code: string; fullName: string; agencyId: number }[]): OfficerLookup {
  const byCode = new Map(officers.map((o) => [o.code.toUpperCase(), o]));
  const byName = new Map<string, (typeof officers)[number] | "ambiguous">();
  for (const o of officers) {
    const key = tidy(o.fullName).toLowerCase();
    byName.set(key, byName.has(key) ? "ambiguous" : o);
  }
  const match = (o: (typeof officers)[number]) => ({ id: o.id, agencyId: o.agencyId });
  return {
    find(v) {
      const coded = byCode.get(tidy(v).toUpperCase());
      if (coded !== undefined) return match(coded);
      const named = byName.get(tidy(v).toLowerCase());
      return named === undefined || named === "ambiguous" ? named : match(named);
    },
  };
}

/** Dates a task can plausibly carry: anything outside is a typo (9999), not a plan. */
const EARLIEST = "2000-01-01";
const LATEST = "2100-12-31";

/** The key that identifies a task without a code: its document number and summary. */
export function naturalKey(documentNumber: string | null, summary: string): string {
  return `${(documentNumber ?? "").toUpperCase()}\u0000${summary.toLowerCase()}`;
}

export function parseTasks(sheet: Sheet, agencies: AgencyLookup, officers: OfficerLookup, today: LocalDate): ParsedContacts<TaskRow> {
  const map = mapColumns(sheet, TASK_COLUMNS);
  const problems = new ProblemList();
  const read = new RowReader(map, problems);
  const rows: TaskRow[] = [];
  const seenCodes = new Set<string>();
  const seenKeys = new Set<string>();
  const warnings: RowProblem[] = [];

  for (const row of sheet.rows) {
    const n = row.rowNumber;
    const code = read.text(row, "code")?.toUpperCase() ?? null;
    const summary = read.text(row, "summary", true);
    const agencyText = read.text(row, "leadAgency", true);
    const officerText = read.text(row, "officer");
    const assignedDate = read.date(row, "assignedDate", true);
    const dueDate = read.date(row, "dueDate", true);
    const originalDueDate = read.date(row, "originalDueDate");
    const completedDate = read.date(row, "completedDate");
    const documentNumber = read.text(row, "documentNumber");

    const leadAgencyId = agencyText ? agencies.find(agencyText) : undefined;
    if (agencyText && leadAgencyId === undefined) problems.add(n, read.label("leadAgency"), "unknown_agency", agencyText);
    const officer = officerText ? officers.find(officerText) : undefined;
    if (officerText && officer === undefined) problems.add(n, read.label("officer"), "unknown_officer", officerText);
    if (officer === "ambiguous") problems.add(n, read.label("officer"), "ambiguous_officer", officerText ?? "");
    // Officers are normally of the lead agency; one seconded elsewhere is possible, so this is
    // shown to the clerk rather than refused.
    if (officer && officer !== "ambiguous" && leadAgencyId !== undefined && officer.agencyId !== leadAgencyId)
      warnings.push({ row: n, column: read.label("officer"), reason: "officer_other_agency", value: officerText ?? "" });
    if (assignedDate && dueDate && dueDate < assignedDate) problems.add(n, read.label("dueDate"), "due_before_assigned");
    if (assignedDate && originalDueDate && originalDueDate < assignedDate)
      problems.add(n, read.label("originalDueDate"), "due_before_assigned");
    if (assignedDate && completedDate && completedDate < assignedDate)
      problems.add(n, read.label("completedDate"), "completed_before_assigned");
    // A completion is a fact: it cannot lie ahead.
    if (completedDate && completedDate > today) problems.add(n, read.label("completedDate"), "completed_in_future");
    const outOfRange = (key: "assignedDate" | "dueDate" | "originalDueDate", value: LocalDate | null) => {
      if (value && (value < EARLIEST || value > LATEST)) problems.add(n, read.label(key), "date_out_of_range", value.slice(0, 4));
    };
    outOfRange("assignedDate", assignedDate);
    outOfRange("dueDate", dueDate);
    outOfRange("originalDueDate", originalDueDate);

    if (code) {
      if (seenCodes.has(code)) problems.add(n, read.label("code"), "duplicate_code", code);
      seenCodes.add(code);
    } else if (summary) {
      const key = naturalKey(documentNumber, summary);
      if (seenKeys.has(key)) problems.add(n, read.label("summary"), "duplicate_task");
      seenKeys.add(key);
    }

    if (problems.isBad(n) || !summary || leadAgencyId === undefined || !assignedDate || !dueDate) continue;
    rows.push({
      row: n,
      code,
      documentNumber,
      documentDate: read.date(row, "documentDate"),
      assignedBy: read.text(row, "assignedBy"),
      summary,
      content: read.text(row, "content"),
      leadAgencyId,
      officerId: officer && officer !== "ambiguous" ? officer.id : null,
      assignedDate,
      dueDate,
      originalDueDate: originalDueDate ?? dueDate,
      completedDate,
      note: read.text(row, "note"),
    });
  }
  // A bad document date is found only while building the row: drop rows that went bad late.
  return parsedSheet(
    rows.filter((r) => !problems.isBad(r.row)),
    problems,
    map,
    warnings.filter((w) => !problems.isBad(w.row)),
  );
}
