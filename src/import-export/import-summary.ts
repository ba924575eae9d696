// What an import did, for the admin: counts, every problem, the columns it ignored.
import type { RowProblem } from "./documents/problems.js";
import { ImportFileError, type ImportFileProblem } from "./documents/file-error.js";

export type ImportKind = "agencies" | "officers" | "tasks";

/** One field of one row: what it was and what it is (or, for a conflict, the bot's and the sheet's). */
export interface FieldNote {
  row: number;
  /** The task's or officer's code. */
  key: string;
  /** The column's key (TASK_COLUMNS/OFFICER_COLUMNS); `completedDate` carries "cancelled" for a cancelled task. */
  column: string;
  from: string | number | null;
  to: string | number | null;
}

export interface ImportSummary {
  kind: ImportKind;
  /** Data rows read from the file. */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Bad rows left out (only with --skip-invalid; otherwise nothing is written). */
  skipped: number;
  imported: boolean;
  problems: RowProblem[];
  /** Rows imported but worth a second look. */
  warnings: RowProblem[];
  unknownColumns: string[];
  /** Every field the import changed. */
  changes: FieldNote[];
  /** Fields the bot and the sheet both changed, differently: from = the bot's, to = the sheet's. */
  conflicts: FieldNote[];
  /** Fields the bot changed that the sheet still has the old value for: the bot's kept. */
  kept: FieldNote[];
  /** Whether the sheet's side was taken in conflicts (--overwrite). */
  overwrite: boolean;
}

export class ImportRefused extends Error {
  constructor(
    readonly problem: ImportFileProblem | "missing_columns",
    readonly columns: string[] = [],
  ) {
    super(`import refused: ${problem}`);
  }
}

export function refuseMissingColumns(missing: string[]): void {
  if (missing.length > 0) throw new ImportRefused("missing_columns", missing);
}

export function asRefusal(error: unknown): ImportRefused | undefined {
  if (error instanceof ImportRefused) return error;
  if (error instanceof ImportFileError) return new ImportRefused(error.problem);
  return undefined;
}

export type Progress = (done: number, total: number) => void;

export interface ImportOptions {
  skipInvalid?: boolean;
  /** Take the sheet's value where it conflicts with a change made in the bot. */
  overwrite?: boolean;
  /** Read and check only: the summary's problems, nothing written (the web console's preview). */
  dryRun?: boolean;
  now: Date;
  actor: string;
  zone: string;
  onProgress?: Progress;
}

export function newSummary(
  kind: ImportSummary["kind"],
  rows: number,
  skipped: number,
  unknownColumns: string[],
  problems: ImportSummary["problems"],
): ImportSummary {
  return {
    kind,
    rows,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped,
    imported: false,
    problems,
    warnings: [],
    unknownColumns,
    changes: [],
    conflicts: [],
    kept: [],
    overwrite: false,
  };
}
