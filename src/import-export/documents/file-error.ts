// A file that cannot be imported at all (missing, empty, not a spreadsheet): its own module, so
// the command line can explain it without loading the spreadsheet readers.
export type ImportFileProblem =
  | "not_found"
  | "empty"
  | "not_spreadsheet"
  | "no_header"
  /** A CSV in another encoding than UTF-8 (Windows-1258, a legacy code page): say how to save it. */
  | "csv_encoding"
  /** A zip archive that holds no workbook (a .docx, a .zip renamed). */
  | "zip_not_xlsx";

export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    readonly detail?: string,
  ) {
    super(`import file problem: ${problem}`);
  }
}
