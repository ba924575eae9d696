// Builds one report in a fresh process and prints its time and peak memory as JSON, so the
// figure is the report's alone (the parent's memory holds the data it just loaded).
import { buildMonthlyReport } from "../src/monthly-report/build.js";
import { reportText } from "../src/monthly-report/text.js";
import { translator } from "../src/i18n/i18n.js";
import { createDb } from "../src/store/client.js";

const { db } = createDb(process.env.DATABASE_URL!);
const start = process.hrtime.bigint();
const report = await buildMonthlyReport(db, 2020, 6, "2020-07-05");
reportText(report, translator("vi"), { withFiles: false });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
await db.$disconnect();
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, assigned: report.year.assigned }));
