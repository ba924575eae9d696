// Runs one reminder sweep in a fresh process and prints its time and peak memory as JSON, so the
// figure is the sweep's alone (the parent's memory holds the province it just loaded). It runs
// what production runs (bench/production.mjs) and says which.
import { load, measure } from "./production.mjs";

const [{ loadConfig, reminderPolicy }, { createLogger }, { runSweep }, { createDb }] = await Promise.all([
  load("src/config.ts"),
  load("src/log.ts"),
  load("src/reminders/sweep.ts"),
  load("src/store/client.ts"),
]);

const { db } = await createDb(process.env.DATABASE_URL);
const config = loadConfig({ LOG_LEVEL: "silent" });
// The bot sweeps with its store already open: the first query's connection and Prisma's query
// compiler are start-up, measured with the start-up figures, not here (their memory is counted).
await db.sweepRun.findFirst();
await measure(async () => {
  const result = await runSweep(
    { db, zone: config.TIME_ZONE, policy: reminderPolicy(config), log: createLogger("silent") },
    new Date(process.env.SWEEP_AT),
  );
  return { messages: result.messages, items: result.items };
});
await db.$disconnect();
