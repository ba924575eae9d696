// The appendices as a workbook: one sheet per appendix and one per agency, headers in bold,
// the header row frozen, dates as real date cells.
import ExcelJS from "exceljs";
import type { Translate } from "../../i18n/i18n.js";
import type { AppendixRow, MonthlyReport } from "../build.js";

const DATE = "dd/mm/yyyy";
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function appendixSheet(wb: ExcelJS.Workbook, name: string, rows: AppendixRow[], tr: Translate): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const cols: [string, number, string?][] = [
    ["n", 6],
    ["code", 16],
    ["document", 18],
    ["document-date", 13, DATE],
    ["summary", 60],
    ["assigned-by", 24],
    ["agency", 28],
    ["officer", 22],
    ["due", 13, DATE],
    ["original-due", 13, DATE],
    ["completed", 16, DATE],
    ["days-late", 10],
  ];
  ws.columns = cols.map(([key, width, numFmt]) => ({
    header: tr(`report-col-${key}`),
    key,
    width,
    ...(numFmt ? { style: { numFmt } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  rows.forEach((r, i) =>
    ws.addRow({
      n: i + 1,
      code: r.code,
      document: r.documentNumber,
      "document-date": asDate(r.documentDate),
      summary: r.summary,
      "assigned-by": r.assignedBy,
      agency: r.agency,
      officer: r.officer,
      due: asDate(r.dueDate),
      "original-due": asDate(r.originalDueDate),
      completed: asDate(r.reportedOn),
      "days-late": r.daysLate,
    }),
  );
}

export async function reportXlsx(r: MonthlyReport, tr: Translate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "dondoc";
  appendixSheet(wb, tr("report-sheet-appendix", { n: "1" }), r.appendix1, tr);
  appendixSheet(wb, tr("report-sheet-appendix", { n: "2" }), r.appendix2, tr);
  appendixSheet(wb, tr("report-sheet-appendix", { n: "3" }), r.appendix3, tr);
  const ws = wb.addWorksheet(tr("report-sheet-agencies"), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: tr("report-col-agency"), key: "name", width: 36 },
    { header: tr("report-col-assigned"), key: "assigned", width: 14 },
    { header: tr("report-series-on-time"), key: "onTime", width: 16 },
    { header: tr("report-series-late"), key: "late", width: 16 },
    { header: tr("report-series-within"), key: "withinDeadline", width: 18 },
    { header: tr("report-series-overdue"), key: "overdue", width: 18 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  for (const a of r.agencies) ws.addRow(a);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
