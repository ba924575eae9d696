// The three imports by kind, each loading its spreadsheet readers only when used: one table for
// the CLI and the web console.
import type { Db } from "../store/client.js";
import type { ImportKind, ImportOptions, ImportSummary } from "./import-summary.js";

export const IMPORT_KINDS = ["agencies", "officers", "tasks"] as const satisfies readonly ImportKind[];

const IMPORTERS: Record<ImportKind, () => Promise<(db: Db, path: string, opts: ImportOptions) => Promise<ImportSummary>>> = {
  agencies: async () => (await import("./import-contacts.js")).importAgencies,
  officers: async () => (await import("./import-contacts.js")).importOfficers,
  tasks: async () => (await import("./import-tasks.js")).importTasks,
};

export function isImportKind(value: unknown): value is ImportKind {
  return IMPORT_KINDS.includes(value as ImportKind);
}

export async function importFile(kind: ImportKind, db: Db, path: string, opts: ImportOptions): Promise<ImportSummary> {
  return (await IMPORTERS[kind]())(db, path, opts);
}
