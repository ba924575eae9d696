// Generates both Prisma clients (SQLite and the PostgreSQL twin) into src/generated/.
// Runs after `npm install`; generated code is built, never committed. Offline: the JavaScript
// engine needs no download.
import { execFileSync } from "node:child_process";

execFileSync("node", ["scripts/db-twin.mjs"], { stdio: "inherit" });
for (const config of ["prisma/sqlite.config.ts", "prisma/postgres.config.ts"]) {
  execFileSync("npx", ["prisma", "generate", "--no-hints", "--config", config], { stdio: ["ignore", "ignore", "inherit"] });
}
console.log("dondoc: Prisma clients generated in src/generated/");
