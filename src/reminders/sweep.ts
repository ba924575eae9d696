// The reminder sweep of one day: plan who is told what, then queue one message per recipient
// in the outbox together with the identities of its reminders (task, kind, day, recipient).
// Those identities are unique in the store, so a second sweep — after a crash halfway, or in a
// second process at the same time — queues only what is not queued yet, and never twice.
import { type LocalDate, addDays, daysBetween } from "../core/calendar/local-date.js";
import { workCalendar } from "../core/calendar/working-days.js";
import { localDateOf, zonedInstant } from "../core/calendar/zone.js";
import {
  type ReminderItem,
  type ReminderPolicy,
  byRecipient,
  lookahead,
  planReminders,
  previousWorkingDay,
} from "../core/reminders/policy.js";
import type { Logger } from "../log.js";
import type { Db } from "../store/client.js";
import { deliveryAccounts } from "../store/chat-repo.js";
import { holidayDates } from "../store/holidays-repo.js";
import { queueReminders } from "../delivery/outbox.js";
import {
  agencyHeadMap,
  finishSweep,
  lastFinishedSweep,
  openTasksDueBy,
  recordReminders,
  reminderKey,
  remindersOfDay,
  startSweep,
  sweepOf,
} from "../store/reminders-repo.js";

export interface SweepDeps {
  db: Db;
  zone: string;
  policy: ReminderPolicy;
  log: Logger;
}

export interface SweepResult {
  day: LocalDate;
  skipped?: "non_working_day";
  /** Reminder items planned for the day (task × recipient). */
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
const PAGE = 20_000;
const BATCH = 200;

export async function runSweep(deps: SweepDeps, at: Date, opts: { dryRun?: boolean } = {}): Promise<SweepResult> {
  const { db, zone, policy } = deps;
  const day = localDateOf(at, zone);
  const calendar = workCalendar(await holidayDates(db));
  const empty = { day, planned: 0, alreadyQueued: 0, messages: 0, items: 0, unreachableOfficerIds: [] };
  if (!calendar.isWorkingDay(day)) return { ...empty, skipped: "non_working_day" };

  const last = await lastFinishedSweep(db, SWEEP, day);
  const floor = addDays(day, -MAX_CATCH_UP_DAYS);
  const previousSweepDay = last && last > floor ? last : previousWorkingDay(calendar, day);
  const horizon = addDays(day, lookahead(policy) + Math.max(0, daysBetween(previousSweepDay, day)));

  const tasks = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await openTasksDueBy(db, horizon, { skip, take: PAGE });
    tasks.push(...page);
    if (page.length < PAGE) break;
  }
  const planned = planReminders({ tasks, day, previousSweepDay, calendar, policy, agencyHeads: await agencyHeadMap(db) });
  const done = await remindersOfDay(db, day);
  const fresh = planned.filter((i) => !done.has(reminderKey({ taskId: i.taskId, kind: i.kind, officerId: i.recipientId })));
  const groups = byRecipient(fresh);
  const accounts = await deliveryAccounts(db, [...groups.keys()]);
  const unreachableOfficerIds = [...groups.keys()].filter((id) => !accounts.has(id));
  const result: SweepResult = {
    day,
    planned: planned.length,
    alreadyQueued: planned.length - fresh.length,
    messages: 0,
    items: 0,
    unreachableOfficerIds,
  };

  if (opts.dryRun) {
    result.plan = [...groups].map(([officerId, items]) => ({ officerId, channel: accounts.get(officerId)?.channel ?? null, items }));
    return result;
  }

  await startSweep(db, SWEEP, day, at);
  const messages = [...groups].flatMap(([officerId, items]) => {
    const account = accounts.get(officerId);
    return account ? [{ officerId, account, items: items.map((i) => ({ taskId: i.taskId, kind: i.kind })) }] : [];
  });
  for (let i = 0; i < messages.length; i += BATCH) {
    const counts = await queueReminders(db, day, messages.slice(i, i + BATCH), at, (tx, outboxId, m) =>
      // Unique (task, kind, day, recipient): throws if another sweep recorded one of these first.
      recordReminders(
        tx,
        day,
        outboxId,
        m.items.map((item) => ({ ...item, officerId: m.officerId })),
        at,
      ),
    );
    result.messages += counts.messages;
    result.items += counts.items;
  }
  await finishSweep(db, SWEEP, day, new Date());
  deps.log.info(
    { day, planned: result.planned, messages: result.messages, unreachable: unreachableOfficerIds.length },
    "reminder sweep done",
  );
  return result;
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
