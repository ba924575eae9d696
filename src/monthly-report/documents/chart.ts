// The chart by agency: on time, late, within deadline, overdue, as horizontal stacked bars that
// stay readable on a phone. echarts renders SVG on the server (no browser, no native canvas) and
// resvg turns it into PNG with the bundled Be Vietnam Pro font, so the picture is the same on
// every machine and the diacritics are right.
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import type { Translate } from "../../i18n/i18n.js";
import { textDate } from "../text.js";
import type { MonthlyReport } from "../build.js";

const require = createRequire(import.meta.url);
const FONTS = ["400Regular/BeVietnamPro_400Regular.ttf", "700Bold/BeVietnamPro_700Bold.ttf"].map((f) =>
  require.resolve(`@expo-google-fonts/be-vietnam-pro/${f}`),
);
const FAMILY = "Be Vietnam Pro";

export const CHART_WIDTH = 1080;
const MAX_AGENCIES = 30;

function label(name: string): string {
  return name.length > 30 ? `${name.slice(0, 29)}…` : name;
}

export function chartSvg(r: MonthlyReport, tr: Translate): { svg: string; width: number; height: number } {
  const agencies = r.agencies.slice(0, MAX_AGENCIES).reverse(); // the largest on top
  const height = 200 + 46 * Math.max(agencies.length, 1);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height });
  const series = (key: "onTime" | "late" | "withinDeadline" | "overdue", name: string, color: string) => ({
    type: "bar" as const,
    name,
    stack: "all",
    color,
    data: agencies.map((a) => a[key]),
    label: {
      show: true,
      position: "inside" as const,
      fontSize: 16,
      color: "#fff",
      formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ""),
    },
    barWidth: 30,
  });
  chart.setOption({
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FAMILY },
    title: {
      text: tr("report-chart-title", { to: textDate(r.period.cutoffDate) }),
      left: "center",
      top: 16,
      textStyle: { fontSize: 24, fontWeight: "bold", fontFamily: FAMILY },
    },
    legend: { top: 64, itemGap: 20, textStyle: { fontSize: 17, fontFamily: FAMILY } },
    grid: { left: 24, right: 32, top: 120, bottom: 24, containLabel: true },
    xAxis: { type: "value", axisLabel: { fontSize: 15 } },
    yAxis: { type: "category", data: agencies.map((a) => label(a.name)), axisLabel: { fontSize: 17 } },
    series: [
      series("onTime", tr("report-series-on-time"), "#2e7d32"),
      series("late", tr("report-series-late"), "#f9a825"),
      series("withinDeadline", tr("report-series-within"), "#1565c0"),
      series("overdue", tr("report-series-overdue"), "#c62828"),
    ],
  });
  const svg = chart.renderToSVGString();
  // Without dispose the process never exits.
  chart.dispose();
  return { svg, width: CHART_WIDTH, height };
}

export function reportPng(r: MonthlyReport, tr: Translate): Buffer {
  const { svg } = chartSvg(r, tr);
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: FAMILY },
    fitTo: { mode: "original" },
  });
  return Buffer.from(resvg.render().asPng());
}
