// Agencies and officers.
import type { Agency, Officer, OfficerWithChats } from "../core/contacts/people.js";
import { type AuditInput, addAudit } from "./audit-repo.js";
import type { Tx } from "./tx.js";

export interface AgencyData {
  code: string;
  name: string;
}

export interface OfficerData {
  code: string;
  fullName: string;
  title: string | null;
  agencyId: number;
  role: string;
  phone: string | null;
  language: string;
}

export function listAgencies(tx: Tx): Promise<Agency[]> {
  return tx.agency.findMany({ orderBy: { code: "asc" } });
}

export function listOfficers(tx: Tx): Promise<OfficerWithChats[]> {
  return tx.officer.findMany({ orderBy: { code: "asc" }, include: { agency: true, chatAccounts: true } });
}

/** Who an import can name as responsible: the officers' codes and names, nothing read for display. */
export function officerNames(tx: Tx): Promise<{ id: number; code: string; fullName: string; agencyId: number }[]> {
  return tx.officer.findMany({ select: { id: true, code: true, fullName: true, agencyId: true } });
}

export function findOfficerByCode(tx: Tx, code: string): Promise<OfficerWithChats | null> {
  return tx.officer.findUnique({ where: { code: code.toUpperCase() }, include: { agency: true, chatAccounts: true } });
}

export function createAgency(tx: Tx, data: AgencyData): Promise<Agency> {
  return tx.agency.create({ data });
}

export function updateAgency(tx: Tx, id: number, data: Partial<AgencyData>): Promise<Agency> {
  return tx.agency.update({ where: { id }, data });
}

export function createOfficer(tx: Tx, data: OfficerData): Promise<Officer> {
  return tx.officer.create({ data });
}

export function updateOfficer(tx: Tx, id: number, data: Partial<OfficerData>): Promise<Officer> {
  return tx.officer.update({ where: { id }, data });
}

export function findOfficer(tx: Tx, id: number): Promise<Officer | null> {
  return tx.officer.findUnique({ where: { id } });
}

export async function officersByIds(tx: Tx, ids: number[]): Promise<Map<number, Officer>> {
  const rows = await tx.officer.findMany({ where: { id: { in: [...new Set(ids)] } } });
  return new Map(rows.map((o) => [o.id, o]));
}

/** Active officers with their agency, by code: whom the console lets you act as. */
export function activeOfficers(tx: Tx): Promise<(Officer & { agency: Agency })[]> {
  return tx.officer.findMany({ where: { active: true }, include: { agency: true }, orderBy: { code: "asc" } });
}

/** What an officer may change about themselves in chat. */
export type OwnSettings = Partial<Pick<Officer, "language" | "preferredChannel" | "receivesReport">>;

/** The officer changes one of their own settings; the change is audited in the same transaction. */
export async function updateOwnSettings(tx: Tx, officerId: number, data: OwnSettings, audit: AuditInput): Promise<void> {
  await tx.officer.update({ where: { id: officerId }, data });
  await addAudit(tx, audit);
}

/** How many agencies, officers and tasks the store holds besides the ones named (the sample's). */
export async function countOthers(tx: Tx, known: { agencies: string[]; officers: string[]; taskPrefix: string }): Promise<number> {
  const [agencies, officers, tasks] = await Promise.all([
    tx.agency.count({ where: { code: { notIn: known.agencies } } }),
    tx.officer.count({ where: { code: { notIn: known.officers } } }),
    tx.task.count({ where: { NOT: { code: { startsWith: known.taskPrefix } } } }),
  ]);
  return agencies + officers + tasks;
}
