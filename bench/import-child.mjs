// Imports the bench's task sheet in a fresh process — or, with `exceljs`, only reads it with
// exceljs's streaming reader, the baseline — and prints time and peak memory as JSON. It runs
// what production runs (bench/production.mjs). Loading the modules and opening the store are
// start-up, measured with the start-up figures; the timer covers the work alone.
import { load, measure } from "./production.mjs";

const [mode, path] = process.argv.slice(2);
let work;
if (mode === "exceljs") {
  const { exceljsRead } = await import("./exceljs-read.mjs");
  work = () => exceljsRead(path);
} else {
  const [{ importTasks }, { createDb }] = await Promise.all([load("src/import-export/import-tasks.ts"), load("src/store/client.ts")]);
  const { db } = await createDb(process.env.DATABASE_URL);
  await db.sweepRun.findFirst();
  work = async () => (await importTasks(db, path, { now: new Date(), actor: "bench", zone: "Asia/Ho_Chi_Minh" })).created;
}
await measure(async () => ({ rows: await work() }));
process.exit(0);
