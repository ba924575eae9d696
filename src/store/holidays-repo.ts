// The public holidays the admin keeps (no reminders on those days).
import type { Tx } from "./tx.js";

export interface Holiday {
  /** YYYY-MM-DD */
  date: string;
  name: string;
}

export function listHolidays(tx: Tx, year?: number): Promise<Holiday[]> {
  const where = year === undefined ? {} : { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } };
  return tx.holiday.findMany({ where, orderBy: { date: "asc" } });
}

export async function holidayDates(tx: Tx): Promise<string[]> {
  return (await tx.holiday.findMany({ select: { date: true } })).map((h) => h.date);
}

export async function upsertHoliday(tx: Tx, date: string, name: string): Promise<void> {
  await tx.holiday.upsert({ where: { date }, create: { date, name }, update: { name } });
}

export async function removeHoliday(tx: Tx, date: string): Promise<boolean> {
  const { count } = await tx.holiday.deleteMany({ where: { date } });
  return count > 0;
}
