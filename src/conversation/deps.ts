// What the bot logic needs, built once by the composition root.
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { Db } from "../store/client.js";
import type { SweepResult } from "../reminders/sweep.js";

export interface BotDeps {
  db: Db;
  config: Config;
  log: Logger;
  now: () => Date;
  /** Runs the reminder sweep now (admin command). */
  sweepNow: (at: Date) => Promise<SweepResult>;
}
