// The columns of each import kind (docs: import-format.md). Headers match whatever their case,
// diacritics, spacing or punctuation; the English name is an alias.
import { foldKey, tidy } from "../../core/text/fold.js";
import type { Sheet } from "./sheet.js";

export interface ColumnDef<K extends string = string> {
  key: K;
  vi: string;
  alias: string;
  required: boolean;
}

function col<K extends string>(key: K, vi: string, alias: string, required = false): ColumnDef<K> {
  return { key, vi, alias, required };
}

export const TASK_COLUMNS = [
  col("code", "Mã nhiệm vụ", "code"),
  col("documentNumber", "Số ký hiệu văn bản", "document_number"),
  col("documentDate", "Ngày văn bản", "document_date"),
  col("assignedBy", "Người giao", "assigned_by"),
  col("summary", "Trích yếu", "summary", true),
  col("content", "Nội dung nhiệm vụ", "content"),
  col("leadAgency", "Cơ quan chủ trì", "lead_agency", true),
  col("officer", "Cán bộ phụ trách", "officer"),
  col("assignedDate", "Ngày giao", "assigned_date", true),
  col("dueDate", "Hạn hoàn thành", "due_date", true),
  col("originalDueDate", "Hạn ban đầu", "original_due_date"),
  col("completedDate", "Ngày hoàn thành", "completed_date"),
  col("note", "Ghi chú", "note"),
] as const;

export const AGENCY_COLUMNS = [col("code", "Mã cơ quan", "agency_code", true), col("name", "Tên cơ quan", "agency_name", true)] as const;

export const OFFICER_COLUMNS = [
  col("code", "Mã cán bộ", "officer_code", true),
  col("fullName", "Họ và tên", "full_name", true),
  col("title", "Chức vụ", "title"),
  col("agency", "Cơ quan", "agency", true),
  col("role", "Vai trò", "role"),
  col("phone", "Điện thoại", "phone"),
  col("language", "Ngôn ngữ", "language"),
] as const;

/** How many of these columns a row names: the header row of a sheet is the row that names most. */
export function headerScore(defs: readonly ColumnDef[]): (cells: string[]) => number {
  const known = new Set(defs.flatMap((d) => [foldKey(d.vi), foldKey(d.alias)]));
  return (cells) => new Set(cells.map(foldKey).filter((c) => known.has(c))).size;
}

export interface ColumnMap<K extends string> {
  /** Index of each known column in the sheet. */
  index: Partial<Record<K, number>>;
  /** The header as written in the file, for messages ("row 3, column \"Hạn hoàn thành\""). */
  label: Record<K, string>;
  unknown: string[];
  missingRequired: string[];
}

export function mapColumns<K extends string>(sheet: Sheet, defs: readonly ColumnDef<K>[]): ColumnMap<K> {
  const byKey = new Map<string, ColumnDef<K>>();
  for (const d of defs) {
    byKey.set(foldKey(d.vi), d);
    byKey.set(foldKey(d.alias), d);
  }
  const index: Partial<Record<K, number>> = {};
  const label = Object.fromEntries(defs.map((d) => [d.key, d.vi])) as Record<K, string>;
  const unknown: string[] = [];
  sheet.headers.forEach((header, i) => {
    const shown = tidy(header);
    if (shown === "") return;
    const def = byKey.get(foldKey(header));
    if (def && index[def.key] === undefined) {
      index[def.key] = i;
      label[def.key] = shown;
    } else {
      unknown.push(shown);
    }
  });
  const missingRequired = defs.filter((d) => d.required && index[d.key] === undefined).map((d) => d.vi);
  return { index, label, unknown, missingRequired };
}
