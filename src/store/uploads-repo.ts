// Spreadsheets uploaded to the web console between their preview and their import.
import type { Db } from "./client.js";

export interface Upload {
  id: string;
  officerId: number;
  kind: string;
  filename: string;
  bytes: Buffer;
}

export async function saveUpload(db: Db, u: Upload, at: Date): Promise<void> {
  // Yesterday's previews nobody imported go first: the table never grows.
  await db.webUpload.deleteMany({ where: { createdAt: { lt: new Date(at.getTime() - 24 * 3600_000) } } });
  await db.webUpload.create({ data: { ...u, bytes: new Uint8Array(u.bytes), createdAt: at } });
}

export async function findUpload(db: Db, id: string, officerId: number): Promise<Upload | null> {
  const row = await db.webUpload.findFirst({ where: { id, officerId } });
  return row && { id: row.id, officerId: row.officerId, kind: row.kind, filename: row.filename, bytes: Buffer.from(row.bytes) };
}

export async function removeUpload(db: Db, id: string): Promise<void> {
  await db.webUpload.deleteMany({ where: { id } });
}
