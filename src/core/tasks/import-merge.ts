// A re-import is a three-way merge, field by field, so a clerk can predict it:
//   base   — what the last import set the field to (remembered on the task),
//   store  — what the task holds now (the bot may have changed it: an extension, a completion),
//   sheet  — what the file says.
// The sheet wins only where it changed and the bot did not; where the bot changed a field and
// the sheet still says the old value, the bot's value stays; where both changed it differently,
// that is a conflict: the bot's value stays unless the import is told to overwrite.

export type FieldValue = string | number | null;
export type FieldValues = Record<string, FieldValue>;

export interface MergeInput {
  store: FieldValues;
  /** Only the fields the sheet has a column for. */
  sheet: FieldValues;
  /** What the last import set; null for a task no import has set since this was remembered. */
  base: FieldValues | null;
  /**
   * Fields the bot can change by itself (deadline, completion). Without a remembered base a
   * difference in one of these cannot be told apart from the bot's own change, so it is a
   * conflict; other fields only ever change by import, so the sheet wins.
   */
  botOwned: ReadonlySet<string>;
  overwrite: boolean;
}

export interface FieldDifference {
  field: string;
  store: FieldValue;
  sheet: FieldValue;
}

export interface MergeResult {
  /** Fields to write, with the value they take. */
  apply: FieldValues;
  /** Sheet and bot disagree, both changed since the last import; the bot's value was kept (or overwritten). */
  conflicts: FieldDifference[];
  /** The bot changed these since the last import and the sheet still has the old value: kept. */
  kept: FieldDifference[];
  /** What to remember as this import's base. */
  base: FieldValues;
}

export function mergeImport(input: MergeInput): MergeResult {
  const { store, sheet, base, botOwned, overwrite } = input;
  const apply: FieldValues = {};
  const conflicts: FieldDifference[] = [];
  const kept: FieldDifference[] = [];
  const nextBase: FieldValues = { ...(base ?? {}) };
  for (const [field, value] of Object.entries(sheet)) {
    const now = store[field] ?? null;
    const known = base !== null && field in base;
    const before = known ? (base[field] ?? null) : undefined;
    if (now === value) {
      nextBase[field] = value;
      continue;
    }
    const difference = { field, store: now, sheet: value };
    if (known && value === before) {
      kept.push(difference);
      continue;
    }
    const sheetOnly = known ? now === before : !botOwned.has(field);
    if (!sheetOnly) conflicts.push(difference);
    if (sheetOnly || overwrite) {
      apply[field] = value;
      nextBase[field] = value;
    }
  }
  return { apply, conflicts, kept, base: nextBase };
}
