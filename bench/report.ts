// The monthly report over N tasks (default 1,000,000): the figures, appendices and per-agency
// counts are the database's work; this prints the seconds and the process's peak memory, which
// must not grow with N the way loading every task would.
import { zonedInstant } from "../src/core/calendar/zone.js";
import { addDays } from "../src/core/calendar/local-date.js";
import { buildMonthlyReport } from "../src/monthly-report/build.js";
import { insertRows } from "../src/store/bulk-insert.js";
import type { Db } from "../src/store/client.js";
import { rawReport } from "./baselines.js";
import { type BenchStore, freshProcess, row, timed } from "./support.js";

async function year(db: Db, n: number): Promise<void> {
  const at = new Date("2020-07-05T00:00:00Z");
  const agencies = 60;
  await insertRows(
    db as never,
    "Agency",
    Array.from({ length: agencies }, (_, i) => ({ code: `RA${i}`, name: `Cơ quan ${i}`, createdAt: at, updatedAt: at })),
  );
  const ids = (await db.agency.findMany({ select: { id: true } })).map((a) => a.id);
  const CHUNK = 20_000;
  for (let start = 0; start < n; start += CHUNK) {
    const rows: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) {
      // Spread over 2019–2021; about 2/3 completed, some late, some after the cut-off.
      const assigned = addDays("2019-01-01", i % 1000);
      const due = addDays(assigned, 10 + (i % 40));
      const done = i % 3 !== 0;
      const completed = done ? addDays(due, (i % 7) - 4) : null;
      rows.push({
        code: `R-${i}`,
        documentNumber: `${i}/QĐ-UBND`,
        summary: `Nhiệm vụ ${i}`,
        leadAgencyId: ids[i % agencies],
        assignedDate: assigned,
        dueDate: due,
        originalDueDate: due,
        status: done ? "confirmed" : "open",
        reportedOn: completed,
        reportedAt: completed ? zonedInstant(completed, "09:00", "Asia/Ho_Chi_Minh") : null,
        createdAt: at,
        updatedAt: at,
      });
    }
    // A transaction per chunk: on SQLite that is the fast path of bulk-insert.ts.
    await db.$transaction((tx) => insertRows(tx, "Task", rows), { timeout: 600_000 });
  }
}

export async function benchReport(stores: BenchStore[], n: number): Promise<void> {
  console.log(`\nmonthly report: ${n.toLocaleString("en")} tasks (2019–2021), report for 06/2020`);
  console.log(row(["step", "seconds", "tasks/s", "peak MB"]));
  for (const { kind, store, url } of stores) {
    const load = await timed(() => year(store.db, n));
    console.log(row([`${kind}: load (bulk insert)`, load.seconds, n / load.seconds, load.peakRssMb]));
    const report = await timed(() => buildMonthlyReport(store.db, 2020, 6, "2020-07-05"));
    console.log(row([`${kind}: report 06/2020 (same process)`, report.seconds, n / report.seconds, report.peakRssMb]));
    const child = freshProcess("bench/report-child.mjs", [], { DATABASE_URL: url });
    console.log(
      row([`${kind}: report 06/2020 (fresh ${child.compiled ? "built" : "tsx"})`, child.seconds, n / child.seconds, child.maxRssMb]),
    );
    const raw = await timed(() => rawReport(store.db, "2020-06-01", "2020-06-30", "2020-06-30", "2020-01-01"));
    console.log(row([`${kind}: same counts + appendices, raw SQL`, raw.seconds, n / raw.seconds, raw.peakRssMb]));
    console.log(`    report ÷ raw SQL: ${(report.seconds / raw.seconds).toFixed(2)}×   (goal ≤ 1.5×, ≤ 300 MB)`);
    console.log(row([`${kind}:   (year to date assigned)`, report.result.year.assigned, "", ""]));
    console.log(
      row([
        `${kind}:   (appendix rows)`,
        report.result.appendix1.length + report.result.appendix2.length + report.result.appendix3.length,
        "",
        "",
      ]),
    );
  }
}
