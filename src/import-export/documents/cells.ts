// Reading one typed value from a row: text, or a calendar day (date cell, dd/mm/yyyy, yyyy-mm-dd).
import { type LocalDate, dayNumber, fromDayNumber, isLocalDate, parseViDate } from "../../core/calendar/local-date.js";
import { tidy } from "../../core/text/fold.js";
import type { ColumnMap } from "./columns.js";
import type { ProblemList } from "./problems.js";
import { type Cell, type SheetRow, UNCOMPUTED, cellText, isDateCell } from "./sheet.js";

export const MAX_TEXT = 4000;

/**
 * A date kept as Excel's serial number (46327 is 01/11/2026: days since 30/12/1899), as sheets
 * exported by other programs or formatted as numbers hold them. Only whole numbers in a plausible
 * span (1955–2119) count: anything else stays an invalid date.
 */
export function excelSerial(n: number): LocalDate | undefined {
  if (!Number.isInteger(n) || n < 20_000 || n > 80_000) return undefined;
  return fromDayNumber(dayNumber("1899-12-30") + n);
}

export class RowReader<K extends string> {
  constructor(
    private readonly map: ColumnMap<K>,
    private readonly problems: ProblemList,
  ) {}

  label(key: K): string {
    return this.map.label[key];
  }

  /** A formula the file never computed is a problem of its own, never read as text. */
  private uncomputed(row: SheetRow, key: K, cell: Cell | undefined): boolean {
    if (cell !== UNCOMPUTED) return false;
    this.problems.add(row.rowNumber, this.label(key), "formula_without_value");
    return true;
  }

  text(row: SheetRow, key: K, required = false): string | null {
    const i = this.map.index[key];
    const cell = i === undefined ? undefined : row.cells[i];
    if (this.uncomputed(row, key, cell)) return null;
    const value = cell ? tidy(cellText(cell)) : "";
    if (value === "") {
      if (required) this.problems.add(row.rowNumber, this.label(key), "missing");
      return null;
    }
    if (value.length > MAX_TEXT) {
      this.problems.add(row.rowNumber, this.label(key), "too_long");
      return null;
    }
    return value;
  }

  date(row: SheetRow, key: K, required = false): LocalDate | null {
    const i = this.map.index[key];
    const cell = i === undefined ? undefined : row.cells[i];
    if (this.uncomputed(row, key, cell)) return null;
    if (!cell) {
      if (required) this.problems.add(row.rowNumber, this.label(key), "missing");
      return null;
    }
    let date: LocalDate | undefined;
    if (isDateCell(cell)) date = isLocalDate(cell.date) ? cell.date : undefined;
    else if (typeof cell === "string") date = parseViDate(cell) ?? excelSerial(Number(cell));
    else if (typeof cell === "number") date = excelSerial(cell);
    if (!date) {
      this.problems.add(row.rowNumber, this.label(key), "bad_date", cellText(cell).slice(0, 40));
      return null;
    }
    return date;
  }
}
