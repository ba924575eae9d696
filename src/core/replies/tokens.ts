// A message as words: each word folded (no case, no diacritics) for matching, with its toned form
// beside it for the few words whose meaning the tones decide (bảo "says" / báo "reports", hỏi
// "asks" / hồi "back then", để "in order to" / đề "proposal"), and the clause it stands in.
import type { Aligned } from "./aligned-fold.js";

export interface Token {
  /** Folded: lower case, no diacritics, đ → d. */
  f: string;
  /** Lower case with its diacritics, as typed (NFC). */
  t: string;
  start: number;
  end: number;
  /** Index of the clause: commas, full stops, semicolons, colons, dashes and new lines end one. */
  clause: number;
  /** Part of a task code, a date or a document number: never read as a word. */
  inert: boolean;
}

export interface Words {
  tokens: Token[];
  /** Whether the person typed diacritics at all: without them, tone-decided words are unclear. */
  toned: boolean;
}

const WORD = /[a-z0-9]+|[?%]/g;
const CLAUSE_END = /[,;:.!\n?]|\s[-–]\s/;

/** `inert` spans (codes, dates) are given by the caller, as [start, end) pairs in the folded text. */
export function tokenize(a: Aligned, inert: [number, number][]): Words {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of a.folded.matchAll(WORD)) {
    const start = m.index;
    const between = a.folded.slice(last, start);
    if (CLAUSE_END.test(between) && tokens.length > 0) clause++;
    const end = start + m[0].length;
    tokens.push({
      f: m[0],
      t: a.chars.slice(start, end).join("").toLowerCase(),
      start,
      end,
      clause,
      inert: inert.some(([s, e]) => start >= s && end <= e),
    });
    // A question mark ends its clause too.
    if (m[0] === "?") clause++;
    last = end;
  }
  const toned = a.chars.some((c) => c !== c.normalize("NFD") || c === "đ" || c === "Đ");
  return { tokens, toned };
}

/** Where `phrase` (folded words separated by spaces) starts in `tokens` from `from`, or -1. */
export function indexOfPhrase(tokens: Token[], phrase: string, from = 0, to = tokens.length): number {
  const words = phrase.split(" ");
  const stop = Math.min(to, tokens.length);
  outer: for (let i = from; i + words.length <= stop; i++) {
    for (let k = 0; k < words.length; k++) if (tokens[i + k]!.inert || tokens[i + k]!.f !== words[k]) continue outer;
    return i;
  }
  return -1;
}

/** The first phrase of `list` found in tokens[from, to), or undefined. */
export function findAny(tokens: Token[], list: readonly string[], from = 0, to = tokens.length): string | undefined {
  return list.find((p) => indexOfPhrase(tokens, p, from, to) >= 0);
}
