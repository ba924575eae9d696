// Validating agency and officer rows against what the store already holds.
import type { Role } from "../../core/contacts/people.js";
import { foldKey, tidy } from "../../core/text/fold.js";
import { RowReader } from "./cells.js";
import { AGENCY_COLUMNS, type ColumnMap, OFFICER_COLUMNS, mapColumns } from "./columns.js";
import { ProblemList, type RowProblem } from "./problems.js";
import type { Sheet } from "./sheet.js";

const ROLE_WORDS: Record<string, Role> = {
  [foldKey("chuyên viên")]: "officer",
  [foldKey("cán bộ")]: "officer",
  officer: "officer",
  [foldKey("lãnh đạo cơ quan")]: "agency_head",
  [foldKey("thủ trưởng cơ quan")]: "agency_head",
  agencyhead: "agency_head",
  [foldKey("lãnh đạo UBND")]: "leader",
  leader: "leader",
  [foldKey("quản trị")]: "admin",
  admin: "admin",
};

export interface AgencyRow {
  row: number;
  code: string;
  name: string;
}

export interface ParsedContacts<T> {
  rows: T[];
  problems: ProblemList;
  unknownColumns: string[];
  missingColumns: string[];
  /** Keys of the known columns the sheet has. */
  present: Set<string>;
  /** Each known column's header as the file writes it (or its Vietnamese name), for messages. */
  labels: Record<string, string>;
  /** Rows imported as they are but worth a second look (shown, never blocking). */
  warnings?: RowProblem[];
}

/** What a parser hands back: its rows and problems, and what the sheet's header said. */
export function parsedSheet<T, K extends string>(
  rows: T[],
  problems: ProblemList,
  map: ColumnMap<K>,
  warnings?: RowProblem[],
): ParsedContacts<T> {
  return {
    rows,
    problems,
    unknownColumns: map.unknown,
    missingColumns: map.missingRequired,
    present: new Set(Object.keys(map.index)),
    labels: map.label,
    ...(warnings ? { warnings } : {}),
  };
}

export function parseAgencies(sheet: Sheet, existingNames: Map<string, string>): ParsedContacts<AgencyRow> {
  const map = mapColumns(sheet, AGENCY_COLUMNS);
  const problems = new ProblemList();
  const read = new RowReader(map, problems);
  const rows: AgencyRow[] = [];
  const seenCodes = new Set<string>();
  const seenNames = new Map<string, string>();
  for (const row of sheet.rows) {
    const code = read.text(row, "code", true)?.toUpperCase() ?? null;
    const name = read.text(row, "name", true);
    if (code && seenCodes.has(code)) problems.add(row.rowNumber, read.label("code"), "duplicate_code", code);
    if (code && name) {
      const nameKey = name.toLowerCase();
      const owner = seenNames.get(nameKey) ?? existingNames.get(nameKey);
      if (owner && owner !== code) problems.add(row.rowNumber, read.label("name"), "name_taken", name);
      seenNames.set(nameKey, code);
      seenCodes.add(code);
      if (!problems.isBad(row.rowNumber)) rows.push({ row: row.rowNumber, code, name });
    }
  }
  return parsedSheet(rows, problems, map);
}

export interface OfficerRow {
  row: number;
  code: string;
  fullName: string;
  title: string | null;
  agencyId: number;
  /** Absent (no column, or an empty cell): an existing officer keeps theirs; a new one is an officer. */
  role: Role | undefined;
  phone: string | null;
  /** Absent: an existing officer keeps theirs; a new one reads Vietnamese. */
  language: "vi" | "en" | undefined;
}

export interface AgencyLookup {
  find(codeOrName: string): number | undefined;
}

export function parseOfficers(sheet: Sheet, agencies: AgencyLookup): ParsedContacts<OfficerRow> {
  const map = mapColumns(sheet, OFFICER_COLUMNS);
  const problems = new ProblemList();
  const read = new RowReader(map, problems);
  const rows: OfficerRow[] = [];
  const seenCodes = new Set<string>();
  for (const row of sheet.rows) {
    const n = row.rowNumber;
    const code = read.text(row, "code", true)?.toUpperCase() ?? null;
    const fullName = read.text(row, "fullName", true);
    const agencyText = read.text(row, "agency", true);
    const agencyId = agencyText ? agencies.find(agencyText) : undefined;
    if (agencyText && agencyId === undefined) problems.add(n, read.label("agency"), "unknown_agency", agencyText);
    const roleText = read.text(row, "role");
    const role = roleText ? ROLE_WORDS[foldKey(roleText)] : undefined;
    if (roleText && !role) problems.add(n, read.label("role"), "bad_role", roleText);
    const langText = read.text(row, "language");
    const language = langText ? foldKey(langText) : undefined;
    if (language !== undefined && language !== "vi" && language !== "en")
      problems.add(n, read.label("language"), "bad_language", langText ?? "");
    if (code && seenCodes.has(code)) problems.add(n, read.label("code"), "duplicate_code", code);
    if (code) seenCodes.add(code);
    if (problems.isBad(n) || !code || !fullName || agencyId === undefined) continue;
    rows.push({
      row: n,
      code,
      fullName,
      title: read.text(row, "title"),
      agencyId,
      role,
      phone: read.text(row, "phone"),
      language: language as "vi" | "en" | undefined,
    });
  }
  return parsedSheet(rows, problems, map);
}

/** Agencies are named by code (any case) or by their exact name (spacing and Unicode form aside). */
export function agencyLookup(agencies: { id: number; code: string; name: string }[]): AgencyLookup {
  const byCode = new Map(agencies.map((a) => [a.code.toUpperCase(), a.id]));
  const byName = new Map(agencies.map((a) => [tidy(a.name).toLowerCase(), a.id]));
  return { find: (v) => byCode.get(tidy(v).toUpperCase()) ?? byName.get(tidy(v).toLowerCase()) };
}
