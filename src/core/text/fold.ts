// Folding Vietnamese text for matching: NFC/NFD alike, case, diacritics (đ → d), zero-width
// characters and runs of spaces. Used for spreadsheet headers and chat replies.

const COMBINING = /[\u0300-\u036f]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Lower case, no diacritics, single spaces, trimmed. */
export function foldText(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Only letters and digits survive: "Hạn hoàn thành", "HAN_HOAN-THANH" and "han hoan thanh" agree. */
export function foldKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, "");
}

/** Anything tidy would change besides the normal form: invisible characters, runs of spaces, tabs, ends. */
const UNTIDY = /[\u200b-\u200d\u2060\ufeff]|\s\s|[^\S ]|^ | $/;

/** NFC, invisible characters removed, spaces collapsed: how names are compared and stored. */
export function tidy(text: string): string {
  const nfc = text.normalize("NFC");
  // Most text is tidy already (every cell of an import passes here): checked in one pass.
  if (!UNTIDY.test(nfc)) return nfc;
  return nfc.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
