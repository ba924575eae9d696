// Rendering outbox rows at send time. A reminder is rebuilt from the tasks as they are now:
// one completed or re-dated since the sweep is left out, and a reminder with nothing left — or
// one from an earlier day — is cancelled.
import { workCalendar } from "../core/calendar/working-days.js";
import { localDateOf } from "../core/calendar/zone.js";
import { type ReminderKind, type ReminderPolicy, stillApplies } from "../core/reminders/policy.js";
import type { Rendered } from "../delivery/deliverer.js";
import type { Payload } from "../delivery/payload.js";
import { languageOf, translator } from "../i18n/i18n.js";
import { renderReminder } from "./message.js";
import type { Db } from "../store/client.js";
import type { Officer } from "../core/contacts/people.js";
import { officersByIds } from "../store/contacts-repo.js";
import { holidayDates } from "../store/holidays-repo.js";
import { remindersOfMessages } from "../store/owed-reminders.js";
import type { OutboxRow } from "../store/outbox-repo.js";
import { type OpenTaskWithAgency, openTasksWithAgency } from "../store/tasks-repo.js";

const HOLIDAYS_TTL_MS = 60_000;

type ReminderPayload = Payload & { type: "reminder" };
type ReminderItems = { taskId: number; kind: ReminderKind }[];

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

  /** What reminder rows are rendered from: their items, recipients and open tasks, in three queries. */
  interface Source {
    items: Map<number, ReminderItems>;
    officers: Map<number, Officer>;
    tasks: Map<number, OpenTaskWithAgency>;
  }
  // The current batch's, read once for all its rows.
  let batch: Source | undefined;

  /** Items are the rows' Reminder rows, or the payload's list in rows queued before those said it. */
  async function read(rows: OutboxRow[]): Promise<Source> {
    const payloads = rows.map((r) => [r.id, (JSON.parse(r.payload) as ReminderPayload).items] as const);
    const recorded = await remindersOfMessages(
      deps.db,
      payloads.filter(([, items]) => !items).map(([id]) => id),
    );
    const items = new Map(payloads.map(([id, list]) => [id, list ?? recorded.get(id) ?? []]));
    const taskIds = [...items.values()].flatMap((list) => list.map((i) => i.taskId));
    const officerIds = rows.flatMap((r) => (r.officerId === null ? [] : [r.officerId]));
    const [officers, tasks] = await Promise.all([officersByIds(deps.db, officerIds), openTasksWithAgency(deps.db, taskIds)]);
    return { items, officers, tasks: new Map(tasks.map((t) => [t.id, t])) };
  }

  async function prepare(rows: OutboxRow[]): Promise<void> {
    const reminders = rows.filter((r) => r.kind === "reminder" || r.kind === "escalation");
    batch = reminders.length > 0 ? await read(reminders) : undefined;
  }

  async function render(row: OutboxRow, payload: ReminderPayload): Promise<Rendered | null> {
    const now = deps.now();
    if (payload.day !== localDateOf(now, deps.zone)) return null;
    // Read in the batch when it was prepared; on its own otherwise.
    const source = batch?.items.has(row.id) ? batch : await read([row]);
    const items = source.items.get(row.id)!;
    const officer = row.officerId === null ? null : (source.officers.get(row.officerId) ?? null);
    const entries = items.flatMap((i) => {
      const task = source.tasks.get(i.taskId);
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
