// Rendering outbox rows at send time. A reminder is rebuilt from the tasks as they are now:
// one completed or re-dated since the sweep is left out, and a reminder with nothing left — or
// one from an earlier day — is cancelled.
import { daysBetween } from "../core/calendar/local-date.js";
import { workCalendar } from "../core/calendar/working-days.js";
import { localDateOf } from "../core/calendar/zone.js";
import type { ReminderKind, ReminderPolicy } from "../core/reminders/policy.js";
import type { Rendered } from "../delivery/deliverer.js";
import type { Payload } from "../delivery/payload.js";
import { translator } from "../i18n/i18n.js";
import { renderReminder } from "./message.js";
import type { Db } from "../store/client.js";
import { holidayDates } from "../store/holidays-repo.js";
import type { OutboxRow } from "../store/outbox-repo.js";

export function stillApplies(kind: ReminderKind, dueDate: string, day: string, policy: ReminderPolicy): boolean {
  const left = daysBetween(day, dueDate);
  return kind === "before" ? left >= 0 && left <= Math.max(...policy.daysBefore) : left < 0;
}

const HOLIDAYS_TTL_MS = 60_000;

export interface RendererDeps {
  db: Db;
  zone: string;
  policy: ReminderPolicy;
  now: () => Date;
  /** Builds the monthly report message for a recipient (its text, and files where the channel takes them). */
  report?: (payload: { year: number; month: number; language?: string }, channel: string) => Promise<Rendered>;
}

export function createRenderer(deps: RendererDeps) {
  // The holiday list changes a few times a year: read it once a minute, not once a message.
  let holidays: { at: number; calendar: ReturnType<typeof workCalendar> } | undefined;
  async function calendarNow() {
    if (!holidays || Date.now() - holidays.at > HOLIDAYS_TTL_MS)
      holidays = { at: Date.now(), calendar: workCalendar(await holidayDates(deps.db)) };
    return holidays.calendar;
  }
  return async function render(row: OutboxRow, payload: Payload): Promise<Rendered | null> {
    if (payload.type === "message") return { message: payload.message, taskIds: payload.taskIds ?? [] };
    if (payload.type === "report") return deps.report ? deps.report(payload, row.channel) : null;
    const now = deps.now();
    if (payload.day !== localDateOf(now, deps.zone)) return null;
    const officer = row.officerId === null ? null : await deps.db.officer.findUnique({ where: { id: row.officerId } });
    const tasks = await deps.db.task.findMany({
      where: { id: { in: payload.items.map((i) => i.taskId) }, status: "open" },
      include: { leadAgency: true },
    });
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const entries = payload.items.flatMap((i) => {
      const task = byId.get(i.taskId);
      return task && stillApplies(i.kind, task.dueDate, payload.day, deps.policy)
        ? [{ task: { ...task, agencyName: task.leadAgency.name }, kind: i.kind }]
        : [];
    });
    if (entries.length === 0) return null;
    const tr = translator(officer?.language === "en" ? "en" : "vi");
    const calendar = await calendarNow();
    return {
      message: renderReminder(entries, payload.day, now, deps.zone, calendar, tr),
      taskIds: entries.filter((e) => e.kind !== "escalation").map((e) => e.task.id),
    };
  };
}
