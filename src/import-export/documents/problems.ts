// What can be wrong with one row. Reasons are message keys (locales: import-reason-*), so the
// admin reads them in their language: `row N, column "X": reason`.
export type RowReason =
  | "missing"
  | "bad_date"
  | "due_before_assigned"
  | "completed_before_assigned"
  | "unknown_agency"
  | "unknown_officer"
  | "ambiguous_officer"
  | "duplicate_code"
  | "duplicate_task"
  | "bad_role"
  | "bad_language"
  | "name_taken"
  | "too_long"
  | "formula_without_value"
  | "completed_in_future"
  | "date_out_of_range"
  | "likely_renamed"
  /** A warning, not a problem: the officer works for another agency than the lead agency. */
  | "officer_other_agency";

export interface RowProblem {
  row: number;
  column: string;
  reason: RowReason;
  /** The offending value, when showing it helps (never a phone number). */
  value?: string;
}

export class ProblemList {
  readonly items: RowProblem[] = [];
  private readonly badRows = new Set<number>();

  add(row: number, column: string, reason: RowReason, value?: string): void {
    this.items.push(value === undefined ? { row, column, reason } : { row, column, reason, value });
    this.badRows.add(row);
  }

  isBad(row: number): boolean {
    return this.badRows.has(row);
  }

  get badRowCount(): number {
    return this.badRows.size;
  }
}
