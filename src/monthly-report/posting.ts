// Posting the monthly report: to every leadership group and to leaders who asked for it in
// private, exactly once per month and recipient (the outbox key), on the Nth working day of the
// month, caught up at start if the process was down then.
import { nthWorkingDay, workCalendar } from "../core/calendar/working-days.js";
import { localDateOf, zonedInstant } from "../core/calendar/zone.js";
import { previousMonth } from "../core/reports/period.js";
import type { Logger } from "../log.js";
import { type Month, queueReport } from "../delivery/outbox.js";
import type { Db } from "../store/client.js";
import { holidayDates } from "../store/holidays-repo.js";
import { leadershipGroups, privateReportReaders } from "../store/chat-repo.js";

function key(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

/** Queues the report of `month` for every recipient that has not had it. */
export async function queueMonthlyReport(db: Db, month: Month, at: Date): Promise<{ recipients: number; already: number }> {
  const targets = [
    ...(await leadershipGroups(db)).map((g) => ({ channel: g.channel, chatId: g.chatId, officerId: null })),
    ...(await privateReportReaders(db)).map((r) => ({ ...r.account, officerId: r.officerId, language: r.language })),
  ];
  let recipients = 0;
  for (const t of targets) if (await queueReport(db, month, t, at)) recipients++;
  return { recipients, already: targets.length - recipients };
}

export interface ReportSchedule {
  zone: string;
  workingDay: number;
  time: string;
}

/**
 * The scheduled post and the catch-up at start are the same question: is the posting moment of
 * this month past? Then last month's report goes to whoever has not had it.
 */
export async function postDueReport(
  db: Db,
  s: ReportSchedule,
  now: Date,
  log: Logger,
): Promise<{ recipients: number; already: number } | undefined> {
  const today = localDateOf(now, s.zone);
  const calendar = workCalendar(await holidayDates(db));
  const postOn = nthWorkingDay(calendar, today, s.workingDay);
  if (now < zonedInstant(postOn, s.time, s.zone)) return undefined;
  const month = previousMonth(today);
  const result = await queueMonthlyReport(db, month, now);
  if (result.recipients > 0) log.info({ month: key(month), recipients: result.recipients }, "monthly report queued");
  return result;
}
