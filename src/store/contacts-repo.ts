// Agencies and officers.
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

export function listAgencies(tx: Tx) {
  return tx.agency.findMany({ orderBy: { code: "asc" } });
}

export function listOfficers(tx: Tx) {
  return tx.officer.findMany({ orderBy: { code: "asc" }, include: { agency: true, chatAccounts: true } });
}

export function findOfficerByCode(tx: Tx, code: string) {
  return tx.officer.findUnique({ where: { code: code.toUpperCase() }, include: { agency: true, chatAccounts: true } });
}

export function createAgency(tx: Tx, data: AgencyData) {
  return tx.agency.create({ data });
}

export function updateAgency(tx: Tx, id: number, data: Partial<AgencyData>) {
  return tx.agency.update({ where: { id }, data });
}

export function createOfficer(tx: Tx, data: OfficerData) {
  return tx.officer.create({ data });
}

export function updateOfficer(tx: Tx, id: number, data: Partial<OfficerData>) {
  return tx.officer.update({ where: { id }, data });
}
