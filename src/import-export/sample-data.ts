// A small, believable data set to try the bot in a minute: agencies, officers (an admin, agency
// heads, officers), and tasks due around today so reminders have something to say. It goes in
// through the real spreadsheet import, so re-loading it changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays, formatViDate, type LocalDate } from "../core/calendar/local-date.js";
import { UserError } from "../i18n/user-error.js";
import { AGENCY_COLUMNS, type ColumnDef, OFFICER_COLUMNS, TASK_COLUMNS } from "./documents/columns.js";
import type { Db } from "../store/client.js";
import { countOthers } from "../store/contacts-repo.js";
import { importAgencies, importOfficers } from "./import-contacts.js";
import type { ImportSummary } from "./import-summary.js";
import { importTasks } from "./import-tasks.js";

const AGENCIES = [
  ["VP", "Văn phòng UBND tỉnh"],
  ["SXD", "Sở Xây dựng"],
  ["STC", "Sở Tài chính"],
  ["SKHDT", "Sở Kế hoạch và Đầu tư"],
];

const OFFICERS = [
  ["QT01", "Lê Thu Hà", "Chuyên viên Phòng Tổng hợp", "VP", "quản trị", "vi"],
  ["LD01", "Phạm Quốc Hưng", "Phó Chủ tịch UBND tỉnh", "VP", "lãnh đạo UBND", "vi"],
  ["XD00", "Trần Văn Bình", "Giám đốc", "SXD", "lãnh đạo cơ quan", "vi"],
  ["XD01", "Nguyễn Thị Mai", "Chuyên viên", "SXD", "chuyên viên", "vi"],
  ["TC00", "Hoàng Minh Tuấn", "Giám đốc", "STC", "lãnh đạo cơ quan", "vi"],
  ["TC01", "Đỗ Văn Nam", "Chuyên viên", "STC", "chuyên viên", "en"],
  ["KH01", "Vũ Thị Lan", "Chuyên viên", "SKHDT", "chuyên viên", "vi"],
];

function tasks(today: LocalDate): string[][] {
  const d = (n: number) => formatViDate(addDays(today, n));
  return [
    ["MAU-001", "125/QĐ-UBND", "Chủ tịch UBND tỉnh", "Báo cáo tình hình thực hiện dự án nhà ở xã hội", "SXD", "XD01", d(-30), d(3)],
    ["MAU-002", "88/KH-UBND", "UBND tỉnh", "Rà soát quy hoạch chung đô thị Đồng Đăng", "SXD", "XD01", d(-20), d(-2)],
    [
      "MAU-003",
      "301/UBND-KT",
      "Phó Chủ tịch UBND tỉnh Phạm Quốc Hưng",
      "Tham mưu phương án phân bổ vốn đầu tư công năm sau",
      "STC",
      "TC01",
      d(-15),
      d(1),
    ],
    ["MAU-004", "47/TB-UBND", "UBND tỉnh", "Tổng hợp số liệu giải ngân vốn đầu tư công quý IV", "SKHDT", "KH01", d(-25), d(-6)],
    ["MAU-005", "512/UBND-TH", "Chủ tịch UBND tỉnh", "Báo cáo kết quả cải cách hành chính", "STC", "", d(-10), d(0)],
    ["MAU-006", "19/CT-UBND", "UBND tỉnh", "Kiểm tra an toàn công trình trước mùa mưa bão", "SXD", "XD01", d(-5), d(14)],
  ];
}

/** The header row, in the import's own words: the sample cannot drift from the import format. */
function header<K extends string>(defs: readonly ColumnDef<K>[], keys: readonly K[]): string[] {
  return keys.map((key) => defs.find((d) => d.key === key)!.vi);
}

function csv(rows: string[][]): string {
  return rows.map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",")).join("\n");
}

/**
 * The sample goes only into a store that holds nothing else: loading it over the Office's data
 * would overwrite real officers (same codes) and add trial tasks to the real reports.
 */
export async function loadSampleData(db: Db, today: LocalDate, now: Date, zone: string): Promise<ImportSummary[]> {
  const foreign = await countOthers(db, {
    agencies: AGENCIES.map(([code]) => code!),
    officers: OFFICERS.map(([code]) => code!),
    taskPrefix: "MAU-",
  });
  if (foreign > 0) throw new UserError("error-sample-not-empty", { count: foreign });
  const dir = mkdtempSync(join(tmpdir(), "dondoc-sample-"));
  try {
    const files = {
      agencies: join(dir, "agencies.csv"),
      officers: join(dir, "officers.csv"),
      tasks: join(dir, "tasks.csv"),
    };
    writeFileSync(files.agencies, csv([header(AGENCY_COLUMNS, ["code", "name"]), ...AGENCIES]));
    const officerKeys = ["code", "fullName", "title", "agency", "role", "language"] as const;
    writeFileSync(files.officers, csv([header(OFFICER_COLUMNS, officerKeys), ...OFFICERS]));
    const taskKeys = ["code", "documentNumber", "assignedBy", "summary", "leadAgency", "officer", "assignedDate", "dueDate"] as const;
    writeFileSync(files.tasks, csv([header(TASK_COLUMNS, taskKeys), ...tasks(today)]));
    const opts = { now, actor: "sample", zone };
    return [
      await importAgencies(db, files.agencies, opts),
      await importOfficers(db, files.officers, opts),
      await importTasks(db, files.tasks, opts),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
