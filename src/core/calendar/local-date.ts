// A calendar day as an ISO string "YYYY-MM-DD". Deadlines are days, not instants; ISO strings
// compare correctly as text, in code and in both stores. Arithmetic goes through UTC day numbers,
// so the server's own time zone never matters.

export type LocalDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real day of the calendar, from year 100 on (two-digit years are never meant). */
export function isLocalDate(value: string): value is LocalDate {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!);
}

export function makeLocalDate(year: number, month: number, day: number): LocalDate | undefined {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isLocalDate(iso) ? iso : undefined;
}

export function dayNumber(date: LocalDate): number {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromDayNumber(n: number): LocalDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

export function firstDayOfMonth(year: number, month: number): LocalDate {
  return makeLocalDate(year, month, 1)!;
}

export function lastDayOfMonth(year: number, month: number): LocalDate {
  return fromDayNumber(Date.UTC(year, month, 1) / DAY_MS - 1);
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatViDate(date: LocalDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * Reads a date as people type it in Vietnam: d/m/yyyy or dd/mm/yyyy (also with - or .),
 * or ISO yyyy-mm-dd. Returns undefined for anything else, including impossible days like 31/02.
 */
export function parseViDate(text: string): LocalDate | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return makeLocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return makeLocalDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}
