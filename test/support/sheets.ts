// Writes real spreadsheets for import tests: .xlsx with exceljs, .csv as bytes.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dondoc-sheets-"));
}

export type CellValue = string | number | Date | null;

export async function writeXlsx(path: string, rows: CellValue[][], sheetName = "Sheet1"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return path;
}

export function writeCsv(path: string, rows: (string | number | null)[][], opts: { delimiter?: string; bom?: boolean } = {}): string {
  const d = opts.delimiter ?? ",";
  const esc = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    return s.includes(d) || s.includes('"') || s.includes("\n") ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((r) => r.map(esc).join(d)).join("\r\n") + "\r\n";
  writeFileSync(path, (opts.bom ? "\ufeff" : "") + text, "utf8");
  return path;
}

/** A calendar day as exceljs writes a date cell. */
export function xlsxDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
