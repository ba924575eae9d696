// The report for June 2020 over a year shaped like the seed's, imported through the real CLI:
// every figure of the seed, in the seed's sentences, on SQLite and on PostgreSQL alike.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../support/cli.js";
import { seedYearStore } from "../../support/seed-store.js";
import { tempDir } from "../../support/sheets.js";
import { type TestStore, storeKinds } from "../../support/stores.js";

const NOW = new Date("2020-07-05T03:00:00Z");

// The seed's sentences, with 96,2% where the seed printed 96,1% (177/184 = 96,19…%).
const MONTH =
  "Trong tháng 6/2020, UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao các sở, ban, ngành, UBND các huyện, thành phố tổng số 286 nhiệm vụ. Có 240 nhiệm vụ giao có thời hạn phải hoàn thành trong tháng 6, đã hoàn thành 184 nhiệm vụ, trong đó: 177 nhiệm vụ hoàn thành đúng hạn (chiếm 96,2%) và có 07 nhiệm vụ hoàn thành quá hạn (chi tiết nhiệm vụ quá hạn tại phụ lục số 1 kèm theo).";
const YEAR =
  "Lũy kế từ ngày 01/01/2020 đến hết ngày 30/6/2020, UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao các sở, ban, ngành, UBND các huyện, thành phố tổng số 1.736 nhiệm vụ: đã hoàn thành 1.568 nhiệm vụ (đạt 90,3%), bao gồm 1.528 nhiệm vụ đúng hạn (chiếm 97,4%), 40 nhiệm vụ quá hạn (chiếm 2,6%); còn 168 nhiệm vụ chưa hoàn thành (chiếm 9,7%), trong đó 161 nhiệm vụ còn thời hạn, 07 nhiệm vụ quá thời hạn (chi tiết nhiệm vụ quá hạn chưa hoàn thành tại phụ lục số 2 kèm theo).";

const jsonReports: Record<string, unknown> = {};

describe.each(storeKinds())("the June 2020 report on %s", (kind) => {
  let store: TestStore;
  let dir: string;
  const run = (...args: string[]) => cli(store.url, args, { now: NOW });

  beforeAll(async () => {
    store = await seedYearStore(kind);
    dir = tempDir();
  });
  afterAll(() => store?.dispose());

  it("prints every figure of the seed in the seed's sentences", async () => {
    const r = await run("report", "--month", "6/2020");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines).toContain(MONTH);
    expect(lines).toContain(YEAR);
    expect(r.stdout).toContain("Kết quả rà soát, tổng hợp tiến độ thực hiện các nhiệm vụ đã giao đến hết ngày 30/6/2020");
    expect(r.stdout).toContain("Phụ lục số 1: 07 nhiệm vụ hoàn thành quá hạn trong tháng 6/2020");
    expect(r.stdout).toContain("Phụ lục số 2: 07 nhiệm vụ quá hạn chưa hoàn thành");
    expect(r.stdout).toContain("Phụ lục số 3: 03 nhiệm vụ cán bộ đã báo hoàn thành, chờ Văn phòng xác nhận");
  });

  it("counts the same figures as JSON, with the appendices and agencies", async () => {
    const report = (await run("report", "--month", "2020-06", "--format", "json")).json<{
      month: Record<string, number>;
      year: Record<string, number>;
      appendix1: { code: string; daysLate: number }[];
      appendix2: { code: string; dueDate: string; daysLate: number }[];
      appendix3: { code: string; reportedOn: string }[];
      agencies: { assigned: number; onTime: number; late: number; withinDeadline: number; overdue: number }[];
    }>();
    expect(report.month).toEqual({ assigned: 286, due: 240, completed: 184, onTime: 177, late: 7 });
    expect(report.year).toEqual({
      assigned: 1736,
      completed: 1568,
      onTime: 1528,
      late: 40,
      notCompleted: 168,
      withinDeadline: 161,
      overdue: 7,
    });
    expect(report.appendix1.every((r) => r.daysLate === 10)).toBe(true);
    expect(report.appendix2.map((r) => r.code)).toEqual(["A-1735", "A-1736", "D-0236", "D-0237", "D-0238", "D-0239", "D-0240"]);
    expect(report.appendix2[0]).toMatchObject({ dueDate: "2020-05-20", daysLate: 41 });
    expect(report.appendix3.map((r) => [r.code, r.reportedOn])).toEqual([
      ["D-0001", "2020-06-04"],
      ["D-0002", "2020-06-05"],
      ["D-0003", "2020-06-06"],
    ]);
    expect(report.agencies).toHaveLength(12);
    const sum = (k: "assigned" | "onTime" | "late" | "withinDeadline" | "overdue") => report.agencies.reduce((a, x) => a + x[k], 0);
    expect([sum("assigned"), sum("onTime"), sum("late"), sum("withinDeadline"), sum("overdue")]).toEqual([1736, 1528, 40, 161, 7]);
    jsonReports[kind] = report;
    if (jsonReports.sqlite && jsonReports.postgres) expect(jsonReports.postgres).toEqual(jsonReports.sqlite);
  });

  it("writes the .docx the Office signs: header, motto, body, appendix tables, recipients, signer", async () => {
    const out = join(dir, "bao-cao.docx");
    expect((await run("report", "--month", "2020-06", "--format", "docx", "--out", out, "--date", "05/07/2020")).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("|");
    for (const expected of [
      "VĂN PHÒNG",
      "Số:       /BC-VP",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "……, ngày 05 tháng 7 năm 2020",
      "BÁO CÁO",
      "1. Tiến độ thực hiện nhiệm vụ",
      MONTH,
      YEAR,
      "Nơi nhận:",
      "- Các sở, ban, ngành;",
      "CHÁNH VĂN PHÒNG",
      "Phụ lục số 1: 07 nhiệm vụ hoàn thành quá hạn trong tháng 6/2020",
      "D-0178",
      "A-1735",
    ])
      expect(text).toContain(expected);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(5); // header, signature, three appendices
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="26"\/>/);
  });

  it("writes the .xlsx: a sheet per appendix and per agency, frozen headers, dates as dates", async () => {
    const out = join(dir, "phu-luc.xlsx");
    await run("report", "--month", "2020-06", "--format", "xlsx", "--out", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Phụ lục 1", "Phụ lục 2", "Phụ lục 3", "Theo cơ quan"]);
    const [a1, a2, a3, agencies] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect([a1.rowCount, a2.rowCount, a3.rowCount, agencies.rowCount]).toEqual([8, 8, 4, 13]);
    expect(a1.getRow(1).getCell(2).value).toBe("Mã nhiệm vụ");
    expect(a1.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(a1.getRow(2).getCell(9).value).toEqual(new Date("2020-06-10T00:00:00Z"));
    expect(a1.getRow(2).getCell(11).value).toEqual(new Date("2020-06-20T00:00:00Z"));
    expect(a1.getRow(2).getCell(12).value).toBe(10);
    expect(a3.getRow(2).getCell(11).value).toEqual(new Date("2020-06-04T00:00:00Z"));
    expect(agencies.getColumn(1).width).toBeGreaterThan(20);
  });

  it("draws the chart as a PNG a phone can read", async () => {
    const out = join(dir, "bieu-do.png");
    await run("report", "--month", "2020-06", "--format", "png", "--out", out);
    const png = PNG.sync.read(readFileSync(out));
    expect(png.width).toBe(1080);
    expect(png.height).toBe(200 + 46 * 12);
    // Not blank: the bars' colours are there.
    const colours = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
    expect(colours.has("46,125,50")).toBe(true); // on time
    expect(colours.has("21,101,192")).toBe(true); // within deadline
  });

  it("is the same report byte for byte when run again, and refuses a bad month in one sentence", async () => {
    const a = await run("report", "--month", "2020-06");
    const b = await run("report", "--month", "2020-06");
    expect(a.stdout).toBe(b.stdout);
    const bad = await run("report", "--month", "13/2020");
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('Tháng không hợp lệ "13/2020": dùng 2020-06 hoặc 6/2020.');
  });
});
