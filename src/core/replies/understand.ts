// What an officer means by a free-text message: completion, not-yet, partial progress, an
// extension request, a numbered choice, a link code — or unclear. Real Vietnamese: any Unicode
// form, case, with or without diacritics, politeness particles, emoji. Never reads a negation
// or a partial as a completion; when unsure it says so and the bot asks.
import { type LocalDate, makeLocalDate } from "../calendar/local-date.js";
import { type Aligned, alignFold, slice } from "./aligned-fold.js";

export type ReplyIntent =
  | { kind: "complete"; codes: string[]; note?: string }
  | { kind: "not_done" }
  | { kind: "partial" }
  | { kind: "extension"; codes: string[]; date?: LocalDate; reason?: string; badDate?: string }
  | { kind: "choice"; number: number }
  | { kind: "yes" }
  | { kind: "no" }
  | { kind: "empty" }
  | { kind: "unclear" };

// Completion phrases, longest first (folded, single spaces).
const DONE = [
  "da thuc hien xong",
  "thuc hien xong",
  "da hoan thanh",
  "hoan thanh roi",
  "da hoan tat",
  "hoan thanh",
  "hoan tat",
  "da xong",
  "xong roi",
  "xong",
  "done",
  "completed",
  "finished",
  "complete",
];
// Words that, before the phrase, turn it into "not done" or "not yet".
const NEGATIONS = ["chua", "khong", "ko", "k", "kg", "khg", "chang", "cha", "not", "never", "no", "chua the", "khong the"];
// Words that make it progress, not completion.
const PARTIAL_BEFORE = ["sap", "gan", "dang", "se", "chuan bi", "co gang", "almost", "nearly", "will", "going to", "partly", "partially"];
const PARTIAL_AFTER = ["mot phan", "phan lon", "co ban", "cham", "duoc mot", "mot nua", "mot so"];
const EXTENSION = ["xin gia han", "gia han", "xin lui han", "lui han", "de nghi gia han", "extend", "extension"];
const POLITE_TAIL = /^(?:\s|a|ah|nhe|nha|roi|anh|chi|em|a oi|nhe anh|nhe chi|ok|oke|okay|vang|da|thanks|thank you|cam on|[.!,])*$/;
const YES = [
  "co",
  "dung",
  "dung roi",
  "vang",
  "yes",
  "y",
  "ok",
  "oke",
  "okay",
  "uh",
  "u",
  "da vang",
  "vang a",
  "co a",
  "dung a",
  "xac nhan",
];
const NO = ["khong", "ko", "k", "no", "n", "khong phai", "sai", "huy", "thoi", "khong a", "cancel"];

// A task code as typed: letters, digits and dashes with at least one digit; not part of a
// document number (123/SXD-KH), a percentage or a decimal.
const CODE = /(?<![a-z0-9/])[a-z0-9]+(?:-[a-z0-9]+)*(?![a-z0-9/%]|[.,]\d)/g;
const DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?(?!\d)/;

function words(folded: string): string {
  return folded
    .replace(/[^a-z0-9%?/-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function hasPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

function endsWithAny(text: string, list: string[]): boolean {
  const w = ` ${text}`;
  return list.some((p) => w.endsWith(` ${p}`));
}

/** Where the first completion phrase starts and ends, as whole words in the folded text. */
function findDone(a: Aligned): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const phrase of DONE) {
    const re = new RegExp(`(?<![a-z0-9])${phrase.replace(/ /g, "[\\s,.]+")}(?![a-z0-9])`, "g");
    const m = re.exec(a.folded);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

export function findCodes(folded: string): string[] {
  const head = folded.replace(DATE_GLOBAL, " ");
  return [...head.matchAll(CODE)].map((m) => m[0].toUpperCase()).filter((c) => /\d/.test(c));
}
const DATE_GLOBAL = new RegExp(DATE.source, "g");

function findDate(folded: string, today: LocalDate | undefined): { date?: LocalDate; bad?: string } {
  const m = DATE.exec(folded);
  if (!m) return {};
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] ? Number(m[3]) : NaN;
  if (m[3] && m[3].length === 2) year = 2000 + year;
  if (!m[3]) {
    // "đến 15/7": the next such day from today.
    const thisYear = today ? Number(today.slice(0, 4)) : new Date().getUTCFullYear();
    const candidate = makeLocalDate(thisYear, month, day);
    year = candidate && today && candidate < today ? thisYear + 1 : thisYear;
  }
  const date = makeLocalDate(year, month, day);
  return date ? { date } : { bad: m[0] };
}

function reasonAfter(a: Aligned): string | undefined {
  const m = /(?<![a-z])(vi|do|ly do|because|since)(?![a-z])[\s:,]*/.exec(a.folded);
  if (!m) return undefined;
  const reason = slice(a, m.index + m[0].length).trim();
  return reason || undefined;
}

/**
 * Reads one message. `today` (in the zone) completes dates given without a year.
 * Commands (/…) are not read here.
 */
export function understandReply(text: string, today?: LocalDate): ReplyIntent {
  const a = alignFold(text);
  const plain = words(a.folded);
  if (plain === "" || plain === "?") return { kind: "empty" };

  const number = /^(?:so\s*)?(\d{1,2})(?:\s*(?:a|nhe|nha))?$/.exec(plain);
  if (number) return { kind: "choice", number: Number(number[1]) };

  if (EXTENSION.some((p) => hasPhrase(plain, p))) {
    const { date, bad } = findDate(a.folded, today);
    const reason = reasonAfter(a);
    const codes = findCodes(a.folded.replace(DATE_GLOBAL, " ").replace(/(?<![a-z])(vi|do|ly do|because)(?![a-z]).*$/, " "));
    return { kind: "extension", codes, ...(date ? { date } : {}), ...(bad ? { badDate: bad } : {}), ...(reason ? { reason } : {}) };
  }

  const done = findDone(a);
  if (!done) {
    const bare = plain.replace(/(?: (?:a|ah|nhe|nha|roi))+$/, "");
    if (YES.includes(bare)) return { kind: "yes" };
    if (NO.includes(bare)) return { kind: "no" };
    if (/\d+\s*%/.test(plain) || PARTIAL_AFTER.some((p) => hasPhrase(plain, p)) || /^dang /.test(plain)) return { kind: "partial" };
    if (/^(chua|not yet|no not yet)\b/.test(plain)) return { kind: "not_done" };
    return { kind: "unclear" };
  }

  const before = words(a.folded.slice(0, done.start));
  const after = words(a.folded.slice(done.end));
  if (NEGATIONS.some((n) => endsWithAny(before, [n])) || /(?:^| )(chua|khong|not)(?: [a-z]+){0,2}$/.test(before))
    return { kind: "not_done" };
  if (/(^| )(khong|ko|chua) duoc( |$)|^duoc (?:dau|chua)|^chua( |$)|\?/.test(`${after} ${a.folded.includes("?") ? "?" : ""}`.trim()))
    return { kind: "not_done" };
  if (PARTIAL_BEFORE.some((p) => endsWithAny(before, [p]))) return { kind: "partial" };
  if (/\d+\s*%/.test(plain) && !/100\s*%/.test(plain)) return { kind: "partial" };
  if (PARTIAL_AFTER.some((p) => after.startsWith(p) || hasPhrase(after, p))) return { kind: "partial" };

  // Codes stand next to the phrase ("đã hoàn thành NV-0123", "0123 xong rồi"); a note follows a
  // separator ("đã hoàn thành, đã ban hành VB 123/SXD-KH").
  const sep = /[,:;]|\s[-–]\s|\.\s/.exec(a.folded.slice(done.end));
  const noteStart = sep ? done.end + sep.index + sep[0].length : -1;
  const headEnd = noteStart >= 0 ? done.end + sep!.index : a.chars.length;
  const head = `${a.folded.slice(0, done.start)} ${a.folded.slice(done.end, headEnd)}`;
  const codes = findCodes(head.replace(/100\s*%/g, " "));
  let note = noteStart >= 0 ? slice(a, noteStart).trim() : undefined;
  if (note && POLITE_TAIL.test(words(alignFold(note).folded))) note = undefined;
  if (!note && noteStart < 0) {
    const rest = words(a.folded.slice(done.end)).replace(CODE, " ").trim();
    if (rest && !POLITE_TAIL.test(rest) && rest.split(" ").length > 3) note = slice(a, done.end).trim();
  }
  return { kind: "complete", codes, ...(note ? { note } : {}) };
}
