// A store holding the seed-shaped year (test/support/seed-year.ts), imported through the real CLI
// from .csv files, with three completions reported through the bot (appendix 3).
import { join } from "node:path";
import { zonedInstant } from "../../src/core/calendar/zone.js";
import { reportCompletion } from "../../src/completion/report-done.js";
import { cli } from "./cli.js";
import { BOT_REPORTED, SEED_AGENCIES, SEED_OFFICERS, seedYearTasks } from "./seed-year.js";
import { tempDir, writeCsv } from "./sheets.js";
import { type StoreKindName, type TestStore, freshStore } from "./stores.js";

export async function seedYearStore(kind: StoreKindName): Promise<TestStore> {
  const store = await freshStore(kind);
  const dir = tempDir();
  const now = new Date("2020-07-05T03:00:00Z");
  const run = async (...args: string[]) => {
    const r = await cli(store.url, args, { now });
    if (r.code !== 0) throw new Error(`${args.join(" ")}: ${r.stdout}${r.stderr}`);
  };
  await run("import", "agencies", writeCsv(join(dir, "agencies.csv"), [["Mã cơ quan", "Tên cơ quan"], ...SEED_AGENCIES], { bom: true }));
  await run(
    "import",
    "officers",
    writeCsv(join(dir, "officers.csv"), [["Mã cán bộ", "Họ và tên", "Cơ quan", "Vai trò"], ...SEED_OFFICERS]),
  );
  await run("import", "tasks", writeCsv(join(dir, "tasks.csv"), seedYearTasks(), { delimiter: ";" }));
  const officer = await store.db.officer.findUniqueOrThrow({ where: { code: "CB-SXD" } });
  for (const [i, code] of BOT_REPORTED.entries()) {
    const task = await store.db.task.findUniqueOrThrow({ where: { code } });
    const at = zonedInstant(`2020-06-0${4 + i}`, "09:00", "Asia/Ho_Chi_Minh");
    await reportCompletion(store.db, { taskId: task.id, by: officer, via: "telegram", at, zone: "Asia/Ho_Chi_Minh", autoConfirm: false });
  }
  return store;
}
