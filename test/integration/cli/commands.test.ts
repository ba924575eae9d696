import { execSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashLinkCode } from "../../../src/contacts/link-codes.js";
import { cli } from "../../support/cli.js";
import { tempDir, writeCsv } from "../../support/sheets.js";
import { type TestStore, freshStore } from "../../support/stores.js";

const NOW = new Date("2026-07-03T02:00:00Z"); // 09:00, Friday 3 July 2026 in Hanoi

describe("admin commands", () => {
  let store: TestStore;
  let dir: string;
  const run = (...args: string[]) => cli(store.url, args, { now: NOW, env: { TELEGRAM_BOT_USERNAME: "dondoc_bot" } });

  beforeAll(async () => {
    store = await freshStore("sqlite");
    dir = tempDir();
    await run(
      "import",
      "agencies",
      writeCsv(join(dir, "a.csv"), [
        ["agency_code", "agency_name"],
        ["SXD", "Sở Xây dựng"],
        ["STC", "Sở Tài chính"],
      ]),
    );
    await run(
      "import",
      "officers",
      writeCsv(join(dir, "o.csv"), [
        ["officer_code", "full_name", "agency"],
        ["CB001", "Nguyễn Văn An", "SXD"],
      ]),
    );
    const tasks = writeCsv(join(dir, "t.csv"), [
      ["code", "summary", "lead_agency", "officer", "assigned_date", "due_date", "completed_date", "document_number"],
      ["NV-1", "Báo cáo quý II", "SXD", "CB001", "01/06/2026", "30/06/2026", "", "12/UBND-KT"],
      ["NV-2", "Kế hoạch năm 2027", "STC", "", "01/06/2026", "10/07/2026", "", ""],
      ["NV-3", "Tổng kết đề án", "SXD", "CB001", "01/05/2026", "31/05/2026", "02/06/2026", "7/QĐ-UBND"],
    ]);
    expect((await run("import", "tasks", tasks)).code).toBe(0);
  });
  afterAll(() => store?.dispose());

  it("tasks list --json gives every task with code, status and deadline status at --at", async () => {
    const r = await run("tasks", "list", "--json", "--at", "2026-07-03");
    const tasks = r.json<{ code: string; status: string; deadline: { kind: string } }[]>();
    expect(tasks.map((t) => [t.code, t.status, t.deadline.kind])).toEqual([
      ["NV-3", "confirmed", "late"],
      ["NV-1", "open", "overdue"],
      ["NV-2", "open", "within_deadline"],
    ]);
  });

  it("filters by agency, status and overdue", async () => {
    const codes = async (...a: string[]) => (await run("tasks", "list", "--json", ...a)).json<{ code: string }[]>().map((t) => t.code);
    expect(await codes("--agency", "stc")).toEqual(["NV-2"]);
    expect(await codes("--status", "confirmed")).toEqual(["NV-3"]);
    expect(await codes("--overdue")).toEqual(["NV-1"]);
    expect(await codes("--overdue", "--at", "2026-07-11 08:00")).toEqual(["NV-1", "NV-2"]);
    const bad = await run("tasks", "list", "--status", "done");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Trạng thái không hợp lệ "done"');
    expect((await run("tasks", "list", "--at", "31/02/2026")).stderr).toContain("Thời điểm không hợp lệ");
  });

  it("prints a human table with Vietnamese dates and deadline words", async () => {
    const r = await run("tasks", "list");
    expect(r.stdout).toMatch(/NV-1 .*30\/06\/2026 .*Quá hạn 3 ngày/);
    expect(r.stdout).toMatch(/NV-2 .*10\/07\/2026 .*Còn 7 ngày/);
    expect(r.stdout).toContain("3 nhiệm vụ.");
  });

  it("confirms and reopens, refusing what makes no sense, with history in tasks show", async () => {
    const notReported = await run("tasks", "confirm", "NV-1");
    expect(notReported).toMatchObject({ code: 1 });
    expect(notReported.stderr).toContain("chưa được báo hoàn thành");
    await store.db.task.update({
      where: { code: "NV-1" },
      data: { status: "reported", reportedAt: NOW, reportedOn: "2026-07-03", reportedVia: "telegram" },
    });
    expect((await run("tasks", "confirm", "nv-1")).stdout).toContain("Đã xác nhận hoàn thành nhiệm vụ NV-1.");
    expect((await run("tasks", "confirm", "NV-1")).stderr).toContain("đã được xác nhận");
    expect((await run("tasks", "reopen", "NV-1")).stdout).toContain("Đã mở lại nhiệm vụ NV-1.");
    const shown = await run("tasks", "show", "NV-1", "--json");
    const json = shown.json<{ status: string; history: { action: string }[] }>();
    expect(json.status).toBe("open");
    expect(json.history.map((h) => h.action)).toEqual(["task.imported", "task.confirmed", "task.reopened"]);
    const human = await run("tasks", "show", "NV-1");
    expect(human.stdout).toContain("Cán bộ phụ trách: Nguyễn Văn An (CB001)");
    expect((await run("tasks", "show", "NV-404")).stderr).toContain('Không có nhiệm vụ mã "NV-404"');
  });

  it("cancels a task: no longer open, refused twice, audited", async () => {
    await store.db.task.create({
      data: {
        code: "NV-X",
        summary: "Việc bị hủy",
        leadAgencyId: 1,
        assignedDate: "2026-06-01",
        dueDate: "2026-06-20",
        originalDueDate: "2026-06-20",
      },
    });
    expect((await run("tasks", "cancel", "NV-X")).stdout).toContain("Đã hủy nhiệm vụ NV-X.");
    expect((await run("tasks", "cancel", "NV-X")).stderr).toContain("đã bị hủy");
    expect((await run("tasks", "list", "--overdue", "--json")).json<{ code: string }[]>().map((t) => t.code)).not.toContain("NV-X");
    expect(await store.db.auditEntry.count({ where: { action: "task.cancelled" } })).toBe(1);
    await store.db.task.delete({ where: { code: "NV-X" } });
  });

  it("link prints a one-time code and the Telegram deep link, storing only its hash", async () => {
    const r = await run("link", "CB001", "--json");
    const issued = r.json<{ code: string; deepLink: string; expiresAt: string }>();
    expect(issued.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(issued.deepLink).toBe(`https://t.me/dondoc_bot?start=${issued.code}`);
    expect(new Date(issued.expiresAt).getTime() - NOW.getTime()).toBe(30 * 60_000);
    const stored = await store.db.linkCode.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(stored.codeHash).toBe(hashLinkCode(issued.code));
    expect(JSON.stringify(stored)).not.toContain(issued.code);
    const human = await run("link", "CB001");
    expect(human.stdout).toMatch(/Telegram: gửi cho bot lệnh \/start [A-Z2-9]{8}/);
    expect((await run("link", "CB404")).stderr).toContain('Không có cán bộ mã "CB404"');
  });

  it("adds, lists and removes holidays", async () => {
    expect((await run("holidays", "add", "02/09/2026", "Quốc", "khánh")).stdout).toContain("02/09/2026: Quốc khánh");
    await run("holidays", "add", "2027-02-06", "Tết Nguyên đán");
    expect((await run("holidays", "list", "--year", "2026", "--json")).json()).toEqual([{ date: "2026-09-02", name: "Quốc khánh" }]);
    expect((await run("holidays", "remove", "2/9/2026")).code).toBe(0);
    expect((await run("holidays", "remove", "02/09/2026")).stderr).toContain("không có trong danh sách");
    expect((await run("holidays", "add", "30/02/2026", "X")).stderr).toContain('Ngày không hợp lệ "30/02/2026"');
  });

  it("exports tasks to an .xlsx with real date cells and who reported", async () => {
    await store.db.task.update({
      where: { code: "NV-2" },
      data: { status: "reported", reportedAt: NOW, reportedOn: "2026-07-03", reportedVia: "zalo", reportNote: "đã gửi" },
    });
    const file = join(dir, "export.xlsx");
    const r = await run("export", "tasks", file);
    expect(r.stdout).toContain("Đã xuất 3 nhiệm vụ");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe("Mã nhiệm vụ");
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => n > 1 && rows.set(String(row.getCell(1).value), row));
    expect(rows.get("NV-2")!.getCell(10).value).toEqual(new Date("2026-07-10T00:00:00Z"));
    expect(rows.get("NV-2")!.getCell(12).value).toBeNull(); // reported, not confirmed: no completion date to re-import
    expect(rows.get("NV-2")!.getCell(16).value).toBe("zalo");
    expect(rows.get("NV-3")!.getCell(12).value).toEqual(new Date("2026-06-02T00:00:00Z"));
    // The export reads back through the import unchanged.
    const back = await run("import", "tasks", file);
    expect(back.stdout).toContain("0 mới, 0 cập nhật, 3 không đổi");
  });

  it("db migrate reports the schema state; help works for every command; bad usage exits 2", async () => {
    expect((await run("db", "migrate")).stdout).toMatch(/đã áp dụng 0 bản cập nhật mới, tổng cộng \d+/);
    const help = await run("import", "tasks", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--skip-invalid");
    expect((await run("tasks", "frobnicate")).code).toBe(2);
  });

  it("names a bad variable in one sentence", async () => {
    const r = await cli("mysql://x", ["tasks", "list"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("DATABASE_URL");
  });

  it("says in one sentence why a file cannot be written, and writes nothing under a wrong name", async () => {
    for (const [args, said] of [
      [["export", "tasks", "/nonexistent/x.xlsx"], 'Không ghi được tệp "/nonexistent/x.xlsx"'],
      [["export", "tasks", dir], "Tệp xuất phải là .xlsx"],
      [["export", "tasks", join(dir, "x.csv")], "Tệp xuất phải là .xlsx"],
      [["report", "--month", "2026-06", "--format", "docx", "--out", "/missing/dir/x.docx"], 'Không ghi được tệp "/missing/dir/x.docx"'],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr.trim(), args.join(" ")).toContain(said);
      expect(r.stderr).not.toMatch(/\bat \S+ \(/);
    }
    const folder = join(dir, "a-folder.xlsx");
    (await import("node:fs")).mkdirSync(folder);
    expect((await run("export", "tasks", folder)).stderr).toContain("Không ghi được tệp");
  });

  it("stops quietly when its output is piped into a command that stops reading", () => {
    // Enough output that the pipe closes while the command still writes.
    const lines = join(dir, "many.txt");
    writeFileSync(lines, Array.from({ length: 20_000 }, (_, i) => `đã hoàn thành NV-${i}`).join("\n"));
    const out = execSync(
      `${process.execPath} --import tsx src/cli/main.ts understand --file ${lines} | head -n 1; echo "status \${PIPESTATUS[0]}"`,
      {
        env: { ...process.env, DATABASE_URL: store.url, LOG_LEVEL: "silent" },
        encoding: "utf8",
        shell: "/bin/bash",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(out).toContain("status 0");
    expect(out).not.toContain("EPIPE");
  });

  it("refuses impossible instants instead of rolling them over (finding 9)", async () => {
    for (const at of ["2026-13-01", "2026-02-30", "2026-12-01 25:99"]) {
      const r = await run("remind", "--dry-run", "--at", at);
      expect(r.code, at).toBe(1);
      expect(r.stderr).toContain(`"${at}"`);
      expect(r.stdout).toBe("");
    }
  });

  it("announces a store it had to create, and names the store with --verbose", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-new-store-"));
    const url = `file:${join(dir, "moi.db")}`;
    const first = await cli(url, ["tasks", "list"], { now: NOW });
    expect(first.stderr).toContain(`Lưu ý: chưa có cơ sở dữ liệu ở ${join(dir, "moi.db")} — vừa tạo mới, chưa có dữ liệu.`);
    const second = await cli(url, ["tasks", "list"], { now: NOW });
    expect(second.stderr).toBe("");
    const verbose = await cli(url, ["--verbose", "tasks", "list"], { now: NOW });
    expect(verbose.stderr).toBe(`Cơ sở dữ liệu: ${join(dir, "moi.db")}\n`);
    rmSync(dir, { recursive: true, force: true });
  });

  it("names a wrong setting in Vietnamese (English with --lang en), never repeating a token", async () => {
    const env = { REMINDER_TIME: "8h", HTTP_PORT: "99999", DEFAULT_LANGUAGE: "fr", TELEGRAM_BOT_TOKEN: "12:ab cd" };
    const vi = await cli(store.url, ["officers", "list"], { now: NOW, env });
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain("Cấu hình chưa đúng (tệp .env hoặc biến môi trường), sửa rồi chạy lại —");
    expect(vi.stderr).toContain("REMINDER_TIME: phải có dạng GIỜ:PHÚT, ví dụ 08:00");
    expect(vi.stderr).toContain("HTTP_PORT: phải không quá 65.535");
    expect(vi.stderr).toContain("DEFAULT_LANGUAGE: phải là một trong: vi, en");
    expect(vi.stderr).toContain("TELEGRAM_BOT_TOKEN: phải là mã BotFather cấp");
    expect(vi.stderr).not.toContain("12:ab cd");
    const en = await cli(store.url, ["--lang", "en", "officers", "list"], { now: NOW, env });
    expect(en.stderr).toContain("REMINDER_TIME: expected HH:MM, e.g. 08:00");
  });

  it("lists the outbox and a task's history in the Office's words and local time", async () => {
    const t = await store.db.task.findUniqueOrThrow({ where: { code: "NV-1" } });
    const history = await run("tasks", "show", "NV-1");
    expect(history.stdout).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} {2}nhập từ bảng tính {2}cli\/import/);
    expect(history.stdout).not.toMatch(/task\.imported|T\d{2}:\d{2}:\d{2}/);
    await store.db.outboxMessage.create({
      data: {
        dedupeKey: "listed",
        kind: "reminder",
        channel: "telegram",
        chatId: "1",
        officerId: t.officerId,
        payload: "{}",
        status: "failed",
        attempts: 3,
        nextAttemptAt: NOW,
        createdAt: NOW,
        lastError: "502 Bad Gateway",
      },
    });
    const listed = await run("outbox", "list");
    for (const word of ["Loại", "Kênh", "Trạng thái", "Lần gửi", "Tạo lúc", "nhắc hạn", "không gửi được", "03/07/2026 09:00"])
      expect(listed.stdout).toContain(word);
    expect(listed.stdout).not.toContain("reminder");
  });

  it("refuses filter values that match nothing, lists agencies, and says when a holiday is already listed", async () => {
    const bogus = await run("outbox", "list", "--status", "bogus");
    expect(bogus.code).toBe(1);
    expect(bogus.stderr).toContain('Trạng thái không hợp lệ "bogus"');
    const nope = await run("tasks", "list", "--agency", "NOPE");
    expect(nope.code).toBe(1);
    expect(nope.stderr).toContain('Không có cơ quan mã "NOPE"');
    const agencies = await run("agencies", "list");
    expect(agencies.stdout).toContain("Sở Xây dựng");
    expect((await run("holidays", "add", "02/09/2026", "Quốc khánh")).stdout).toContain("Đã thêm");
    expect((await run("holidays", "add", "02/09/2026", "Quốc khánh")).stdout).toContain("đã có trong danh sách");
  });

  it("finds the same SQLite store from any folder: a relative path is the project's", () => {
    const name = `data/cwd-test-${process.pid}.db`;
    const env = { ...process.env, DATABASE_URL: `file:./${name}`, LOG_LEVEL: "silent" };
    const root = process.cwd();
    const cli = (cwd: string, ...args: string[]) =>
      execSync([process.execPath, join(root, "bin/dondoc.js"), ...args].map((a) => JSON.stringify(a)).join(" "), {
        cwd,
        env,
        encoding: "utf8",
      });
    try {
      cli(root, "holidays", "add", "01/01/2027", "Tết Dương lịch");
      expect(cli(tmpdir(), "holidays", "list", "--year", "2027")).toContain("Tết Dương lịch");
    } finally {
      rmSync(join(root, name), { force: true });
    }
  });

  it("refuses a report for a month that has not begun", async () => {
    const r = await run("report", "--month", "12/2099");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Tháng 12/2099 chưa bắt đầu");
  });

  it("speaks Vietnamese in commander's help and errors, English with --lang en", async () => {
    const help = await run("--help");
    expect(help.stdout).toContain("Cách dùng: dondoc");
    expect(help.stdout).toContain("Tùy chọn:");
    expect(help.stdout).toContain("Lệnh:");
    expect(help.stdout).not.toMatch(/^(Usage|Options|Commands):/m);
    const typo = await run("tasks", "lis");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Lỗi: không có lệnh "lis".');
    expect(typo.stderr).toContain("(Có phải ý anh/chị là list?)");
    expect((await run("import", "tasks")).stderr).toContain('Lỗi: thiếu tham số "file".');
    const en = await run("--lang", "en", "tasks", "lis");
    expect(en.stderr).toContain("error: unknown command 'lis'");
    expect((await run("--lang", "en", "--help")).stdout).toContain("Usage: dondoc");
  });
});
