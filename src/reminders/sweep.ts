// The reminder sweep of one day: work out which deadlines are owed what (core), then queue, a
// batch of recipients per transaction, one message per recipient together with the identities of
// its reminders (task, kind, day, recipient) — set-based SQL, no per-task or per-officer work here.
// Those identities are unique in the store, so a second sweep — after a crash halfway, or in a
// second process at the same time — queues only what is not queued yet, and never twice.
import { type LocalDate, addDays } from "../core/calendar/local-date.js";
import { workCalendar } from "../core/calendar/working-days.js";
import { localDateOf, zonedInstant } from "../core/calendar/zone.js";
import { type ReminderItem, type ReminderPolicy, owedWindows, previousWorkingDay } from "../core/reminders/policy.js";
import type { Logger } from "../log.js";
import type { Db } from "../store/client.js";
import { holidayDates } from "../store/holidays-repo.js";
import { reminderRunKey, wake } from "../delivery/outbox.js";
import { freshItems, owedCounts, queueOwed, recipientRanges, stageOwed } from "../store/owed-reminders.js";
import { finishSweep, holdSweep, lastFinishedSweep, startSweep, sweepOf } from "../store/sweep-runs-repo.js";
import { inTransaction } from "../store/tx.js";

export interface SweepDeps {
  db: Db;
  zone: string;
  policy: ReminderPolicy;
  log: Logger;
}

export interface SweepResult {
  day: LocalDate;
  skipped?: "non_working_day";
  /** Reminder items owed on the day (task × recipient). */
  planned: number;
  /** Already queued by an earlier sweep of the same day. */
  alreadyQueued: number;
  /** Messages queued by this sweep (one per recipient). */
  messages: number;
  items: number;
  /** Recipients with no linked chat account: nothing can reach them. */
  unreachableOfficerIds: number[];
  /** For --dry-run: per recipient, what would be sent. */
  plan?: { officerId: number; channel: string | null; items: ReminderItem[] }[];
}

const SWEEP = "reminders";
const MAX_CATCH_UP_DAYS = 14;
/** Recipients per transaction: the write lock is held for one batch, not the whole sweep. */
const BATCH = 1000;

export async function runSweep(deps: SweepDeps, at: Date, opts: { dryRun?: boolean } = {}): Promise<SweepResult> {
  const { db, zone, policy } = deps;
  const day = localDateOf(at, zone);
  const calendar = workCalendar(await holidayDates(db));
  const result: SweepResult = { day, planned: 0, alreadyQueued: 0, messages: 0, items: 0, unreachableOfficerIds: [] };
  if (!calendar.isWorkingDay(day)) return { ...result, skipped: "non_working_day" };

  const last = await lastFinishedSweep(db, SWEEP, day);
  const floor = addDays(day, -MAX_CATCH_UP_DAYS);
  const previousSweepDay = last && last > floor ? last : previousWorkingDay(calendar, day);
  const windows = owedWindows({ day, previousSweepDay, calendar, policy });
  const ranges = await recipientRanges(db, BATCH);
  if (opts.dryRun) {
    result.plan = [];
    for (const range of ranges) {
      const { counts, items } = await inTransaction(db, async (tx) => {
        await stageOwed(tx, windows, range);
        return { counts: await owedCounts(tx), items: await freshItems(tx) };
      });
      tally(result, counts);
      for (const item of items) {
        const last = result.plan.at(-1);
        if (last?.officerId === item.recipientId) last.items.push(item);
        else result.plan.push({ officerId: item.recipientId, channel: item.channel, items: [item] });
      }
    }
    result.unreachableOfficerIds = result.plan.filter((p) => p.channel === null).map((p) => p.officerId);
    return result;
  }

  await startSweep(db, SWEEP, day, at);
  const keyPrefix = reminderRunKey(day);
  for (const range of ranges) {
    const batch = await inTransaction(db, async (tx) => {
      await holdSweep(tx, SWEEP, day);
      await stageOwed(tx, windows, range);
      return { counts: await owedCounts(tx), queued: await queueOwed(tx, day, keyPrefix, at) };
    });
    const messaged = new Set(batch.queued.messagedIds);
    tally(result, batch.counts);
    // Owed something new, yet given no message: no chat links them to the bot.
    for (const c of batch.counts) if (c.owed > c.queued && !messaged.has(c.recipientId)) result.unreachableOfficerIds.push(c.recipientId);
    result.messages += messaged.size;
    result.items += batch.queued.items;
    if (messaged.size > 0) wake(db);
  }
  await finishSweep(db, SWEEP, day, new Date());
  deps.log.info(
    { day, planned: result.planned, messages: result.messages, unreachable: result.unreachableOfficerIds.length },
    "reminder sweep done",
  );
  return result;
}

function tally(result: SweepResult, counts: { owed: number; queued: number }[]): void {
  for (const c of counts) {
    result.planned += c.owed;
    result.alreadyQueued += c.queued;
  }
}

/** At start: if today's sweep time has passed and today's sweep did not finish, run it now. */
export async function catchUpSweep(deps: SweepDeps, now: Date, reminderTime: string): Promise<SweepResult | undefined> {
  const day = localDateOf(now, deps.zone);
  if (now < zonedInstant(day, reminderTime, deps.zone)) return undefined;
  const run = await sweepOf(deps.db, SWEEP, day);
  if (run?.finishedAt) return undefined;
  deps.log.info({ day }, "catching up a missed reminder sweep");
  return runSweep(deps, now);
}
