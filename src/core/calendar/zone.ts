// Converting between instants and the wall clock of a time zone with Intl only, so the result
// is the same whatever TZ the server runs with. Asia/Ho_Chi_Minh has no daylight saving, but
// nothing here assumes it.
import { type LocalDate, addDays, isLocalDate } from "./local-date.js";

export interface WallClock {
  date: LocalDate;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * The last answer: the same instant is asked again and again (every line of a reminder asks
 * where its task stands now), and formatToParts is the costly part of rendering one.
 */
let last: { at: number; zone: string; clock: WallClock } | undefined;

export function wallClock(instant: Date, zone: string): WallClock {
  const at = instant.getTime();
  if (last?.at === at && last.zone === zone) return { ...last.clock };
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(instant)) parts[p.type] = p.value;
  const clock = {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
  last = { at, zone, clock };
  return { ...clock };
}

export function localDateOf(instant: Date, zone: string): LocalDate {
  return wallClock(instant, zone).date;
}

function offsetMs(instant: number, zone: string): number {
  const w = wallClock(new Date(instant), zone);
  const [y, m, d] = w.date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant when the wall clock in `zone` shows `date` at `hh:mm[:ss]`. */
export function zonedInstant(date: LocalDate, time: string, zone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh = 0, mm = 0, ss = 0] = time.split(":").map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm, ss);
  const first = guess - offsetMs(guess, zone);
  return new Date(guess - offsetMs(first, zone));
}

export function startOfDay(date: LocalDate, zone: string): Date {
  return zonedInstant(date, "00:00:00", zone);
}

/** The last millisecond of `date` in `zone` (the cut-off of a deadline or a month). */
export function endOfDay(date: LocalDate, zone: string): Date {
  return new Date(startOfDay(addDays(date, 1), zone).getTime() - 1);
}

/** Reads `--at` values: an ISO instant with offset, or a wall-clock "YYYY-MM-DD[ HH:MM]" in `zone`. */
export function parseInstant(text: string, zone: string): Date | undefined {
  const t = text.trim();
  // An impossible day or time is refused, never rolled over (2026-13-01 is not 01/01/2027).
  const validTime = (time: string | undefined) => {
    if (time === undefined) return true;
    const [h = 0, m = 0, s = 0] = time.split(":").map(Number);
    return h <= 23 && m <= 59 && s <= 59;
  };
  const local = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(t);
  if (local) return isLocalDate(local[1]!) && validTime(local[2]) ? zonedInstant(local[1]!, local[2] ?? "00:00", zone) : undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(t);
  if (iso && isLocalDate(iso[1]!) && validTime(iso[2]) && Number(iso[3] ?? 0) <= 14 && Number(iso[4] ?? 0) <= 59) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}
