// The monthly report as a chat message for one recipient: the text in their language and, where
// the channel carries files, the chart, the .docx and the .xlsx. Every group gets the same
// report, so it is built once a minute at most.
import type { Config } from "../config.js";
import { localDateOf } from "../core/calendar/zone.js";
import type { Rendered } from "../delivery/deliverer.js";
import { isLanguage, translator } from "../i18n/i18n.js";
import { reportText } from "../messages/report-text.js";
import { type MonthlyReport, buildMonthlyReport } from "../services/monthly-report.js";
import { reportAttachments } from "../services/report-files.js";
import type { Db } from "../store/client.js";
import type { ChannelAdapter } from "../channels/channel.js";
import type { ChartLinks } from "../server/chart-url.js";

const TTL_MS = 60_000;

export function createReportRenderer(db: Db, config: Config, channels: Map<string, ChannelAdapter>, now: () => Date, links?: ChartLinks) {
  const cache = new Map<string, { at: number; report: Promise<MonthlyReport> }>();
  function report(year: number, month: number): Promise<MonthlyReport> {
    const today = localDateOf(now(), config.TIME_ZONE);
    const key = `${year}-${month}@${today}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.report;
    const fresh = buildMonthlyReport(db, year, month, today);
    cache.set(key, { at: Date.now(), report: fresh });
    return fresh;
  }
  return async (payload: { year: number; month: number; language?: string }, channel: string): Promise<Rendered> => {
    const lang = isLanguage(payload.language) ? payload.language : config.DEFAULT_LANGUAGE;
    const tr = translator(lang);
    const r = await report(payload.year, payload.month);
    const mode = channels.get(channel)?.files ?? "none";
    if (mode === "upload")
      return {
        message: { text: reportText(r, tr, { withFiles: true }), files: await reportAttachments(r, config, tr, now()) },
        taskIds: [],
      };
    const photo =
      mode === "url" && links
        ? [{ kind: "photo" as const, filename: `${r.period.key}.png`, url: links.link(r.period.year, r.period.month, now()) }]
        : [];
    return { message: { text: reportText(r, tr, { withFiles: false }), ...(photo.length ? { files: photo } : {}) }, taskIds: [] };
  };
}
