import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestStore, freshStore, storeKinds } from "../../support/stores.js";
import { cli } from "../../support/cli.js";
import { tempDir, writeCsv, writeXlsx, xlsxDate } from "../../support/sheets.js";

const AGENCIES = [
  ["Mã cơ quan", "Tên cơ quan"],
  ["SXD", "Sở Xây dựng"],
  ["STC", "Sở Tài chính"],
  ["UBND-LS", "UBND thành phố Lạng Sơn"],
];
const OFFICERS = [
  ["Mã cán bộ", "Họ và tên", "Chức vụ", "Cơ quan", "Vai trò", "Điện thoại", "Ngôn ngữ"],
  ["CB001", "Nguyễn Văn An", "Chuyên viên", "SXD", "chuyên viên", "0912345678", "vi"],
  ["CB002", "Trần Thị Bình", "Giám đốc", "Sở Xây dựng", "Lãnh đạo cơ quan", null, null],
  ["CB003", "Hoàng Minh Châu", "Chuyên viên", "STC", null, null, "en"],
];
// NFD and upper-case headers, in another order, with a column the bot does not know.
const TASK_HEADERS = [
  "MÃ NHIỆM VỤ".normalize("NFD"),
  "trich yeu",
  "Cơ quan chủ trì".normalize("NFD"),
  "Cán bộ phụ trách",
  "Ngày giao",
  "HẠN HOÀN THÀNH",
  "Số ký hiệu văn bản",
  "Người giao",
  "Ghi chú nội bộ",
];

type Row = (string | number | Date | null)[];
function taskRow(
  code: string | null,
  summary: string,
  agency: string,
  officer: string | null,
  assigned: string | Date,
  due: string | Date,
  doc = "1613/QĐ-UBND",
): Row {
  return [code, summary, agency, officer, assigned, due, doc, "Chủ tịch UBND tỉnh", "x"];
}

describe.each(storeKinds())("import through the CLI on %s", (kind) => {
  let store: TestStore;
  let dir: string;
  const run = (...args: string[]) => cli(store.url, args);
  const taskCount = async () => store.db.task.count();

  beforeAll(async () => {
    store = await freshStore(kind);
    dir = tempDir();
    expect((await run("import", "agencies", writeCsv(join(dir, "agencies.csv"), AGENCIES, { bom: true }))).code).toBe(0);
    const officers = await run("import", "officers", await writeXlsx(join(dir, "officers.xlsx"), OFFICERS));
    expect(officers.stdout).toContain("3 mới");
  });
  afterAll(() => store?.dispose());

  it("imports an .xlsx with NFD upper-case headers and date cells, listing the unknown column", async () => {
    const file = await writeXlsx(join(dir, "tasks.xlsx"), [
      TASK_HEADERS,
      taskRow("NV-0001", "Báo cáo tình hình giải ngân vốn đầu tư công", "SXD", "CB001", xlsxDate("2026-06-01"), xlsxDate("2026-06-30")),
      taskRow("NV-0002", "Rà soát quy hoạch chung đô thị", "Sở Tài chính", "Hoàng Minh Châu", "02/06/2026", "15/7/2026"),
      taskRow(null, "Tham mưu kế hoạch phòng, chống thiên tai", "UBND-LS", null, "2026-06-03", "2026-06-20", "88/KH-UBND"),
    ]);
    const r = await run("import", "tasks", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Các cột không dùng đến (bỏ qua): "Ghi chú nội bộ"');
    expect(r.stdout).toContain("3 mới");
    const generated = await store.db.task.findFirstOrThrow({ where: { documentNumber: "88/KH-UBND" } });
    expect(generated.code).toBe("NV-2026-0001");
    expect(generated.officerId).toBeNull();
    const t = await store.db.task.findUniqueOrThrow({ where: { code: "NV-0001" }, include: { officer: true } });
    expect(t).toMatchObject({ assignedDate: "2026-06-01", dueDate: "2026-06-30", originalDueDate: "2026-06-30", status: "open" });
    expect(t.officer?.code).toBe("CB001");
    const audits = await store.db.auditEntry.count({ where: { entity: "task", action: "task.imported" } });
    expect(audits).toBe(3);
  });

  it("re-importing the same file changes nothing; a changed row updates one task, audited", async () => {
    const before = await store.db.task.findMany({ orderBy: { id: "asc" } });
    const same = await run("import", "tasks", join(dir, "tasks.xlsx"));
    expect(same.stdout).toContain("0 mới, 0 cập nhật, 3 không đổi");
    expect(await store.db.task.findMany({ orderBy: { id: "asc" } })).toEqual(before);

    const changed = await writeXlsx(join(dir, "tasks-changed.xlsx"), [
      TASK_HEADERS,
      taskRow("NV-0001", "Báo cáo tình hình giải ngân vốn đầu tư công", "SXD", "CB001", xlsxDate("2026-06-01"), xlsxDate("2026-07-10")),
      taskRow("NV-0002", "Rà soát quy hoạch chung đô thị", "Sở Tài chính", "Hoàng Minh Châu", "02/06/2026", "15/7/2026"),
      // No code: matched by document number + summary, not created again.
      taskRow(null, "Tham mưu kế hoạch phòng, chống thiên tai", "UBND-LS", null, "2026-06-03", "2026-06-20", "88/KH-UBND"),
    ]);
    const r = await run("import", "tasks", changed);
    expect(r.stdout).toContain("0 mới, 1 cập nhật, 2 không đổi");
    const t = await store.db.task.findUniqueOrThrow({ where: { code: "NV-0001" } });
    // A new deadline without an "original deadline" column keeps the one on record.
    expect(t).toMatchObject({ dueDate: "2026-07-10", originalDueDate: "2026-06-30" });
    const audit = await store.db.auditEntry.findFirstOrThrow({ where: { entityId: String(t.id), action: "task.updated_by_import" } });
    expect(JSON.parse(audit.details!)).toMatchObject({ changes: { dueDate: ["2026-06-30", "2026-07-10"] } });
    expect(await taskCount()).toBe(3);
  });

  const bad: [string, Row, string][] = [
    [
      "an impossible date",
      taskRow("NV-9001", "Việc A", "SXD", null, "01/02/2026", "31/02/2026"),
      'dòng 2, cột "HẠN HOÀN THÀNH": ngày không hợp lệ "31/02/2026"',
    ],
    [
      "an unknown agency",
      taskRow("NV-9002", "Việc B", "SKHCN", null, "01/02/2026", "10/02/2026"),
      'dòng 2, cột "Cơ quan chủ trì": không có cơ quan "SKHCN"',
    ],
    [
      "a deadline before the assignment",
      taskRow("NV-9003", "Việc C", "SXD", null, "10/02/2026", "01/02/2026"),
      'dòng 2, cột "HẠN HOÀN THÀNH": hạn hoàn thành trước ngày giao',
    ],
    [
      "an unknown officer",
      taskRow("NV-9004", "Việc D", "SXD", "CB999", "01/02/2026", "10/02/2026"),
      'dòng 2, cột "Cán bộ phụ trách": không có cán bộ "CB999"',
    ],
    [
      "a missing summary",
      taskRow("NV-9005", "", "SXD", null, "01/02/2026", "10/02/2026"),
      'dòng 2, cột "trich yeu": thiếu giá trị bắt buộc',
    ],
  ];
  it.each(bad)("refuses a file with %s, naming row and column, importing nothing", async (_name, row, message) => {
    const before = await taskCount();
    const good = taskRow("NV-8000", "Việc hợp lệ", "SXD", null, "01/02/2026", "10/02/2026");
    const file = writeCsv(join(dir, `bad-${row[0]}.csv`), [TASK_HEADERS.map((h) => h.normalize("NFC")), row, good] as (string | null)[][]);
    const r = await run("import", "tasks", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
    expect(r.stdout).toContain("Không nhập gì");
    expect(await taskCount()).toBe(before);
  });

  it("refuses a duplicate code in the file; --skip-invalid imports the good rows and lists the rest", async () => {
    const rows = [
      TASK_HEADERS,
      taskRow("NV-7001", "Việc một", "SXD", null, "01/03/2026", "10/03/2026"),
      taskRow("NV-7001", "Việc hai", "SXD", null, "01/03/2026", "10/03/2026"),
      taskRow("NV-7002", "Việc ba", "STC", null, "01/03/2026", "10/03/2026"),
    ];
    const file = writeCsv(join(dir, "dup.csv"), rows as (string | null)[][], { delimiter: ";" });
    const refused = await run("import", "tasks", file);
    expect(refused.stdout).toContain('dòng 3, cột "MÃ NHIỆM VỤ": mã "NV-7001" lặp lại trong tệp');
    expect(await store.db.task.count({ where: { code: { in: ["NV-7001", "NV-7002"] } } })).toBe(0);
    const skipped = await run("import", "tasks", file, "--skip-invalid");
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain("2 mới");
    expect(skipped.stdout).toContain("1 dòng lỗi bỏ qua");
    expect((await store.db.task.findUniqueOrThrow({ where: { code: "NV-7001" } })).summary).toBe("Việc một");
  });

  it.each([
    ["an empty file", () => (writeFileSync(join(dir, "empty.csv"), ""), join(dir, "empty.csv")), "Tệp không có dữ liệu"],
    ["a header-only file", () => writeCsv(join(dir, "header.csv"), [TASK_HEADERS]), "Tệp không có dữ liệu"],
    [
      "a file that is not a spreadsheet",
      () => (writeFileSync(join(dir, "photo.xlsx"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), join(dir, "photo.xlsx")),
      "không phải bảng tính",
    ],
    [
      "a broken .xlsx",
      () => (
        writeFileSync(join(dir, "broken.xlsx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64)])),
        join(dir, "broken.xlsx")
      ),
      "không phải bảng tính",
    ],
    [
      "the officers sheet given as tasks",
      () => join(dir, "officers.xlsx"),
      'Tệp thiếu cột bắt buộc "Trích yếu", "Cơ quan chủ trì", "Ngày giao", "Hạn hoàn thành"',
    ],
    ["a missing file", () => join(dir, "nope.xlsx"), "Không mở được tệp"],
    [
      "a CSV saved in a legacy code page (Windows-1258)",
      () => (
        writeFileSync(
          join(dir, "ansi.csv"),
          Buffer.from("Tr\u00ecch y\u00eau,C\u01a1 quan ch\u1ee7 tr\u00ec\r\nVi\u00eac A,SXD\r\n", "latin1"),
        ),
        join(dir, "ansi.csv")
      ),
      'Tệp CSV không ở dạng UTF-8 (có thể là Windows-1258/ANSI): mở tệp bằng Excel, chọn Lưu thành → "CSV UTF-8 (Comma delimited)"',
    ],
    [
      "UTF-16 without its byte-order mark",
      () => (writeFileSync(join(dir, "u16.csv"), Buffer.from("Trích yếu,Cơ quan\r\nA,SXD\r\n", "utf16le")), join(dir, "u16.csv")),
      "Tệp CSV không ở dạng UTF-8",
    ],
    [
      "a Word document instead of the workbook",
      async () => {
        const { Document, Packer, Paragraph } = await import("docx");
        writeFileSync(
          join(dir, "nhiem-vu.docx"),
          await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Danh sách")] }] })),
        );
        return join(dir, "nhiem-vu.docx");
      },
      "Tệp là tệp nén nhưng không phải bảng tính .xlsx (có thể là tệp .docx hoặc .zip đổi tên)",
    ],
  ])("answers %s with one sentence and imports nothing", async (_name, make, message) => {
    const before = await taskCount();
    const r = await run("import", "tasks", await make());
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\bat \w+ \(|Error:/);
    expect(await taskCount()).toBe(before);
  });

  it("imports a task for an officer of another agency but says so, row by row (finding 11)", async () => {
    const file = writeCsv(join(dir, "other-agency.csv"), [
      TASK_HEADERS,
      taskRow("NV-OA1", "Việc giao cán bộ sở khác", "SXD", "CB003", "01/06/2026", "30/06/2026"),
      taskRow("NV-OA2", "Việc đúng cơ quan", "SXD", "CB001", "01/06/2026", "30/06/2026"),
    ] as (string | null)[][]);
    const r = await run("import", "tasks", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lưu ý: dòng 2, cột "Cán bộ phụ trách": cán bộ "CB003" không thuộc cơ quan chủ trì của dòng này — vẫn nhập');
    expect(r.stdout).not.toContain("dòng 3, cột");
    expect(r.stdout).toContain("2 mới");
  });

  it("reads Excel's Unicode Text (UTF-16 with its mark, tab-separated)", async () => {
    const text = [TASK_HEADERS, taskRow("NV-U16", "Việc trong tệp UTF-16", "SXD", null, "01/02/2026", "10/02/2026")]
      .map((r) => r.map((v) => v ?? "").join("\t"))
      .join("\r\n");
    writeFileSync(join(dir, "unicode.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const r = await run("import", "tasks", join(dir, "unicode.txt"));
    expect(r.stdout).toContain("1 mới");
    expect((await store.db.task.findUniqueOrThrow({ where: { code: "NV-U16" } })).summary).toBe("Việc trong tệp UTF-16");
  });

  it("finds the header below a title row, and names rows as the spreadsheet numbers them", async () => {
    const file = await writeXlsx(join(dir, "titled.xlsx"), [
      ["DANH SÁCH NHIỆM VỤ UBND TỈNH GIAO THÁNG 6/2026"],
      ["(Kèm theo Công văn số 88/VP-TH)"],
      [],
      TASK_HEADERS,
      taskRow("NV-T01", "Việc dưới dòng tiêu đề", "SXD", null, "01/06/2026", "30/06/2026"),
      taskRow("NV-T02", "Việc có hạn sai", "SXD", null, "01/06/2026", "31/06/2026"),
    ]);
    const r = await run("import", "tasks", file);
    expect(r.stdout).toContain('dòng 6, cột "HẠN HOÀN THÀNH": ngày không hợp lệ "31/06/2026"');
    const ok = await run("import", "tasks", file, "--skip-invalid");
    expect(ok.stdout).toContain("1 mới");
    expect(await store.db.task.count({ where: { code: "NV-T01" } })).toBe(1);
  });

  it("speaks English with --lang en, in the documented row/column form", async () => {
    const file = writeCsv(join(dir, "en.csv"), [TASK_HEADERS, taskRow("NV-9101", "X", "SXD", null, "01/02/2026", "31/02/2026")] as (
      string | null
    )[][]);
    const r = await run("--lang", "en", "import", "tasks", file);
    expect(r.stdout).toContain('row 2, column "HẠN HOÀN THÀNH": invalid date "31/02/2026"');
  });

  it("re-importing officers updates a changed title without printing the phone number", async () => {
    const changed = OFFICERS.map((r) => [...r]);
    changed[1]![2] = "Phó Trưởng phòng";
    changed[1]![5] = "0987654321";
    const r = await run("import", "officers", writeCsv(join(dir, "officers2.csv"), changed));
    expect(r.stdout).toContain("0 mới, 1 cập nhật, 2 không đổi");
    const audit = await store.db.auditEntry.findFirstOrThrow({ where: { action: "officer.updated_by_import" } });
    expect(audit.details).not.toContain("0987654321");
    expect(audit.details).not.toContain("0912345678");
    const list = await run("officers", "list");
    expect(list.stdout).toContain("Phó Trưởng phòng");
    expect(list.stdout).not.toContain("0987654321");
  });

  it("re-importing officers from a sheet without role or language columns keeps each officer's own", async () => {
    // CB002 heads the agency, CB003 reads English: a sheet that says neither changes neither.
    const bare = OFFICERS.map((r) => [r[0]!, r[1]!, r[3]!]);
    const r = await run("import", "officers", writeCsv(join(dir, "officers-bare.csv"), bare));
    expect(r.code).toBe(0);
    const byCode = async (code: string) => store.db.officer.findUniqueOrThrow({ where: { code } });
    expect(await byCode("CB002")).toMatchObject({ role: "agency_head" });
    expect(await byCode("CB003")).toMatchObject({ language: "en" });
    // A new officer in such a sheet starts as an officer reading Vietnamese.
    const withNew = [...bare, ["CB004", "Lê Thị Dung", "SXD"]];
    expect((await run("import", "officers", writeCsv(join(dir, "officers-new.csv"), withNew))).stdout).toContain("1 mới");
    expect(await byCode("CB004")).toMatchObject({ role: "officer", language: "vi" });
  });

  it("refuses to load the sample over real data, and says how to try the bot apart", async () => {
    const before = await store.db.officer.count();
    const r = await run("sample");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Không nạp dữ liệu mẫu");
    expect(r.stderr).toContain("DATABASE_URL=file:./data/dung-thu.db");
    expect(await store.db.officer.count()).toBe(before);
    expect(await store.db.task.count({ where: { code: { startsWith: "MAU-" } } })).toBe(0);
  });

  it("names a formula cell the file never computed instead of importing '[object Object]'", async () => {
    const rows = [TASK_HEADERS, taskRow("NV-F1", "Nhiệm vụ có công thức", "SXD", "CB001", "01/06/2026", "30/06/2026")] as unknown as (
      string | number | Date | null
    )[][];
    // A summary computed by a formula, saved without its value (as some programs write files).
    rows[1]![1] = { formula: 'CONCATENATE("Nhiệm vụ ","A")' } as never;
    const r = await run("import", "tasks", await writeXlsx(join(dir, "formula.xlsx"), rows));
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain("ô có công thức nhưng tệp chưa lưu giá trị");
    expect(await store.db.task.count({ where: { summary: { contains: "object" } } })).toBe(0);
  });

  it("reads the visible, active sheet, not a hidden one that comes first, and takes Excel serial dates", async () => {
    const wb = new ExcelJS.Workbook();
    const old = wb.addWorksheet("Cũ");
    old.addRow(["Ghi chú cũ"]);
    old.state = "hidden";
    const tasks = wb.addWorksheet("Nhiệm vụ");
    tasks.addRow(TASK_HEADERS);
    // Dates as serial numbers: 46174 is 01/06/2026, 46234 is 31/07/2026.
    tasks.addRow(taskRow("NV-S1", "Nhiệm vụ trên trang hiện", "SXD", "CB001", 46174 as never, 46234 as never));
    wb.views = [{ activeTab: 1, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
    const path = join(dir, "hidden-first.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await run("import", "tasks", path);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await store.db.task.findUniqueOrThrow({ where: { code: "NV-S1" } })).toMatchObject({
      assignedDate: "2026-06-01",
      dueDate: "2026-07-31",
    });
  });

  it("reads the tab the workbook was saved on, even when an earlier visible tab has data", async () => {
    const wb = new ExcelJS.Workbook();
    const draft = wb.addWorksheet("Nháp");
    draft.addRow(TASK_HEADERS);
    draft.addRow(taskRow("NV-DRAFT", "Bản nháp", "SXD", "CB001", "01/06/2026", "30/06/2026"));
    const final = wb.addWorksheet("Chính thức");
    final.addRow(TASK_HEADERS);
    final.addRow(taskRow("NV-FINAL", "Bản chính thức", "SXD", "CB001", "01/06/2026", "30/06/2026"));
    wb.views = [{ activeTab: 1, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
    const path = join(dir, "two-tabs.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await run("import", "tasks", path);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await store.db.task.count({ where: { code: "NV-FINAL" } })).toBe(1);
    expect(await store.db.task.count({ where: { code: "NV-DRAFT" } })).toBe(0);
  });

  it("writes a file larger than a batch whole: a code the bot gives never takes one a later row gives", async () => {
    // 2,600 rows without a code, assigned in 2031, and near the end (in the second batch of
    // 2,000) one whose code is the first the bot would give.
    const rows: Row[] = [TASK_HEADERS];
    for (let i = 1; i <= 2_600; i++) rows.push(taskRow(null, `Việc lô ${i}`, "STC", "CB003", "05/01/2031", "05/03/2031", `${i}/KH-2031`));
    rows.push(taskRow("NV-2031-0001", "Việc có mã sẵn", "STC", "CB003", "05/01/2031", "05/03/2031", "9999/KH-2031"));
    const r = await run("import", "tasks", writeCsv(join(dir, "two-batches.csv"), rows as (string | null)[][]));
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("2.601 mới");
    const year = await store.db.task.findMany({
      where: { assignedDate: { startsWith: "2031" } },
      select: { id: true, code: true, summary: true },
    });
    expect(year).toHaveLength(2_601);
    expect(year.find((t) => t.code === "NV-2031-0001")?.summary).toBe("Việc có mã sẵn");
    expect(year.filter((t) => /^NV-2031-\d{4}$/.test(t.code))).toHaveLength(2_601);
    const audited = await store.db.auditEntry.count({ where: { action: "task.imported", details: { contains: '"NV-2031-' } } });
    expect(audited).toBe(2_601);
  });

  it("refuses a completion date in the future and a year no task can have", async () => {
    const rows = [
      [...TASK_HEADERS, "Ngày hoàn thành"],
      [...taskRow("NV-Y1", "Hạn năm 9999", "SXD", "CB001", "01/06/2026", "31/12/9999"), null],
      [...taskRow("NV-Y2", "Xong trong tương lai", "SXD", "CB001", "01/06/2026", "30/06/2026"), "01/01/2099"],
    ];
    const r = await run("import", "tasks", writeCsv(join(dir, "implausible.csv"), rows as (string | null)[][]));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("năm 9999 không hợp lý");
    expect(r.stdout).toContain("ngày hoàn thành ở tương lai");
    expect(await store.db.task.count({ where: { code: { in: ["NV-Y1", "NV-Y2"] } } })).toBe(0);
  });
});
