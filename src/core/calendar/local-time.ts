// An instant as people in the Office read it: their own clock, dd/mm/yyyy HH:mm.
import { formatViDate } from "./local-date.js";
import { wallClock } from "./zone.js";

export function localTime(instant: Date | null, zone: string): string {
  if (!instant) return "";
  const w = wallClock(instant, zone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${formatViDate(w.date)} ${two(w.hour)}:${two(w.minute)}`;
}
