// Builds one report in a fresh process and prints its time and peak memory as JSON, so the
// figure is the report's alone (the parent's memory holds the data it just loaded). Like the
// sweep's, it runs what production runs (bench/production.mjs).
import { load, measure } from "./production.mjs";

const [{ buildMonthlyReport }, { reportText }, { translator }, { createDb }] = await Promise.all([
  load("src/monthly-report/build.ts"),
  load("src/monthly-report/text.ts"),
  load("src/i18n/i18n.ts"),
  load("src/store/client.ts"),
]);

const { db } = await createDb(process.env.DATABASE_URL);
await measure(async () => {
  const report = await buildMonthlyReport(db, 2020, 6, "2020-07-05");
  reportText(report, translator("vi"), { withFiles: false });
  return { assigned: report.year.assigned };
});
await db.$disconnect();
