// `npm test`: generates the Prisma clients when missing, runs every suite with the server in
// UTC, then the calendar and deadline suites again in Asia/Ho_Chi_Minh: the server's own zone
// must never change a date.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("src/generated/prisma/client.ts") || !existsSync("src/generated/prisma-pg/client.ts")) {
  execFileSync("node", ["scripts/generate.mjs"], { stdio: "inherit" });
}
const vitest = (tz, args) => {
  console.log(`\n=== vitest with TZ=${tz} ${args.join(" ")}`);
  const r = spawnSync("npx", ["vitest", "run", ...args], { stdio: "inherit", env: { ...process.env, TZ: tz } });
  return r.status ?? 1;
};
const extra = process.argv.slice(2);
let status = vitest("UTC", extra);
if (status === 0 && extra.length === 0) status = vitest("Asia/Ho_Chi_Minh", ["test/unit/core"]);
process.exit(status);
