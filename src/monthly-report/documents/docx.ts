// The report as the administrative document the Office signs, in the layout of Decree
// 30/2020/NĐ-CP as the seed shows it: issuing body and number left, national motto right, place
// and date, title, body, appendices as tables, recipients and signer. Times New Roman 13–14 pt.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatViDate } from "../../core/calendar/local-date.js";
import type { Translate } from "../../i18n/i18n.js";
import { section1, textDate } from "../text.js";
import type { AppendixRow, MonthlyReport } from "../build.js";
import { viCount } from "../../core/reports/vi-number.js";

export interface DocumentSettings {
  issuerParent: string;
  issuer: string;
  number: string;
  place: string;
  signerTitle: string;
  signerName: string;
  intro: string;
  recipients: string[];
}

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function run(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: opts.size ?? SIZE,
    bold: opts.bold ?? false,
    italics: opts.italics ?? false,
    ...(opts.underline ? { underline: {} } : {}),
  });
}

function para(
  children: TextRun[],
  opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: opts.after ?? 120, line: 300 },
    ...(opts.indent ? { indent: { firstLine: 720 } } : {}),
  });
}

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
  });
}

function header(s: DocumentSettings, tr: Translate, printedOn: string): Table {
  const centered = (t: TextRun[]) => para(t, { align: AlignmentType.CENTER, after: 0 });
  const [y, m, d] = printedOn.split("-");
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centered([run(s.issuerParent)]),
              centered([run(s.issuer, { bold: true, underline: true })]),
              centered([run(tr("report-number", { number: s.number }))]),
            ],
            40,
          ),
          cell(
            [
              centered([run(tr("report-motto-1"), { bold: true })]),
              centered([run(tr("report-motto-2"), { bold: true, underline: true, size: 28 })]),
              centered([run(tr("report-place-date", { place: s.place, day: d!, month: String(Number(m)), year: y! }), { italics: true })]),
            ],
            60,
          ),
        ],
      }),
    ],
  });
}

const COLUMNS = ["n", "code", "document", "summary", "agency", "officer", "due", "completed", "days-late"] as const;
const WIDTHS = [5, 9, 12, 25, 12, 10, 10, 10, 7];
// A4 landscape less the margins, in twips; fixed widths are what word processors honour.
const LANDSCAPE_TWIPS = 16838 - 2 * 1134;
const TWIPS = WIDTHS.map((w) => Math.round((LANDSCAPE_TWIPS * w) / 100));

function appendixTable(rows: AppendixRow[], tr: Translate): Table {
  const small = (text: string, bold = false) => new Paragraph({ children: [run(text, { size: 22, bold })], alignment: AlignmentType.LEFT });
  const cells = (values: string[], bold = false) =>
    new TableRow({
      tableHeader: bold,
      children: values.map((v, i) => new TableCell({ children: [small(v, bold)], width: { size: TWIPS[i]!, type: WidthType.DXA } })),
    });
  return new Table({
    width: { size: LANDSCAPE_TWIPS, type: WidthType.DXA },
    columnWidths: TWIPS,
    layout: TableLayoutType.FIXED,
    rows: [
      cells(
        COLUMNS.map((c) => tr(`report-col-${c}`)),
        true,
      ),
      ...rows.map((r, i) =>
        cells([
          String(i + 1),
          r.code,
          [r.documentNumber, r.documentDate ? formatViDate(r.documentDate) : null].filter(Boolean).join(" ngày "),
          r.summary + (r.assignedBy ? ` (${r.assignedBy})` : ""),
          r.agency,
          r.officer ?? "",
          formatViDate(r.dueDate) + (r.originalDueDate !== r.dueDate ? ` (${formatViDate(r.originalDueDate)})` : ""),
          r.reportedOn ? formatViDate(r.reportedOn) : "",
          r.daysLate ? String(r.daysLate) : "",
        ]),
      ),
    ],
  });
}

export async function reportDocx(r: MonthlyReport, s: DocumentSettings, tr: Translate, printedOn: string): Promise<Buffer> {
  const to = textDate(r.period.cutoffDate);
  const monthArgs = { month: String(r.period.month), year: String(r.period.year) };
  const appendices: [string, AppendixRow[]][] = [
    [tr("report-appendix1", { count: viCount(r.appendix1.length), ...monthArgs }), r.appendix1],
    [tr("report-appendix2", { count: viCount(r.appendix2.length) }), r.appendix2],
    [tr("report-appendix3", { count: viCount(r.appendix3.length) }), r.appendix3],
  ];
  const body = [
    header(s, tr, printedOn),
    para([run("")]),
    para([run(tr("report-title"), { bold: true, size: 28 })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(tr("report-subtitle", { to }), { bold: true })], { align: AlignmentType.CENTER, after: 240 }),
    para([run(s.intro)], { indent: true }),
    para([run(tr("report-section1"), { bold: true })], { indent: true }),
    ...section1(r, tr).map((text) => para([run(text)], { indent: true })),
  ];
  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              para([run(tr("report-recipients"), { bold: true, italics: true, size: 24 })], { align: AlignmentType.LEFT, after: 0 }),
              ...s.recipients.map((x) => para([run(`- ${x};`, { size: 22 })], { align: AlignmentType.LEFT, after: 0 })),
            ],
            50,
          ),
          cell(
            [
              para([run(s.signerTitle, { bold: true })], { align: AlignmentType.CENTER, after: 1200 }),
              para([run(s.signerName, { bold: true })], { align: AlignmentType.CENTER }),
            ],
            50,
          ),
        ],
      }),
    ],
  });
  const annex = appendices.flatMap(([title, rows]) => [
    para([run(title, { bold: true })], { align: AlignmentType.CENTER, after: 120 }),
    rows.length ? appendixTable(rows, tr) : para([run(tr("report-none"), { italics: true })]),
    para([run("")]),
  ]);
  const doc = new Document({
    creator: "dondoc",
    title: `${tr("report-title")} ${r.period.key}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [...body, para([run("")]), signature],
      },
      {
        properties: {
          page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        children: annex,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
