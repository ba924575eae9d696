// `npm run bench [-- --tasks 20000 --stores sqlite,postgres]`: the project's benchmarks, with
// sizes, printing figures and ratios. Benchmarks measure; tests never time anything.
import { benchImport } from "./import.js";
import { arg, benchStores } from "./support.js";

const tasks = Number(arg("tasks", "20000"));
const kinds = arg("stores", "sqlite,postgres").split(",");

console.log(`dondoc benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
const stores = await benchStores(kinds);
try {
  await benchImport(stores, tasks);
} finally {
  for (const s of stores) await s.dispose();
}
