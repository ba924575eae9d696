// `npm run bench [-- --tasks 20000 --only web --stores sqlite,postgres]`: the project's benchmarks,
// with sizes, printing figures and ratios. Benchmarks measure; tests never time anything.
import { benchImport } from "./import.js";
import { benchSweep } from "./sweep.js";
import { benchDelivery } from "./delivery.js";
import { benchReport } from "./report.js";
import { benchWeb } from "./web.js";
import { arg, benchStores } from "./support.js";
import { builtEntry } from "../scripts/launch.mjs";

const tasks = Number(arg("tasks", "20000"));
const sweepTasks = Number(arg("sweep-tasks", "100000"));
const officers = Number(arg("officers", "20000"));
const replies = Number(arg("replies", "2000"));
const reportTasks = Number(arg("report-tasks", "1000000"));
const deliveryMessages = Number(arg("delivery-messages", "600"));
const webTasks = Number(arg("web-tasks", "100000"));
const only = arg("only", "import,sweep,report,delivery,web").split(",");
const kinds = arg("stores", "sqlite,postgres").split(",");

console.log(`dondoc benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
console.log(
  builtEntry("src/main.ts")
    ? "fresh processes run the compiled build (dist/), as production does"
    : "!! dist/ is missing or older than src/: fresh processes run the TypeScript sources through tsx (npm run bench builds first)",
);
// Each benchmark gets fresh stores: figures do not depend on what ran before.
async function withStores(fn: (stores: Awaited<ReturnType<typeof benchStores>>) => Promise<void>): Promise<void> {
  const stores = await benchStores(kinds);
  try {
    await fn(stores);
  } finally {
    for (const s of stores) await s.dispose();
  }
}
if (only.includes("import")) await withStores((s) => benchImport(s, tasks));
if (only.includes("sweep")) await withStores((s) => benchSweep(s, officers, sweepTasks, replies));
if (only.includes("report")) await withStores((s) => benchReport(s, reportTasks));
if (only.includes("delivery")) await withStores((s) => benchDelivery(s, deliveryMessages));
if (only.includes("web")) await withStores((s) => benchWeb(s, webTasks));
