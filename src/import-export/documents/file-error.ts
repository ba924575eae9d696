// A file that cannot be imported at all (missing, empty, not a spreadsheet): its own module, so
// the command line can explain it without loading the spreadsheet readers.
export type ImportFileProblem = "not_found" | "empty" | "not_spreadsheet" | "no_header";

export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    readonly detail?: string,
  ) {
    super(`import file problem: ${problem}`);
  }
}
