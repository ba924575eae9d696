// Reads the first sheet of an .xlsx or a .csv file into rows of cells. The format is told by
// the bytes, not the name: a renamed file still reads, and anything else is refused in one
// sentence (ImportFileError) instead of a stack trace.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * A cell as read: text, a number, a calendar day from a date cell, or a formula the file never
 * computed (saved by a program that does not calculate: no value to read). Text and numbers are
 * plain values, not objects: a 20,000-row sheet holds 140,000 cells, held until it is checked,
 * and an object for each made a good part of an import's time garbage collection.
 */
export type Cell = string | number | DateCell | typeof UNCOMPUTED;

/** A date cell's calendar day (ISO). */
export interface DateCell {
  readonly date: string;
}

export const UNCOMPUTED = Object.freeze({ formula: "uncomputed" as const });

export function isDateCell(cell: Cell | undefined): cell is DateCell {
  return typeof cell === "object" && "date" in cell;
}

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
import { sheetsLast } from "./xlsx-entries.js";

export { ImportFileError, type ImportFileProblem } from "./file-error.js";

/** How many of a kind's known columns a row holds: the header row is the one that holds most. */
export type HeaderScore = (cells: string[]) => number;

/** A title, a date line or a blank row may sit above the header: it is looked for this far down. */
const HEADER_SEARCH_ROWS = 20;

export async function readSheet(path: string, headerScore?: HeaderScore): Promise<Sheet> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ImportFileError("not_found");
  }
  if (bytes.length === 0) throw new ImportFileError("empty");
  const raw = isZip(bytes) ? await readXlsx(path, bytes) : readCsv(bytes);
  return toSheet(raw, headerScore);
}

function isZip(bytes: Buffer): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A sheet of exceljs's streaming reader, as its parse() hands it: events (rows among them) chunk by chunk. */
interface WorksheetEvents {
  id: number;
  state?: string;
  parse(): AsyncIterable<{ eventType: string; value: ExcelJS.Row }[]>;
}

/** What exceljs's streaming reader knows of the workbook once it has read workbook.xml. */
interface WorkbookModel {
  sheets?: { id: number; state?: string }[];
  views?: { activeTab?: number }[];
}

/**
 * Reads the sheet the person sees — the workbook's active tab when it is visible and has data,
 * else the first visible sheet with data; never a hidden sheet that happens to come first —
 * with exceljs's streaming reader: rows as they are parsed, not a whole workbook model (a
 * 20,000-row file read whole took half a gigabyte).
 */
async function readXlsx(path: string, bytes: Buffer): Promise<SheetRow[]> {
  // Every .xlsx names its workbook part in the zip's directory; a .docx or a plain .zip does not.
  if (!bytes.includes("xl/workbook.xml")) throw new ImportFileError("zip_not_xlsx");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader((await sheetsLast(bytes)) ?? createReadStream(path), {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles tell a date cell from a number.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  // Every sheet is read to its end and the choice made after: the workbook's own part (which tab
  // was active) may come after the sheets in the zip, and leaving the reader half-way raced its
  // stream's teardown.
  const read: { id: number; rows: SheetRow[] }[] = [];
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as WorksheetEvents;
      const hidden = ws.state === "hidden" || ws.state === "veryHidden";
      const rows: SheetRow[] = [];
      // The sheet's events a chunk at a time (exceljs's documented parse()), not row by row
      // through its async iterator: a promise per row cost a twentieth of a 20,000-row read.
      for await (const events of ws.parse()) {
        if (hidden) continue;
        for (const { eventType, value: row } of events) {
          if (eventType !== "row") continue;
          const cells: (Cell | undefined)[] = [];
          row.eachCell({ includeEmpty: false }, (cell, col) => {
            cells[col - 1] = fromExcel(cell.value);
          });
          if (cells.some((c) => c !== undefined)) rows.push({ rowNumber: row.number, cells });
        }
      }
      if (!hidden && rows.length > 0) read.push({ id: ws.id, rows });
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("not_spreadsheet");
  }
  const model = (reader as unknown as { model?: WorkbookModel }).model;
  const active = model?.views?.[0]?.activeTab;
  const activeId = active === undefined ? undefined : model?.sheets?.[active]?.id;
  return (read.find((r) => r.id === activeId) ?? read[0])?.rows ?? [];
}

function fromExcel(value: ExcelJS.CellValue): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    // exceljs gives a date cell as midnight UTC of its calendar day.
    return { date: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return text(value);
  if (typeof value === "object") {
    if ("richText" in value) return text(value.richText.map((r) => r.text).join(""));
    if ("result" in value && value.result !== undefined) return fromExcel((value.result ?? null) as ExcelJS.CellValue);
    if ("formula" in value || "sharedFormula" in value) return UNCOMPUTED;
    if ("text" in value && typeof value.text === "string") return text(value.text);
    if ("error" in value) return undefined;
  }
  return text(String(value));
}

function text(value: string): Cell | undefined {
  return value.trim() === "" ? undefined : value;
}

function readCsv(bytes: Buffer): SheetRow[] {
  const source = decodeText(bytes);
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  // Excel's "Unicode Text" is tab-separated; European settings save CSV with semicolons.
  const delimiter = [",", ";", "\t"].reduce((best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best));
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

/**
 * UTF-8, or UTF-16 with its byte-order mark (Excel's "Unicode Text"): both say what they are.
 * Anything else is refused with how to save it, not guessed: a Windows-1258 file read as the
 * wrong code page would import wrong names without a word.
 */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // NULs between letters: UTF-16 without its mark, or a binary file.
  const zeros = bytes.subarray(0, 4096).filter((b) => b === 0).length;
  if (zeros > 0) throw new ImportFileError(zeros * 4 > Math.min(bytes.length, 4096) ? "csv_encoding" : "not_spreadsheet");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(looksLikeText(bytes) ? "csv_encoding" : "not_spreadsheet");
  }
}

/** Mostly printable bytes with line breaks: text in some legacy code page, not a binary file. */
function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  const control = head.filter((b) => b < 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09).length;
  return head.includes(0x0a) && control === 0;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function toSheet(rows: SheetRow[], headerScore?: HeaderScore): Sheet {
  if (rows.length === 0) throw new ImportFileError("empty");
  const texts = (row: SheetRow) => Array.from(row.cells, (c) => (c ? cellText(c) : ""));
  // The header is the row, near the top, that names most of the kind's columns: a title row
  // ("DANH SÁCH NHIỆM VỤ…") or a date line above it is not data.
  let at = 0;
  if (headerScore) {
    let best = headerScore(texts(rows[0]!));
    rows.slice(1, HEADER_SEARCH_ROWS).forEach((row, i) => {
      const score = headerScore(texts(row));
      if (score > best) [best, at] = [score, i + 1];
    });
  }
  const header = rows[at]!;
  if (at === 0 && header.rowNumber !== 1 && !headerScore) throw new ImportFileError("no_header");
  return { headers: texts(header), rows: rows.slice(at + 1) };
}

export function cellText(cell: Cell): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return String(cell);
  return isDateCell(cell) ? cell.date : "";
}
