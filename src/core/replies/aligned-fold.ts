// Folds text one character at a time so every folded character sits at the index of the
// original one: the meaning is read from the folded text, the note is cut from the original.
const COMBINING = /[\u0300-\u036f]/g;
const INVISIBLE = /^(?:\u200b|\u200c|\u200d|\u2060|\ufeff|\ufe0f)$/;

export interface Aligned {
  /** Original characters (NFC), one per code point. */
  chars: string[];
  /** Folded: lower case, no diacritics, đ → d; anything not a letter or digit kept as punctuation or a space. */
  folded: string;
}

function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return " ";
  const base = ch.normalize("NFD").replace(COMBINING, "").replace(/[đĐ]/g, "d").toLowerCase();
  if (base.length !== 1) return " ";
  if (/[a-z0-9]/.test(base)) return base;
  if (/\s/.test(base)) return " ";
  return /[\p{L}\p{N}]/u.test(base) ? base : /[%?,.:;/\-!]/.test(base) ? base : " ";
}

export function alignFold(text: string): Aligned {
  const chars = [...text.normalize("NFC")];
  return { chars, folded: chars.map(foldChar).join("") };
}

export function slice(a: Aligned, start: number, end = a.chars.length): string {
  return a.chars.slice(start, end).join("");
}
