// Keeping the public holidays (no reminders on those days): one use case for the CLI and the web
// console, audited with who did it.
import type { LocalDate } from "../core/calendar/local-date.js";
import type { Db } from "../store/client.js";
import { addAudit } from "../store/audit-repo.js";
import { listHolidays, removeHoliday, upsertHoliday } from "../store/holidays-repo.js";
import { inTransaction } from "../store/tx.js";

export interface Who {
  actor: string;
  channel: string;
  now: Date;
}

/** "added", or "already" when that day is listed with that name. */
export async function addHoliday(db: Db, day: LocalDate, name: string, who: Who): Promise<"added" | "already"> {
  const known = (await listHolidays(db, Number(day.slice(0, 4)))).find((h) => h.date === day);
  if (known && known.name === name) return "already";
  await inTransaction(db, async (tx) => {
    await upsertHoliday(tx, day, name);
    await addAudit(tx, {
      at: who.now,
      actor: who.actor,
      channel: who.channel,
      action: "holiday.added",
      entity: "holiday",
      entityId: day,
      details: { name },
    });
  });
  return "added";
}

/** False when that day was not listed. */
export function dropHoliday(db: Db, day: LocalDate, who: Who): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const gone = await removeHoliday(tx, day);
    if (gone)
      await addAudit(tx, {
        at: who.now,
        actor: who.actor,
        channel: who.channel,
        action: "holiday.removed",
        entity: "holiday",
        entityId: day,
      });
    return gone;
  });
}
