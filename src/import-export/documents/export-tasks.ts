// Exports tasks to .xlsx with the import's columns plus what officers reported through the bot,
// so the Office updates its tracking system in one pass. Streams rows: memory stays flat.
import ExcelJS from "exceljs";
import type { TaskWithNames } from "../../core/tasks/task.js";
import { TASK_COLUMNS } from "./columns.js";
import type { Translate } from "../../i18n/i18n.js";

const PAGE = 2000;

/** A calendar day as an Excel date cell (midnight UTC is how Excel dates read back). */
function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/** Reads tasks a page at a time (the store's listing), so the file is written as it is read. */
export type TaskPages = (page: { skip: number; take: number }) => Promise<TaskWithNames[]>;

export async function exportTasks(pages: TaskPages, path: string, tr: Translate, zone: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const sheet = workbook.addWorksheet(tr("export-sheet-tasks"), { views: [{ state: "frozen", ySplit: 1 }] });
  const extra = ["reported-by", "reported-at", "reported-via", "report-note", "confirmed", "status"].map((k) => tr(`export-col-${k}`));
  sheet.columns = [...TASK_COLUMNS.map((c) => c.vi), ...extra].map((header, i) => ({
    header,
    width: [4, 6, 11].includes(i) ? 50 : 18,
    style: [2, 8, 9, 10, 11].includes(i) ? { numFmt: "dd/mm/yyyy" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  const stamp = new Intl.DateTimeFormat("vi-VN", { timeZone: zone, dateStyle: "short", timeStyle: "short" });
  let count = 0;
  for (let skip = 0; ; skip += PAGE) {
    const page = await pages({ skip, take: PAGE });
    for (const t of page) {
      sheet
        .addRow([
          t.code,
          t.documentNumber,
          dateCell(t.documentDate),
          t.assignedBy,
          t.summary,
          t.content,
          t.leadAgency.code,
          t.officer?.code ?? null,
          dateCell(t.assignedDate),
          dateCell(t.dueDate),
          dateCell(t.originalDueDate),
          // Only a confirmed completion goes in the import column: re-importing must not confirm.
          t.status === "confirmed" ? dateCell(t.reportedOn) : null,
          t.note,
          t.reportedBy ? `${t.reportedBy.fullName} (${t.reportedBy.code})` : null,
          t.reportedAt ? stamp.format(t.reportedAt) : null,
          t.reportedVia,
          t.reportNote,
          t.status === "confirmed" ? tr("export-yes") : t.status === "reported" ? tr("export-no") : null,
          tr(`status-${t.status}`),
        ])
        .commit();
    }
    count += page.length;
    if (page.length < PAGE) break;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
