// The reminder sweep of one day: plan who is told what, then queue one message per recipient
// in the outbox together with the identities of its reminders (task, kind, day, recipient).
// Those identities are unique in the store, so a second sweep — after a crash halfway, or in a
// second process at the same time — queues only what is not queued yet, and never twice.
import { createHash } from "node:crypto";
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
import { enqueue } from "../store/outbox-repo.js";
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
import { isUniqueViolation } from "../store/unique.js";
import { type Tx, inTransaction } from "../store/tx.js";
import type { Payload } from "../delivery/payload.js";

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
  const deliverable = [...groups].filter(([id]) => accounts.has(id));
  for (let i = 0; i < deliverable.length; i += BATCH) {
    const batch = deliverable.slice(i, i + BATCH);
    try {
      // Another sweep may hold the same rows: wait for it (Prisma's default is 5 s).
      const counts = await inTransaction(db, async (tx) => {
        let messages = 0;
        let items = 0;
        for (const [officerId, list] of batch) {
          if (await queueReminder(tx, day, officerId, list, accounts.get(officerId)!, at)) {
            messages++;
            items += list.length;
          }
        }
        return { messages, items };
      });
      result.messages += counts.messages;
      result.items += counts.items;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another sweep queued some of these at the same moment: go one by one, keeping what is new.
      for (const [officerId, list] of batch) {
        try {
          const queued = await inTransaction(db, (tx) => queueReminder(tx, day, officerId, list, accounts.get(officerId)!, at));
          if (queued) {
            result.messages++;
            result.items += list.length;
          }
        } catch (inner) {
          if (!isUniqueViolation(inner)) throw inner;
        }
      }
    }
  }
  await finishSweep(db, SWEEP, day, new Date());
  deps.log.info(
    { day, planned: result.planned, messages: result.messages, unreachable: unreachableOfficerIds.length },
    "reminder sweep done",
  );
  return result;
}

async function queueReminder(
  tx: Tx,
  day: LocalDate,
  officerId: number,
  items: ReminderItem[],
  account: { channel: string; chatId: string },
  at: Date,
): Promise<boolean> {
  const ids = items
    .map((i) => `${i.taskId}:${i.kind}`)
    .sort()
    .join(",");
  const digest = createHash("sha256").update(ids).digest("hex").slice(0, 16);
  const payload: Payload = { type: "reminder", day, items: items.map((i) => ({ taskId: i.taskId, kind: i.kind })) };
  const kind = items.every((i) => i.kind === "escalation") ? "escalation" : "reminder";
  const queued = await enqueue(tx, {
    dedupeKey: `reminder:${day}:${officerId}:${digest}`,
    kind,
    channel: account.channel,
    chatId: account.chatId,
    officerId,
    payload,
    at,
  });
  if (!queued.queued) return false;
  // Unique (task, kind, day, recipient): throws if another sweep recorded one of these first.
  await recordReminders(
    tx,
    day,
    queued.id!,
    items.map((i) => ({ taskId: i.taskId, kind: i.kind, officerId })),
    at,
  );
  return true;
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
