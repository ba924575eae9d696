// The .xlsx handed to exceljs with its sheets last: the same entries, byte for byte, in the order
// the streaming reader reads without parking a sheet in a temporary file.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import unzipper from "unzipper";
import { afterAll, describe, expect, it } from "vitest";
import { sheetsLast } from "../../../src/import-export/documents/xlsx-entries.js";
import { readSheet } from "../../../src/import-export/documents/sheet.js";
import { tempDir, writeXlsx, xlsxDate } from "../../support/sheets.js";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The entries of a zip stream as a streaming reader meets them: name and inflated content. */
async function entriesOf(stream: Readable): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const entry of stream.pipe(unzipper.Parse({ forceStream: true })) as AsyncIterable<unzipper.Entry>)
    out.push([entry.path, (await entry.buffer()).toString("utf8")]);
  return out;
}

const ROWS = [
  ["Mã nhiệm vụ", "Trích yếu", "Hạn hoàn thành"],
  ["NV-1", "Báo cáo quý", xlsxDate("2026-07-10")],
  ["NV-2", "Kế hoạch năm", xlsxDate("2026-12-31")],
];

describe("sheetsLast", () => {
  it("moves the sheets after the shared strings and leaves every entry as it was", async () => {
    const bytes = readFileSync(await writeXlsx(join(dir, "two-sheets.xlsx"), ROWS));
    const original = await entriesOf(Readable.from([bytes]));
    const names = original.map(([name]) => name);
    // What makes the reorder worth doing: exceljs, like Excel, writes the sheet first.
    expect(names.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(names.indexOf("xl/sharedStrings.xml"));

    const reordered = await entriesOf((await sheetsLast(bytes))!);
    const order = reordered.map(([name]) => name);
    expect(order.indexOf("xl/worksheets/sheet1.xml")).toBeGreaterThan(order.indexOf("xl/sharedStrings.xml"));
    expect(order.indexOf("xl/worksheets/sheet1.xml")).toBeGreaterThan(order.indexOf("xl/styles.xml"));
    expect(order.indexOf("xl/worksheets/sheet1.xml")).toBeGreaterThan(order.indexOf("xl/workbook.xml"));
    expect(new Map(reordered)).toEqual(new Map(original));
  });

  it("reads a file of the streaming writer (no shared strings, sizes after the data) as exceljs reads it whole", async () => {
    const path = join(dir, "streamed.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
    const ws = writer.addWorksheet("Nhiệm vụ");
    for (const r of ROWS) ws.addRow(r).commit();
    ws.commit();
    await writer.commit();

    const sheet = await readSheet(path);
    expect(sheet.headers).toEqual(["Mã nhiệm vụ", "Trích yếu", "Hạn hoàn thành"]);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ["NV-1", "Báo cáo quý", { date: "2026-07-10" }],
      ["NV-2", "Kế hoạch năm", { date: "2026-12-31" }],
    ]);
  });

  it("gives up on a zip whose directory cannot be read, so that the file is read as it is", async () => {
    const bytes = readFileSync(await writeXlsx(join(dir, "cut.xlsx"), ROWS));
    expect(await sheetsLast(bytes.subarray(0, bytes.length - 30))).toBeUndefined();
    expect(await sheetsLast(Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64)]))).toBeUndefined();
  });
});
