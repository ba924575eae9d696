// Everything a report is delivered as: text, .docx, .xlsx, .png, JSON.
import type { Config } from "../config.js";
import { localDateOf } from "../core/calendar/zone.js";
import type { DocumentSettings } from "./documents/docx.js";
import type { Translate } from "../i18n/i18n.js";
import type { OutgoingFile } from "../channels/channel.js";
import type { MonthlyReport } from "./build.js";

export function documentSettings(c: Config): DocumentSettings {
  return {
    issuerParent: c.REPORT_ISSUER_PARENT,
    issuer: c.REPORT_ISSUER,
    number: c.REPORT_NUMBER,
    place: c.REPORT_PLACE,
    signerTitle: c.REPORT_SIGNER_TITLE,
    signerName: c.REPORT_SIGNER_NAME,
    intro: c.REPORT_INTRO,
    recipients: c.REPORT_RECIPIENTS,
  };
}

export function reportFileName(r: MonthlyReport, ext: string): string {
  return `bao-cao-nhiem-vu-${r.period.key}.${ext}`;
}

/** The chart as a photo, the document and the appendices as files, for a chat. */
export async function reportAttachments(r: MonthlyReport, config: Config, tr: Translate, now: Date): Promise<OutgoingFile[]> {
  // The renderers (echarts, docx, exceljs) load when a report is first sent, not at start.
  const [{ reportPng }, { reportDocx }, { reportXlsx }] = await Promise.all([
    import("./documents/chart.js"),
    import("./documents/docx.js"),
    import("./documents/xlsx.js"),
  ]);
  return [
    { kind: "photo", filename: reportFileName(r, "png"), bytes: reportPng(r, tr) },
    {
      kind: "document",
      filename: reportFileName(r, "docx"),
      bytes: await reportDocx(r, documentSettings(config), tr, localDateOf(now, config.TIME_ZONE)),
    },
    { kind: "document", filename: reportFileName(r, "xlsx"), bytes: await reportXlsx(r, tr) },
  ];
}
