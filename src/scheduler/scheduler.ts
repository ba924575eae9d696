// The clock: node-cron ticks in the configured zone, on working-day mornings. Cron keeps
// nothing; what is due lives in the store, so a tick missed while the process was down is
// caught up at start (catchUpSweep), not by cron.
import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "../log.js";

export interface Job {
  name: string;
  /** HH:MM in the zone; the job runs Monday to Friday (holidays are the job's own business). */
  at: string;
  run(now: Date): Promise<unknown>;
}

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
}

export function cronOf(at: string): string {
  const [h, m] = at.split(":").map(Number);
  return `${m} ${h} * * 1-5`;
}

export function createScheduler(jobs: Job[], zone: string, log: Logger): Scheduler {
  const tasks: ScheduledTask[] = [];
  return {
    start() {
      for (const job of jobs) {
        const task = cron.schedule(
          cronOf(job.at),
          async () => {
            try {
              await job.run(new Date());
            } catch (error) {
              log.error({ err: error, job: job.name }, "scheduled job failed");
            }
          },
          { timezone: zone, noOverlap: true, name: job.name },
        );
        tasks.push(task);
        log.info({ job: job.name, at: job.at, zone }, "job scheduled");
      }
    },
    async stop() {
      for (const t of tasks) await t.stop();
    },
  };
}
