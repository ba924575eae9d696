// What an import did, for the admin: counts, every problem, the columns it ignored.
import type { RowProblem } from "./documents/problems.js";
import { ImportFileError, type ImportFileProblem } from "./documents/file-error.js";

export type ImportKind = "agencies" | "officers" | "tasks";

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
  unknownColumns: string[];
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
  now: Date;
  actor: string;
  zone: string;
  onProgress?: Progress;
}
