// Posting the monthly report: to every leadership group and to leaders who asked for it in
// private, exactly once per month and recipient (the outbox key), on the Nth working day of the
// month, caught up at start if the process was down then.
import { type LocalDate, addDays } from "../core/calendar/local-date.js";
import { type WorkCalendar, workCalendar } from "../core/calendar/working-days.js";
import { localDateOf, zonedInstant } from "../core/calendar/zone.js";
import { previousMonth } from "../core/reports/period.js";
import type { Logger } from "../log.js";
import type { Db } from "../store/client.js";
import { holidayDates } from "../store/holidays-repo.js";
import { enqueue } from "../store/outbox-repo.js";
import { activeChats, pickDeliveryAccount } from "../store/chat-repo.js";

export interface Month {
  year: number;
  month: number;
}

function key(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

/** The Nth working day of the month that contains `day`. */
export function nthWorkingDay(calendar: WorkCalendar, day: LocalDate, n: number): LocalDate {
  let d = `${day.slice(0, 7)}-01`;
  for (let seen = 0; ; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d) && ++seen === n) return d;
  }
}

/** Queues the report of `month` for every recipient that has not had it. */
export async function queueMonthlyReport(db: Db, month: Month, at: Date): Promise<{ recipients: number; already: number }> {
  const groups = await db.chatGroup.findMany({ where: { kind: "leadership" } });
  const leaders = await db.officer.findMany({
    where: { receivesReport: true, active: true },
    include: { chatAccounts: activeChats },
  });
  const targets = [
    ...groups.map((g) => ({
      channel: g.channel,
      chatId: g.chatId,
      officerId: null as number | null,
      language: undefined as string | undefined,
    })),
    ...leaders.flatMap((o) => {
      const a = pickDeliveryAccount(o.preferredChannel, o.chatAccounts);
      return a ? [{ channel: a.channel, chatId: a.chatId, officerId: o.id, language: o.language }] : [];
    }),
  ];
  let recipients = 0;
  for (const t of targets) {
    const queued = await enqueue(db, {
      dedupeKey: `report:${key(month)}:${t.channel}:${t.chatId}`,
      kind: "report",
      channel: t.channel,
      chatId: t.chatId,
      officerId: t.officerId,
      payload: { type: "report", year: month.year, month: month.month, ...(t.language ? { language: t.language } : {}) },
      at,
    });
    if (queued.queued) recipients++;
  }
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
