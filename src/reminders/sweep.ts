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
import { type ReminderMessage, queueReminders } from "../delivery/outbox.js";
import {
  agencyHeadMap,
  finishSweep,
  lastFinishedSweep,
  openTasksDueByPage,
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
const PAGE = 5000;
const BATCH = 500;

export async function runSweep(deps: SweepDeps, at: Date, opts: { dryRun?: boolean } = {}): Promise<SweepResult> {
  const { db, zone, policy } = deps;
  const day = localDateOf(at, zone);
  const calendar = workCalendar(await holidayDates(db));
  const result: SweepResult = { day, planned: 0, alreadyQueued: 0, messages: 0, items: 0, unreachableOfficerIds: [] };
  if (!calendar.isWorkingDay(day)) return { ...result, skipped: "non_working_day" };

  const last = await lastFinishedSweep(db, SWEEP, day);
  const floor = addDays(day, -MAX_CATCH_UP_DAYS);
  const previousSweepDay = last && last > floor ? last : previousWorkingDay(calendar, day);
  const horizon = addDays(day, lookahead(policy) + Math.max(0, daysBetween(previousSweepDay, day)));
  const agencyHeads = await agencyHeadMap(db);
  const heads = new Set([...agencyHeads.values()].flat());
  if (opts.dryRun) result.plan = [];
  else await startSweep(db, SWEEP, day, at);

  /** Queues one message per recipient of `groups`, a batch at a time: no per-officer round trip. */
  async function queue(groups: Map<number, ReminderItem[]>): Promise<void> {
    const ids = [...groups.keys()];
    for (let i = 0; i < ids.length; i += BATCH) {
      const part = ids.slice(i, i + BATCH);
      const [done, accounts] = await Promise.all([remindersOfDay(db, day, part), deliveryAccounts(db, part)]);
      const messages: ReminderMessage[] = [];
      for (const officerId of part) {
        const items = groups.get(officerId)!;
        const fresh = items.filter((it) => !done.has(reminderKey({ taskId: it.taskId, kind: it.kind, officerId })));
        result.planned += items.length;
        result.alreadyQueued += items.length - fresh.length;
        if (fresh.length === 0) continue;
        const account = accounts.get(officerId);
        if (!account) result.unreachableOfficerIds.push(officerId);
        if (opts.dryRun) result.plan!.push({ officerId, channel: account?.channel ?? null, items: fresh });
        else if (account) messages.push({ officerId, account, items: fresh.map((it) => ({ taskId: it.taskId, kind: it.kind })) });
      }
      if (messages.length === 0) continue;
      const counts = await queueReminders(db, day, messages, at, (tx, queued) =>
        // Unique (task, kind, day, recipient): throws if another sweep recorded one of these first.
        recordReminders(
          tx,
          day,
          queued.flatMap((q) => q.message.items.map((it) => ({ ...it, officerId: q.message.officerId, outboxId: q.outboxId }))),
          at,
        ),
      );
      result.messages += counts.messages;
      result.items += counts.items;
    }
  }

  // The open tasks stream by officer, a page at a time. An officer's own reminders come from their
  // own tasks only, so an officer is complete once the stream has passed them; agency heads also
  // hear of other people's tasks (escalations, tasks without an officer), so theirs wait for the end.
  const forHeads = new Map<number, ReminderItem[]>();
  let reading = new Map<number, ReminderItem[]>();
  for (let after = { officer: -1, id: 0 }; ;) {
    const page = await openTasksDueByPage(db, horizon, after, PAGE);
    const items = planReminders({ tasks: page, day, previousSweepDay, calendar, policy, agencyHeads });
    const forHead = (item: ReminderItem) => heads.has(item.recipientId);
    byRecipient(items.filter(forHead), forHeads);
    byRecipient(
      items.filter((item) => !forHead(item)),
      reading,
    );
    const lastTask = page.at(-1);
    if (!lastTask || page.length < PAGE) break;
    after = { officer: lastTask.officerId ?? 0, id: lastTask.id };
    const unfinished = lastTask.officerId;
    const complete = new Map([...reading].filter(([id]) => id !== unfinished));
    reading = new Map([...reading].filter(([id]) => id === unfinished));
    await queue(complete);
  }
  await queue(reading);
  await queue(forHeads);

  if (!opts.dryRun) await finishSweep(db, SWEEP, day, new Date());
  deps.log.info(
    { day, planned: result.planned, messages: result.messages, unreachable: result.unreachableOfficerIds.length },
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
