// Importing agencies and officers: upsert by code, all or nothing, audited.
import { agencyLookup, parseAgencies, parseOfficers } from "./documents/contacts.js";
import { readSheet } from "./documents/sheet.js";
import { AGENCY_COLUMNS, OFFICER_COLUMNS, headerScore } from "./documents/columns.js";
import type { Db } from "../store/client.js";
import { type AuditInput, addAudits } from "../store/audit-repo.js";
import { createAgency, createOfficer, listAgencies, listOfficers, updateAgency, updateOfficer } from "../store/contacts-repo.js";
import { inTransaction } from "../store/tx.js";
import { type ImportOptions, type ImportSummary, ImportRefused, newSummary, refuseMissingColumns } from "./import-summary.js";

function changedFields<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[k];
    if (v !== undefined && old !== v) changes[k] = [old, v];
  }
  return changes;
}

export async function importAgencies(db: Db, path: string, opts: ImportOptions): Promise<ImportSummary> {
  const sheet = await readSheet(path, headerScore(AGENCY_COLUMNS));
  if (sheet.rows.length === 0) throw new ImportRefused("empty");
  const existing = await listAgencies(db);
  const parsed = parseAgencies(sheet, new Map(existing.map((a) => [a.name.toLowerCase(), a.code])));
  refuseMissingColumns(parsed.missingColumns);
  const summary = newSummary("agencies", sheet.rows.length, parsed.problems.badRowCount, parsed.unknownColumns, parsed.problems.items);
  if (opts.dryRun || (summary.problems.length > 0 && !opts.skipInvalid)) return summary;

  const byCode = new Map(existing.map((a) => [a.code, a]));
  await inTransaction(db, async (tx) => {
    const audits: AuditInput[] = [];
    for (const row of parsed.rows) {
      const old = byCode.get(row.code);
      const base = { at: opts.now, actor: opts.actor, channel: "import", entity: "agency" as const };
      if (!old) {
        const created = await createAgency(tx, { code: row.code, name: row.name });
        audits.push({ ...base, action: "agency.imported", entityId: created.id, details: { code: row.code } });
        summary.created++;
      } else if (old.name !== row.name) {
        await updateAgency(tx, old.id, { name: row.name });
        summary.changes.push({ row: row.row, key: row.code, column: "name", from: old.name, to: row.name });
        audits.push({
          ...base,
          action: "agency.updated_by_import",
          entityId: old.id,
          details: { changes: changedFields(old, { name: row.name }) },
        });
        summary.updated++;
      } else summary.unchanged++;
      opts.onProgress?.(summary.created + summary.updated + summary.unchanged, parsed.rows.length);
    }
    await addAudits(tx, audits);
  });
  summary.imported = true;
  return summary;
}

export async function importOfficers(db: Db, path: string, opts: ImportOptions): Promise<ImportSummary> {
  const sheet = await readSheet(path, headerScore(OFFICER_COLUMNS));
  if (sheet.rows.length === 0) throw new ImportRefused("empty");
  const agencies = await listAgencies(db);
  const agencyCodes = new Map(agencies.map((a) => [a.id, a.code]));
  const parsed = parseOfficers(sheet, agencyLookup(agencies));
  refuseMissingColumns(parsed.missingColumns);
  const summary = newSummary("officers", sheet.rows.length, parsed.problems.badRowCount, parsed.unknownColumns, parsed.problems.items);
  if (opts.dryRun || (summary.problems.length > 0 && !opts.skipInvalid)) return summary;

  const byCode = new Map((await listOfficers(db)).map((o) => [o.code, o]));
  await inTransaction(db, async (tx) => {
    const audits: AuditInput[] = [];
    for (const row of parsed.rows) {
      const old = byCode.get(row.code);
      // What the sheet does not say changes nothing: a missing column (or an empty role or
      // language cell) keeps what the officer has — an admin stays an admin.
      const data = {
        code: row.code,
        fullName: row.fullName,
        agencyId: row.agencyId,
        ...(row.role !== undefined ? { role: row.role } : {}),
        ...(row.language !== undefined ? { language: row.language } : {}),
        ...(parsed.present.has("title") ? { title: row.title } : {}),
        ...(parsed.present.has("phone") ? { phone: row.phone } : {}),
      };
      const base = { at: opts.now, actor: opts.actor, channel: "import", entity: "officer" as const };
      if (!old) {
        const created = await createOfficer(tx, { title: null, phone: null, role: "officer", language: "vi", ...data });
        audits.push({ ...base, action: "officer.imported", entityId: created.id, details: { code: row.code } });
        summary.created++;
        continue;
      }
      const changes = changedFields(old, data);
      if (Object.keys(changes).length === 0) {
        summary.unchanged++;
        continue;
      }
      await updateOfficer(tx, old.id, data);
      // Which fields changed, without the values of personal data.
      if (changes.phone) changes.phone = ["***", "***"];
      for (const [field, [from, to]] of Object.entries(changes)) {
        const agency = field === "agencyId";
        summary.changes.push({
          row: row.row,
          key: row.code,
          column: agency ? "agency" : field,
          from: agency ? (agencyCodes.get(from as number) ?? null) : (from as string | null),
          to: agency ? (agencyCodes.get(to as number) ?? null) : (to as string | null),
        });
      }
      audits.push({ ...base, action: "officer.updated_by_import", entityId: old.id, details: { changes } });
      summary.updated++;
    }
    await addAudits(tx, audits);
  });
  summary.imported = true;
  return summary;
}
