// The audit log: who changed what, when, through which channel. Never a phone number or a
// message body in `details`.
import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./tx.js";
import { executeRaw, insertRows, valuesIn } from "./bulk-insert.js";
import { storeKindOf } from "./client.js";

export interface AuditInput {
  at: Date;
  actor: string;
  channel: string;
  action: string;
  entity: "task" | "agency" | "officer" | "holiday" | "chat_account" | "link_code" | "group" | "extension" | "message" | "report";
  entityId: string | number;
  details?: Record<string, unknown>;
}

function row(e: AuditInput) {
  return {
    at: e.at,
    actor: e.actor,
    channel: e.channel,
    action: e.action,
    entity: e.entity,
    entityId: String(e.entityId),
    details: e.details ? JSON.stringify(e.details) : null,
  };
}

export async function addAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: row(entry) });
}

export async function addAudits(tx: Tx, entries: AuditInput[]): Promise<void> {
  await insertRows(tx, "AuditEntry", entries.map(row));
}

/**
 * One entry per task just written — `action`, with the task's code in its details — made by the
 * database from the tasks themselves: an import of 20,000 tasks does not build 20,000 rows here.
 */
export async function auditTasks(tx: Tx, ids: number[], entry: Pick<AuditInput, "at" | "actor" | "channel" | "action">): Promise<void> {
  if (ids.length === 0) return;
  const details =
    storeKindOf(tx) === "postgres"
      ? Prisma.sql`CAST(json_build_object('code', t."code") AS text)`
      : Prisma.sql`json_object('code', t."code")`;
  await executeRaw(
    tx,
    Prisma.sql`
    INSERT INTO "AuditEntry" ("at", "actor", "channel", "action", "entity", "entityId", "details")
    SELECT ${entry.at}, ${entry.actor}, ${entry.channel}, ${entry.action}, 'task', CAST(t."id" AS TEXT), ${details}
    FROM "Task" t WHERE t."id" IN ${valuesIn(tx, ids)}`,
  );
}

/** An entry of the audit history, its details read back. */
export interface AuditRecord {
  id: number;
  at: Date;
  actor: string;
  channel: string;
  action: string;
  entity: string;
  entityId: string;
  details: Record<string, unknown> | null;
}

export async function auditOf(tx: Tx, entity: AuditInput["entity"], entityId: string | number): Promise<AuditRecord[]> {
  const rows = await tx.auditEntry.findMany({ where: { entity, entityId: String(entityId) }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ ...r, details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null }));
}
