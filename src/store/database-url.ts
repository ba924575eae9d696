// The two kinds of DATABASE_URL: file:<path> for SQLite, postgresql://… for PostgreSQL.
import { isAbsolute, resolve } from "node:path";
import { projectRoot } from "../project-root.js";

export type StoreKind = "sqlite" | "postgres";

export function storeKind(url: string): StoreKind {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

/**
 * The SQLite file path. A relative path is the project's (file:./data/dondoc.db is
 * <project>/data/dondoc.db), never the working directory's: the bot and the CLI find the same
 * store from any folder, instead of quietly making a new empty one.
 */
export function sqlitePath(url: string): string {
  const path = url.slice("file:".length).split("?")[0]!;
  if (path === ":memory:") return path;
  return isAbsolute(path) ? path : resolve(projectRoot(), path);
}

/** The URL without its password, for logs and messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** Where the store is, as a person would look for it: the SQLite file's absolute path, or the PostgreSQL URL without its password. */
export function storeLocation(url: string): string {
  return storeKind(url) === "sqlite" ? sqlitePath(url) : redactUrl(url);
}
