// Reads the first sheet of an .xlsx or a .csv file into rows of cells. The format is told by
// the bytes, not the name: a renamed file still reads, and anything else is refused in one
// sentence (ImportFileError) instead of a stack trace.
import { readFile } from "node:fs/promises";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";

/** A cell as read: text, a number, or a calendar day from a date cell (ISO). */
export type Cell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: string }
  /** A formula the file never computed (saved by a program that does not calculate): no value to read. */
  | { kind: "formula" };

export interface SheetRow {
  /** The row number a person sees in the spreadsheet (the header is row 1). */
  rowNumber: number;
  cells: (Cell | undefined)[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

import { ImportFileError } from "./file-error.js";

export { ImportFileError, type ImportFileProblem } from "./file-error.js";

export async function readSheet(path: string): Promise<Sheet> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ImportFileError("not_found");
  }
  if (bytes.length === 0) throw new ImportFileError("empty");
  const raw = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  return toSheet(raw);
}

function isZip(bytes: Buffer): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The sheet the person sees: the workbook's active tab when it is visible, else the first visible
 * sheet with data — never a hidden sheet that happens to come first.
 */
function dataSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const visible = workbook.worksheets.filter((w) => w.state === "visible" || w.state === undefined);
  const active = workbook.views?.[0]?.activeTab;
  const chosen = active !== undefined ? workbook.worksheets[active] : undefined;
  if (chosen && visible.includes(chosen) && chosen.rowCount > 0) return chosen;
  return visible.find((w) => w.rowCount > 0) ?? visible[0] ?? workbook.worksheets[0];
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("not_spreadsheet");
  }
  const sheet = dataSheet(workbook);
  if (!sheet) throw new ImportFileError("empty");
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = fromExcel(cell.value);
    });
    rows.push({ rowNumber, cells });
  });
  return rows;
}

function fromExcel(value: ExcelJS.CellValue): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    // exceljs gives a date cell as midnight UTC of its calendar day.
    return { kind: "date", value: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "text", value: String(value) };
  if (typeof value === "string") return text(value);
  if (typeof value === "object") {
    if ("richText" in value) return text(value.richText.map((r) => r.text).join(""));
    if ("result" in value && value.result !== undefined) return fromExcel((value.result ?? null) as ExcelJS.CellValue);
    if ("formula" in value || "sharedFormula" in value) return { kind: "formula" };
    if ("text" in value && typeof value.text === "string") return text(value.text);
    if ("error" in value) return undefined;
  }
  return text(String(value));
}

function text(value: string): Cell | undefined {
  return value.trim() === "" ? undefined : { kind: "text", value };
}

function readCsv(bytes: Buffer): SheetRow[] {
  const source = decodeUtf8(bytes);
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = count(firstLine, ";") > count(firstLine, ",") ? ";" : ",";
  let records: string[][];
  try {
    records = parseCsv(source, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch {
    throw new ImportFileError("not_spreadsheet");
  }
  const rows: SheetRow[] = [];
  records.forEach((record, i) => {
    const cells = record.map((v) => text(v));
    if (cells.some((c) => c !== undefined)) rows.push({ rowNumber: i + 1, cells });
  });
  return rows;
}

function decodeUtf8(bytes: Buffer): string {
  if (bytes.includes(0)) throw new ImportFileError("not_spreadsheet");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError("not_spreadsheet");
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function toSheet(rows: SheetRow[]): Sheet {
  const [first, ...rest] = rows;
  if (!first) throw new ImportFileError("empty");
  if (first.rowNumber !== 1) throw new ImportFileError("no_header");
  const headers = Array.from(first.cells, (c) => (c ? cellText(c) : ""));
  return { headers, rows: rest };
}

export function cellText(cell: Cell): string {
  if (cell.kind === "formula") return "";
  return cell.kind === "text" ? cell.value.trim() : String(cell.value);
}
