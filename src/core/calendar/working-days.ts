// Working days: Monday to Friday, minus the public holidays the admin lists (Tết moves every year,
// so the list lives in the store, not in code).
import { type LocalDate, addDays, dayNumber, fromDayNumber, weekday } from "./local-date.js";

export interface WorkCalendar {
  isWorkingDay(date: LocalDate): boolean;
}

export function workCalendar(holidays: Iterable<LocalDate>): WorkCalendar {
  const off = new Set(holidays);
  return {
    isWorkingDay(date) {
      const wd = weekday(date);
      return wd !== 0 && wd !== 6 && !off.has(date);
    },
  };
}

/** Working days in (from, to]: how many working days have passed since `from`. */
export function workingDaysAfter(calendar: WorkCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (let n = dayNumber(from) + 1, end = dayNumber(to); n <= end; n++) if (calendar.isWorkingDay(fromDayNumber(n))) count++;
  return count;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(calendar: WorkCalendar, date: LocalDate): LocalDate {
  let d = date;
  while (!calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The Nth working day of the month that contains `day` (the monthly report's posting day). */
export function nthWorkingDay(calendar: WorkCalendar, day: LocalDate, n: number): LocalDate {
  let d = `${day.slice(0, 7)}-01`;
  for (let seen = 0; ; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d) && ++seen === n) return d;
  }
}
