// Import and listing of N tasks (default 20,000) from real .xlsx and .csv files, through the same
// use cases the CLI runs. Prints seconds, rows per second and peak memory; the re-import line
// shows the cost of the idempotency check against the first import.
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { importAgencies, importOfficers } from "../src/import-export/import-contacts.js";
import { importTasks } from "../src/import-export/import-tasks.js";
import { listTasks } from "../src/store/tasks-repo.js";
import { type BenchStore, type Measured, freshProcess, row, timed } from "./support.js";

export const AGENCY_COUNT = 40;
const RUNS = 3;

function median<T extends { seconds: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
}
export const OFFICERS_PER_AGENCY = 25;

export async function writeSheets(dir: string, n: number) {
  const agencies = Array.from({ length: AGENCY_COUNT }, (_, i) => [`CQ${i}`, `Cơ quan số ${i}`]);
  const officers = agencies.flatMap(([code], a) =>
    Array.from({ length: OFFICERS_PER_AGENCY }, (_, k) => [`CB${a}-${k}`, `Cán bộ ${a}-${k}`, code]),
  );
  const tasks = Array.from({ length: n }, (_, i) => {
    const month = (i % 12) + 1;
    const day = (i % 27) + 1;
    const a = i % AGENCY_COUNT;
    return [
      `NV-B-${i}`,
      `${i}/QĐ-UBND`,
      `Nhiệm vụ số ${i}: báo cáo tình hình thực hiện`,
      `CQ${a}`,
      `CB${a}-${i % OFFICERS_PER_AGENCY}`,
      new Date(Date.UTC(2026, month - 1, day)),
      new Date(Date.UTC(2026, month - 1, day + 20)),
    ];
  });
  const write = async (name: string, header: string[], rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    await wb.xlsx.writeFile(join(dir, name));
    return join(dir, name);
  };
  return {
    agencies: await write("agencies.xlsx", ["Mã cơ quan", "Tên cơ quan"], agencies),
    officers: await write("officers.xlsx", ["Mã cán bộ", "Họ và tên", "Cơ quan"], officers),
    tasks: await write(
      "tasks.xlsx",
      ["Mã nhiệm vụ", "Số ký hiệu văn bản", "Trích yếu", "Cơ quan chủ trì", "Cán bộ phụ trách", "Ngày giao", "Hạn hoàn thành"],
      tasks,
    ),
  };
}

export async function benchImport(stores: BenchStore[], n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-sheets-"));
  const files = await writeSheets(dir, n);
  console.log(
    `\nimport: ${n.toLocaleString("en")} tasks, ${AGENCY_COUNT} agencies, ${AGENCY_COUNT * OFFICERS_PER_AGENCY} officers (.xlsx)`,
  );
  console.log(row(["step", "seconds", "rows/s", "peak MB"]));
  for (const { kind, store, url } of stores) {
    const opts = { now: new Date(), actor: "bench", zone: "Asia/Ho_Chi_Minh" };
    await importAgencies(store.db, files.agencies, opts);
    await importOfficers(store.db, files.officers, opts);
    // In fresh processes, as production runs them: the peak memory is the import's, not this
    // process's, which wrote the sheets.
    const child = (mode: string, file = files.tasks) =>
      freshProcess<{ rows: number }>("bench/import-child.mjs", [mode, file], { DATABASE_URL: url });
    const first = await firstImports(store, child, files.tasks, n);
    console.log(
      row([
        `${kind}: first import (fresh ${first.import.compiled ? "built" : "tsx"}, median of ${RUNS})`,
        first.import.seconds,
        n / first.import.seconds,
        first.import.peak,
      ]),
    );
    const alone = first.exceljs;
    console.log(row([`${kind}: exceljs reading the file (fresh)`, alone.seconds, n / alone.seconds, alone.peak]));
    console.log(`    import ÷ exceljs alone: ${(first.import.seconds / alone.seconds).toFixed(2)}×   (goal ≤ 2×, ≤ 250 MB)`);
    const again = await timed(() => importTasks(store.db, files.tasks, opts));
    if (again.result.unchanged !== n) throw new Error(`re-import changed ${n - again.result.unchanged} rows`);
    console.log(row([`${kind}: re-import (no change)`, again.seconds, n / again.seconds, again.peakRssMb]));
    console.log(row([`${kind}: ratio re-import / first`, again.seconds / first.import.seconds, "", ""]));
    const list = await timed(() => listTasks(store.db));
    console.log(row([`${kind}: tasks list (all)`, list.seconds, list.result.length / list.seconds, list.peakRssMb]));
    if (kind === "sqlite") await memoryAsTheFileGrows(store, child, n, first);
  }
}

type Child = (mode: string, file?: string) => Measured & { rows: number };

/** A median run and the highest peak of the runs. */
type Runs = Measured & { peak: number };

/**
 * Three first imports of `file` and three reads of it by exceljs alone, in turn, the store
 * emptied of the tasks between two imports: the median of each (the machines are noisy) and its
 * highest peak (a peak depends on when the garbage collector ran).
 */
async function firstImports(
  store: BenchStore["store"],
  child: Child,
  file: string,
  rows: number,
): Promise<{ import: Runs; exceljs: Runs }> {
  const runs = { import: [] as (Measured & { rows: number })[], exceljs: [] as Measured[] };
  for (let i = 0; i < RUNS; i++) {
    await store.db.auditEntry.deleteMany({ where: { action: "task.imported" } });
    await store.db.task.deleteMany({});
    runs.import.push(child("import", file));
    runs.exceljs.push(child("exceljs", file));
  }
  if (runs.import.some((r) => r.rows !== rows))
    throw new Error(`expected ${rows} created, got ${runs.import.map((r) => r.rows).join(", ")}`);
  const summed = (rs: Measured[]): Runs => ({ ...median(rs), peak: Math.max(...rs.map((r) => r.maxRssMb)) });
  return { import: summed(runs.import), exceljs: summed(runs.exceljs) };
}

/**
 * The same for a file three times larger, beside exceljs alone reading it: how the peak grows
 * with the file. exceljs keeps the workbook's shared strings (every distinct text of the sheet)
 * for as long as it reads, so its own peak grows; the import's should grow no faster.
 */
async function memoryAsTheFileGrows(
  store: BenchStore["store"],
  child: Child,
  n: number,
  before: { import: Runs; exceljs: Runs },
): Promise<void> {
  const larger = n * 3;
  const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-sheets-"));
  const { tasks } = await writeSheets(dir, larger);
  const after = await firstImports(store, child, tasks, larger);
  console.log(
    row([
      `sqlite: first import, ${larger.toLocaleString("en")} rows (median of ${RUNS})`,
      after.import.seconds,
      larger / after.import.seconds,
      after.import.peak,
    ]),
  );
  console.log(
    row([`sqlite: exceljs reading it (median of ${RUNS})`, after.exceljs.seconds, larger / after.exceljs.seconds, after.exceljs.peak]),
  );
  const grew = (kind: "import" | "exceljs") => {
    const mb = after[kind].peak - before[kind].peak;
    return `${mb >= 0 ? "+" : ""}${mb.toFixed(0)} MB`;
  };
  console.log(
    `    ${n.toLocaleString("en")} → ${larger.toLocaleString("en")} rows, highest peak: import ${grew("import")}, exceljs alone ${grew("exceljs")}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
