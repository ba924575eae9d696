// What an officer means by a free-text message. A message completes a task only when it plainly
// says the work is finished now; it is "not done" when it negates, plans, promises, asks,
// conditions, reports hearsay, names part of the work or a difficulty; when neither is plain, the
// bot asks ("maybe"). Precision first: a missed completion costs the officer one tap, a false one
// corrupts the report. Real Vietnamese: any Unicode form, case, with or without diacritics,
// politeness particles, emoji.
import { type LocalDate, makeLocalDate } from "../calendar/local-date.js";
import { type Aligned, alignFold, slice } from "./aligned-fold.js";
import {
  ACKNOWLEDGED,
  CERTAIN,
  CONDITIONS,
  DIFFICULTY,
  DONE,
  FUTURE,
  HEARSAY,
  NEAR_DONE,
  NEGATIONS,
  NO,
  PART_NOUNS,
  PARTIAL,
  PAST,
  POLITE,
  QUESTIONS,
  RHETORICAL,
  STEPS,
  TONED,
  UNCERTAIN,
  WHEN,
  YES,
} from "./lexicon.js";
import { type Token, type Words, findAny, indexOfPhrase, tokenize } from "./tokens.js";

/** Why a message does not complete a task. */
export type NotDoneReason = "negated" | "rhetorical" | "plan" | "condition" | "question" | "hearsay" | "partial" | "difficulty";
/** Why the bot asks before completing. */
export type Doubt = "uncertain" | "wording" | "no_diacritics" | "note" | "long";

export type ReplyIntent =
  | { kind: "complete"; codes: string[]; note?: string }
  | { kind: "maybe_complete"; codes: string[]; note?: string; doubt: Doubt }
  | { kind: "not_done"; codes: string[]; reason: NotDoneReason }
  | { kind: "acknowledged" }
  | { kind: "extension"; codes: string[]; date?: LocalDate; reason?: string; badDate?: string }
  | { kind: "choice"; number: number }
  | { kind: "yes" }
  | { kind: "no" }
  | { kind: "empty" }
  | { kind: "unclear" };

const EXTENSION = ["xin gia han", "gia han", "xin lui han", "lui han", "de nghi gia han", "extend", "extension"];
const POLITE_TAIL =
  /^(?:\s|a|ah|nhe|nha|roi|anh|chi|em|a oi|nhe anh|nhe chi|ok|oke|okay|vang|da|thanks|thank you|cam on|tran trong|[.!,])*$/;
const LONG = 45;
const CHECK = /[\u2705\u2714\u2611]/u;

// A task code as typed: letters, digits and dashes with at least one digit; not part of a
// document number (123/SXD-KH), a percentage or a decimal.
const CODE = /(?<![a-z0-9/])[a-z0-9]+(?:-[a-z0-9]+)*(?![a-z0-9/%]|[.,]\d)/g;
const DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?(?!\d)/;
const DATE_GLOBAL = new RegExp(DATE.source, "g");
// A document number: "123/SXD-KH", "45/BC-STC".
const DOC_NUMBER = /\d+\/[a-z0-9]+(?:-[a-z0-9]+)*/g;

function words(folded: string): string {
  return folded
    .replace(/[^a-z0-9%?/-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function hasPhrase(haystack: string, phrase: string): boolean {
  return ` ${haystack} `.includes(` ${phrase} `);
}

export function findCodes(folded: string): string[] {
  const head = folded.replace(DATE_GLOBAL, " ").replace(DOC_NUMBER, " ");
  return [...head.matchAll(CODE)].map((m) => m[0].toUpperCase()).filter((c) => /\d/.test(c));
}

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

/** Every date in the text (day/month[/year]) as it falls relative to today: past, today or future. */
function datesIn(folded: string, today: LocalDate | undefined): { start: number; end: number; future: boolean }[] {
  return [...folded.matchAll(DATE_GLOBAL)].map((m) => {
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : Number((today ?? "2000").slice(0, 4));
    const date = makeLocalDate(year, Number(m[2]), Number(m[1]));
    return { start: m.index, end: m.index + m[0].length, future: !today || !date || date > today };
  });
}

function reasonAfter(a: Aligned): string | undefined {
  const m = /(?<![a-z])(vi|do|ly do|because|since)(?![a-z])[\s:,]*/.exec(a.folded);
  if (!m) return undefined;
  const reason = slice(a, m.index + m[0].length).trim();
  return reason || undefined;
}

/** The earliest (then longest) completion phrase, as a token range. */
function findPhrase(tokens: Token[], list: readonly string[]): { at: number; end: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of list) {
      if (indexOfPhrase(tokens, phrase, i, i + phrase.split(" ").length) === i) return { at: i, end: i + phrase.split(" ").length };
    }
  }
  return undefined;
}

type Verdict = { notDone: NotDoneReason } | { doubt: Doubt } | undefined;

/** Tone-decided words: exact with diacritics; typed without any, they leave the meaning open. */
function toned(w: Words, from: number, to: number): Verdict {
  for (let i = from; i < to; i++) {
    const tok = w.tokens[i]!;
    if (tok.inert) continue;
    const next = w.tokens[i + 1]?.f;
    const hit = TONED.find(([word]) => tok.t === word && !(word === "cách" && next === "day"));
    if (hit) return { notDone: hit[1] };
    if (w.toned) continue;
    // Typed without diacritics: "bao" may be bảo (says) or báo (reports), "van" vẫn or văn…
    const ambiguous =
      (tok.f === "bao" && next !== "cao") ||
      (tok.f === "van" && next !== "ban") ||
      (tok.f === "so" && !/^\d/.test(next ?? "")) ||
      (tok.f === "can" && next !== "bo") ||
      (tok.f === "cach" && next !== "day") ||
      ["noi", "ke", "hoi", "de", "hay", "thi", "kho", "phai", "nho", "nhung", "cham", "vuong"].includes(tok.f);
    if (ambiguous) return { doubt: "no_diacritics" };
  }
  return undefined;
}

/** Part of the work: steps ("phần 1"), percentages below 100, counts of part ("3/5 hạng mục"), part words. */
function partial(w: Words, a: Aligned): boolean {
  const t = w.tokens;
  if (findAny(t, PARTIAL)) return true;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.f === "%" && i > 0 && t[i - 1]!.f !== "100" && /^\d+$/.test(t[i - 1]!.f)) return true;
    for (const step of STEPS) {
      const n = step.split(" ").length;
      const follows = t[i + n]?.f ?? "";
      // "phần 1", "giai đoạn 2"; not "bộ phận một cửa".
      if (indexOfPhrase(t, step, i, i + n) === i && /^(\d+|i{1,3}|iv|mot|hai|ba|bon|nam|thu)$/.test(follows) && t[i - 1]?.f !== "bo")
        return true;
    }
    if (tok.f === "duoc" && /^\d/.test(t[i + 1]?.f ?? "")) return true;
  }
  // "3/5 hạng mục", "được 2/3": a count, not a date.
  for (const m of a.folded.matchAll(/(?<![\d/])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/])\s+([a-z ]+)/g)) {
    const after = ` ${m[3]} `;
    if (PART_NOUNS.some((n) => after.startsWith(` ${n} `))) return true;
  }
  if (/(?<![a-z])(duoc|xong)\s+\d{1,3}\s*\/\s*\d{1,3}(?![\d/])/.test(a.folded)) return true;
  // Waiting for someone: "chờ anh duyệt", "cho lanh dao ky" (typed without diacritics).
  return /(?<![a-z])cho(?: [a-z]+){0,3} (duyet|ky|phe duyet|xem xet|y kien)(?![a-z])/.test(words(a.folded));
}

/**
 * Whether a message that holds a completion phrase at tokens [at, end) plainly says the work is
 * finished. `head` is everything up to the end of the phrase's clause; the rest is a note.
 */
function judge(w: Words, a: Aligned, at: number, end: number, today: LocalDate | undefined): Verdict {
  const t = w.tokens;
  const clause = t[end - 1]!.clause;
  const headEnd = t.findIndex((x) => x.clause > clause);
  const head = headEnd < 0 ? t.length : headEnd;
  const inHead = (list: readonly string[]) => findAny(t, list, 0, head);
  const inTail = (list: readonly string[]) => findAny(t, list, head);

  if (findAny(t, RHETORICAL)) return { notDone: "rhetorical" };
  const tones = toned(w, 0, head);
  if (findAny(t, HEARSAY, 0, at) || thirdPerson(w, at) || (tones && "notDone" in tones && tones.notDone === "hearsay"))
    return { notDone: "hearsay" };
  // Negation before the phrase, or right after it in the same clause ("xong chưa", "xong không được").
  if (findAny(t, NEGATIONS, 0, at) || findAny(t, NEGATIONS, end, Math.min(head, end + 3)) || findAny(t, ["chua"]))
    return { notDone: "negated" };
  if (difficulty(t)) return { notDone: "difficulty" };
  if (tones && "notDone" in tones) return tones;
  if (inHead(CONDITIONS)) return { notDone: "condition" };
  if (t.slice(0, head).some((x) => x.f === "?") || inHead(QUESTIONS)) return { notDone: "question" };
  if (inHead(FUTURE)) return { notDone: "plan" };
  if (partial(w, a)) return { notDone: "partial" };
  const past = inHead(PAST) !== undefined;
  const dates = datesIn(a.folded, today).filter((d) => d.start < (t[head - 1]?.end ?? 0));
  if (dates.some((d) => d.future)) return { notDone: "plan" };
  if (!past && inHead(WHEN)) return { notDone: "plan" };
  if (tones) return tones;
  // Waiting words are read anywhere: "đã xong, chờ anh duyệt" is not done yet.
  const later = toned(w, head, t.length);
  if (later && "notDone" in later && (later.notDone === "partial" || later.notDone === "difficulty")) return later;
  // Tone-decided words in the note: "…, gửi anh để xem" may be fine, but the bot asks.
  if (toned(w, head, t.length)) return { doubt: "note" };

  // A claim made unsure, or a note that plans, asks or conditions: ask.
  if (findAny(t, UNCERTAIN) && !findAny(t, CERTAIN)) return { doubt: "uncertain" };
  const denied = t.some((x, i) => i >= head && NEGATIONS.includes(x.f) && t[i + 1]?.f !== "co");
  if (inTail(FUTURE) || inTail(CONDITIONS) || inTail(QUESTIONS) || denied || t.slice(head).some((x) => x.f === "?"))
    return { doubt: "note" };
  if (t.filter((x) => !x.inert).length > LONG) return { doubt: "long" };
  // A bare phrase without "đã" or "rồi", with words around it that are not politeness: ask.
  const extra = t.slice(0, head).filter((x, i) => !x.inert && (i < at || i >= end) && !POLITE.has(x.f) && !/^\d+$/.test(x.f));
  if (!past && extra.length > 0) return { doubt: "wording" };
  return undefined;
}

/** A difficulty, unless denied ("không có vướng mắc"). */
function difficulty(t: Token[]): boolean {
  return DIFFICULTY.some((p) => {
    const i = indexOfPhrase(t, p);
    return i >= 0 && !(["co", "gap"].includes(t[i - 1]?.f ?? "") && ["khong", "ko", "k"].includes(t[i - 2]?.f ?? ""));
  });
}

// What follows "anh", "chị", "em" … when they are the speaker or the one spoken to, not a name.
const AFTER_PRONOUN = new Set([
  ...["oi", "a", "ah", "nhe", "nha", "da", "vua", "moi", "xong", "hoan", "bao", "cung", "thi", "la", "roi", "em", "anh", "chi", "minh"],
  ...["xin", "kinh", "gui", "co", "khong", "chua", "lam", "thuc", "xu", "giai", "nop", "trinh", "ban", "hay", "can", "muon", "se", "dang"],
  ...["nv", "nhiem", "viec", "van", "ve", "voi", "va", "cho", "tu", "nay", "do", "ay", "duoc", "phai", "sap", "gan", "dam", "phan", "du"],
]);

/** "Chị Lan đã xong", "anh Hùng bảo …": someone named, before what they did or said. */
function thirdPerson(w: Words, at: number): boolean {
  const t = w.tokens;
  const KIN = ["anh", "chị", "cô", "chú", "bác", "ông", "bà", "thầy", "sếp"];
  const FOLDED = ["anh", "chi", "co", "chu", "bac", "ong", "ba", "thay", "sep"];
  for (let i = 0; i + 1 < at; i++) {
    // "đồng chí Hải": the comrade's title before a name.
    const comrade = t[i]!.f === "dong" && t[i + 1]?.f === "chi" ? 1 : 0;
    // With diacritics "cô" is a person and "có" a verb; without them, either.
    if (!comrade && !(w.toned ? KIN.includes(t[i]!.t) : FOLDED.includes(t[i]!.f))) continue;
    const name = t[i + 1 + comrade]!;
    if (i + 1 + comrade >= at) continue;
    const sameClause = name.clause === t[i]!.clause && name.clause === t[at]!.clause;
    if (sameClause && !name.inert && !/^\d/.test(name.f) && !AFTER_PRONOUN.has(name.f)) return true;
  }
  return false;
}

function complete(a: Aligned, t: Token[], end: number): { codes: string[]; note?: string } {
  const phraseEnd = t[end - 1]!.end;
  // Codes stand next to the phrase ("đã hoàn thành NV-0123", "0123 xong rồi"); a note follows a
  // separator ("đã hoàn thành, đã ban hành VB 123/SXD-KH").
  const sep = /[,:;]|\s[-–]\s|\.\s/.exec(a.folded.slice(phraseEnd));
  const noteStart = sep ? phraseEnd + sep.index + sep[0].length : -1;
  const headEnd = noteStart >= 0 ? phraseEnd + sep!.index : a.chars.length;
  const head = `${a.folded.slice(0, t[end - 1]!.start)} ${a.folded.slice(phraseEnd, headEnd)}`;
  const codes = findCodes(head.replace(/100\s*%/g, " "));
  let note = noteStart >= 0 ? slice(a, noteStart).trim() : undefined;
  if (note && POLITE_TAIL.test(words(alignFold(note).folded))) note = undefined;
  if (!note && noteStart < 0) {
    const rest = words(a.folded.slice(phraseEnd)).replace(CODE, " ").trim();
    if (rest && !POLITE_TAIL.test(rest) && rest.split(" ").length > 3) note = slice(a, phraseEnd).trim();
  }
  return { codes, ...(note ? { note } : {}) };
}

/** Codes and dates are never read as words ("K-12", "15/12"). */
function inertSpans(folded: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(DATE_GLOBAL)) spans.push([m.index, m.index + m[0].length]);
  for (const m of folded.matchAll(DOC_NUMBER)) spans.push([m.index, m.index + m[0].length]);
  for (const m of folded.matchAll(CODE)) if (/\d/.test(m[0]) && /[a-z]/.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Reads one message. `today` (in the zone) completes dates given without a year and tells a
 * plan ("ngày 15/12") from a fact. Commands (/…) are not read here.
 */
export function understandReply(text: string, today?: LocalDate): ReplyIntent {
  const a = alignFold(text);
  const plain = words(a.folded);
  if (plain === "" || plain === "?") return CHECK.test(text) ? { kind: "maybe_complete", codes: [], doubt: "wording" } : { kind: "empty" };

  const number = /^(?:so\s*)?(\d{1,2})(?:\s*(?:a|nhe|nha))?$/.exec(plain);
  if (number) return { kind: "choice", number: Number(number[1]) };

  if (EXTENSION.some((p) => hasPhrase(plain, p))) {
    const { date, bad } = findDate(a.folded, today);
    const reason = reasonAfter(a);
    const codes = findCodes(a.folded.replace(DATE_GLOBAL, " ").replace(/(?<![a-z])(vi|do|ly do|because)(?![a-z]).*$/, " "));
    return { kind: "extension", codes, ...(date ? { date } : {}), ...(bad ? { badDate: bad } : {}), ...(reason ? { reason } : {}) };
  }

  const w = tokenize(a, inertSpans(a.folded));
  const t = w.tokens;
  const done = findPhrase(t, DONE);
  if (!done) {
    const bare = plain.replace(/(?: (?:a|ah|nhe|nha|roi|anh|chi|em|oi))+$/, "").replace(/^(?:da|vang) (?=.)/, "");
    if (YES.includes(bare) || YES.includes(plain)) return { kind: "yes" };
    if (NO.includes(bare) || NO.includes(plain)) return { kind: "no" };
    const codes = findCodes(a.folded);
    const near = findPhrase(t, NEAR_DONE);
    if (near) {
      const verdict = judge(w, a, near.at, near.end, today);
      if (verdict && "notDone" in verdict) return { kind: "not_done", codes, reason: verdict.notDone };
      return { kind: "maybe_complete", ...complete(a, t, near.end), doubt: "wording" };
    }
    if (findAny(t, ACKNOWLEDGED)) return { kind: "acknowledged" };
    if (findAny(t, ["chua", "not yet"])) return { kind: "not_done", codes, reason: "negated" };
    if (difficulty(t)) return { kind: "not_done", codes, reason: "difficulty" };
    if (partial(w, a) || findAny(t, ["dang lam", "dang thuc hien", "dang xu ly", "sap", "gan"]))
      return { kind: "not_done", codes, reason: "partial" };
    return { kind: "unclear" };
  }

  const verdict = judge(w, a, done.at, done.end, today);
  if (verdict && "notDone" in verdict) return { kind: "not_done", codes: findCodes(a.folded), reason: verdict.notDone };
  const found = complete(a, t, done.end);
  if (verdict) return { kind: "maybe_complete", ...found, doubt: verdict.doubt };
  return { kind: "complete", ...found };
}
