// The two kinds of DATABASE_URL: file:<path> for SQLite, postgresql://… for PostgreSQL.
import { isAbsolute, resolve } from "node:path";

export type StoreKind = "sqlite" | "postgres";

export function storeKind(url: string): StoreKind {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

/** The SQLite file path, resolved against the working directory like every relative path a user types. */
export function sqlitePath(url: string): string {
  const path = url.slice("file:".length).split("?")[0]!;
  if (path === ":memory:") return path;
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

/** The URL without its password, for logs and messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
