// Runs one reminder sweep in a fresh process and prints its time and peak memory as JSON, so the
// figure is the sweep's alone (the parent's memory holds the province it just loaded).
import { loadConfig, reminderPolicy } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { runSweep } from "../src/reminders/sweep.js";
import { createDb } from "../src/store/client.js";

const { db } = createDb(process.env.DATABASE_URL!);
const config = loadConfig({ LOG_LEVEL: "silent" });
const start = process.hrtime.bigint();
const result = await runSweep(
  { db, zone: config.TIME_ZONE, policy: reminderPolicy(config), log: createLogger("silent") },
  new Date(process.env.SWEEP_AT!),
);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
await db.$disconnect();
console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, messages: result.messages, items: result.items }));
