// The monthly report as a chat message for one recipient: the text in their language and, where
// the channel carries files, the chart, the .docx and the .xlsx. Every group gets the same
// report: the report, its files and its chart are each built once a minute at most, whoever asks
// (the outbox for each recipient, or Zalo fetching the chart link).
import type { Config } from "../config.js";
import { localDateOf } from "../core/calendar/zone.js";
import type { Rendered } from "../delivery/deliverer.js";
import { type Language, languageOf, translator } from "../i18n/i18n.js";
import type { FileRoute } from "../server/http-server.js";
import { reportText } from "./text.js";
import { type MonthlyReport, buildMonthlyReport } from "./build.js";
import { reportAttachments } from "./files.js";
import type { Db } from "../store/client.js";
import type { ChannelAdapter, OutgoingFile } from "../channels/channel.js";
import type { ChartLinks } from "./chart-links.js";

const TTL_MS = 60_000;

/** Remembers a promise for a minute; stale entries are dropped as new ones come. */
function memo() {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return <T>(key: string, build: () => Promise<T>): Promise<T> => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
    for (const [k, e] of entries) if (now - e.at >= TTL_MS) entries.delete(k);
    const value = build();
    entries.set(key, { at: now, value });
    return value;
  };
}

export interface ReportRenderer {
  render(payload: { year: number; month: number; language?: string }, channel: string): Promise<Rendered>;
  /** The chart, for the public link Zalo fetches. */
  chartPng(year: number, month: number): Promise<Buffer>;
  /** Serves the chart behind its signed public link (GET /files/chart/…). */
  chartRoute(links: ChartLinks): FileRoute;
}

export function createReportRenderer(
  db: Db,
  config: Config,
  channels: Map<string, ChannelAdapter>,
  now: () => Date,
  links?: ChartLinks,
): ReportRenderer {
  const cached = memo();
  const today = () => localDateOf(now(), config.TIME_ZONE);
  const report = (year: number, month: number) =>
    cached<MonthlyReport>(`report:${year}-${month}@${today()}`, () => buildMonthlyReport(db, year, month, today()));
  const attachments = (year: number, month: number, lang: Language) =>
    cached<OutgoingFile[]>(`files:${year}-${month}@${today()}:${lang}`, async () =>
      reportAttachments(await report(year, month), config, translator(lang), now()),
    );
  const language = (l?: string): Language => languageOf({ language: l ?? null }, config.DEFAULT_LANGUAGE);
  const chartPng = (year: number, month: number) =>
    cached<Buffer>(`chart:${year}-${month}@${today()}`, async () =>
      (await import("./documents/chart.js")).reportPng(await report(year, month), translator(config.DEFAULT_LANGUAGE)),
    );

  return {
    async render(payload, channel) {
      const lang = language(payload.language);
      const tr = translator(lang);
      const r = await report(payload.year, payload.month);
      const mode = channels.get(channel)?.files ?? "none";
      if (mode === "upload")
        return {
          message: { text: reportText(r, tr, { withFiles: true }), files: await attachments(payload.year, payload.month, lang) },
          taskIds: [],
        };
      const photo =
        mode === "url" && links
          ? [{ kind: "photo" as const, filename: `${r.period.key}.png`, url: links.link(r.period.year, r.period.month, now()) }]
          : [];
      return { message: { text: reportText(r, tr, { withFiles: false }), ...(photo.length ? { files: photo } : {}) }, taskIds: [] };
    },
    chartPng,
    chartRoute: (links) => ({
      prefix: "/files/chart/",
      async handle(path, query) {
        const month = links.verify(path, query, now());
        return month ? { contentType: "image/png", body: await chartPng(month.year, month.month) } : undefined;
      },
    }),
  };
}
