// Rendering outbox rows at send time. A reminder is rebuilt from the tasks as they are now:
// one completed or re-dated since the sweep is left out, and a reminder with nothing left — or
// one from an earlier day — is cancelled.
import { workCalendar } from "../core/calendar/working-days.js";
import { localDateOf } from "../core/calendar/zone.js";
import { type ReminderPolicy, stillApplies } from "../core/reminders/policy.js";
import type { Rendered } from "../delivery/deliverer.js";
import type { Payload } from "../delivery/payload.js";
import { languageOf, translator } from "../i18n/i18n.js";
import { renderReminder } from "./message.js";
import type { Db } from "../store/client.js";
import type { Officer } from "../core/contacts/people.js";
import { findOfficer, officersByIds } from "../store/contacts-repo.js";
import { holidayDates } from "../store/holidays-repo.js";
import type { OutboxRow } from "../store/outbox-repo.js";
import { type OpenTaskWithAgency, openTasksWithAgency } from "../store/tasks-repo.js";

const HOLIDAYS_TTL_MS = 60_000;

export interface ReminderRendererDeps {
  db: Db;
  zone: string;
  policy: ReminderPolicy;
  now: () => Date;
  /** Whether a channel shows buttons (else its choices become a numbered list). */
  hasButtons?: (channel: string) => boolean;
}

export function createReminderRenderer(deps: ReminderRendererDeps) {
  // The holiday list changes a few times a year: read it once a minute, not once a message.
  let holidays: { at: number; calendar: ReturnType<typeof workCalendar> } | undefined;
  async function calendarNow() {
    if (!holidays || Date.now() - holidays.at > HOLIDAYS_TTL_MS)
      holidays = { at: Date.now(), calendar: workCalendar(await holidayDates(deps.db)) };
    return holidays.calendar;
  }
  // What the current batch is rendered from: its recipients and open tasks, read in two queries.
  let batch: { rows: Set<number>; officers: Map<number, Officer>; tasks: Map<number, OpenTaskWithAgency> } | undefined;

  async function prepare(rows: OutboxRow[]): Promise<void> {
    const reminders = rows.filter((r) => r.kind === "reminder" || r.kind === "escalation");
    if (reminders.length === 0) return void (batch = undefined);
    const taskIds = reminders.flatMap((r) => (JSON.parse(r.payload) as Payload & { type: "reminder" }).items.map((i) => i.taskId));
    const officerIds = reminders.flatMap((r) => (r.officerId === null ? [] : [r.officerId]));
    const [officers, tasks] = await Promise.all([officersByIds(deps.db, officerIds), openTasksWithAgency(deps.db, taskIds)]);
    batch = { rows: new Set(reminders.map((r) => r.id)), officers, tasks: new Map(tasks.map((t) => [t.id, t])) };
  }

  async function render(row: OutboxRow, payload: Payload & { type: "reminder" }): Promise<Rendered | null> {
    const now = deps.now();
    if (payload.day !== localDateOf(now, deps.zone)) return null;
    const ids = payload.items.map((i) => i.taskId);
    // Read in the batch when it was prepared; on its own otherwise.
    const prepared = batch?.rows.has(row.id) ? batch : undefined;
    const officer = row.officerId === null ? null : (prepared?.officers.get(row.officerId) ?? (await findOfficer(deps.db, row.officerId)));
    const byId = prepared ? prepared.tasks : new Map((await openTasksWithAgency(deps.db, ids)).map((t) => [t.id, t]));
    const entries = payload.items.flatMap((i) => {
      const task = byId.get(i.taskId);
      return task && stillApplies(i.kind, task.dueDate, payload.day, deps.policy)
        ? [{ task: { ...task, agencyName: task.leadAgency.name }, kind: i.kind }]
        : [];
    });
    if (entries.length === 0) return null;
    const tr = translator(languageOf(officer));
    const calendar = await calendarNow();
    return {
      message: renderReminder(entries, payload.day, now, deps.zone, calendar, tr, !(deps.hasButtons?.(row.channel) ?? true)),
      taskIds: entries.filter((e) => e.kind !== "escalation").map((e) => e.task.id),
    };
  }

  return { prepare, render };
}
