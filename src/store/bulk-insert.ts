// Multi-row inserts for imports and other bulk writes. Prisma's createMany costs about half a
// millisecond per 20-column row through the JavaScript query compiler, and even a raw statement
// pays a few microseconds per bound value as its parameters pass through the compiler: a
// 20,000-task import spent most of its time there. So, inside a transaction on SQLite, rows go
// through the transaction's own connection with one prepared statement; on PostgreSQL a chunk of
// rows is one JSON parameter that the database spreads into the table's columns itself
// (json_populate_recordset); elsewhere a multi-row VALUES statement. Values are stored exactly as
// Prisma stores them, so the rows read back as if Prisma had written them.
import { Prisma } from "../generated/prisma/client.js";
import { storeKindOf, transactionConnection } from "./client.js";
import type { Tx } from "./tx.js";

/** SQLite allows 32,766 bound values per statement, PostgreSQL 65,535. */
const MAX_VALUES = 30_000;
/** Rows per JSON parameter on PostgreSQL: a few megabytes at most. */
const JSON_ROWS = 5_000;

type Row = Record<string, unknown>;

export async function insertRows<R extends Row>(
  tx: Tx,
  table: string,
  rows: R[],
  returning: string[] = ["id"],
  /** With unique columns: rows that would break them are left out (and not returned). */
  skipConflictsOn?: string[],
  /** Columns with the same value in every row (a timestamp): not copied into each row. */
  constants: Row = {},
): Promise<Row[]> {
  if (rows.length === 0) return [];
  const constant = Object.keys(constants);
  // The columns any row gives a value; one empty in every row is left to the table, which makes
  // it NULL (no nullable column has another default): an import's new tasks leave a dozen
  // completion fields empty.
  const keys = new Set<string>();
  for (const r of rows) for (const c in r) if (r[c] !== null && r[c] !== undefined) keys.add(c);
  const own = [...keys].filter((c) => !(c in constants));
  const columns = [...own, ...constant];
  const quoted = (names: string[]) => names.map((c) => `"${c}"`).join(", ");
  const conflict = skipConflictsOn ? ` ON CONFLICT (${quoted(skipConflictsOn)}) DO NOTHING` : "";
  const tail = `${conflict} RETURNING ${quoted(returning)}`;

  const connection = transactionConnection(tx);
  if (connection) {
    // run() and the row id it reports, not RETURNING: better-sqlite3 reads a RETURNING row several
    // times slower. The other columns asked back are the ones given.
    const statement = connection.prepare(
      `INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => "?").join(", ")})${conflict}`,
    );
    const out: Row[] = [];
    // One array for every row's values: the statement binds them at once, so it can be refilled.
    const values: unknown[] = [...own.map(() => null), ...constant.map((c) => sqliteValue(constants[c]))];
    for (const r of rows) {
      for (let i = 0; i < own.length; i++) values[i] = sqliteValue(r[own[i]!]);
      const { changes, lastInsertRowid } = statement.run(values);
      if (changes === 0) continue;
      const inserted: Row = {};
      for (const c of returning) inserted[c] = c === "id" ? Number(lastInsertRowid) : (r[c] ?? constants[c]);
      out.push(inserted);
    }
    return out;
  }

  const out: Row[] = [];
  if (storeKindOf(tx) === "postgres") {
    // Columns absent from the JSON stay NULL and nothing else is read: the insert names its columns.
    const head = Prisma.raw(
      `INSERT INTO "${table}" (${quoted(columns)}) SELECT ${quoted(columns)} FROM json_populate_recordset(NULL::"${table}", `,
    );
    for (let i = 0; i < rows.length; i += JSON_ROWS) {
      const json = JSON.stringify(rows.slice(i, i + JSON_ROWS).map((r) => ({ ...pick(r, own), ...constants })));
      out.push(...(await tx.$queryRaw<Row[]>`${head}CAST(${json} AS json))${Prisma.raw(tail)}`));
    }
    return out;
  }
  const head = Prisma.raw(`INSERT INTO "${table}" (${quoted(columns)}) VALUES `);
  const perChunk = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const values = rows.slice(i, i + perChunk).map((r) => Prisma.sql`(${Prisma.join(columns.map((c) => r[c] ?? constants[c] ?? null))})`);
    out.push(...(await tx.$queryRaw<Row[]>`${head}${Prisma.join(values)}${Prisma.raw(tail)}`));
  }
  return out;
}

/** A value as Prisma's SQLite adapter stores it: dates as ISO text with +00:00, booleans as 0/1. */
function sqliteValue(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

function pick(r: Row, columns: string[]): Row {
  const out: Row = {};
  for (const c of columns) out[c] = r[c] ?? null;
  return out;
}

/**
 * A raw statement inside a SQLite transaction runs on the transaction's own connection: Prisma's
 * raw path costs more than SQLite itself once a parameter is large (the 20,000 codes of an
 * import as one JSON value: 20 ms through Prisma, 8 ms in SQLite). Elsewhere, through Prisma.
 * For results of text and integers, which read back the same either way.
 */
export async function queryRaw<T>(tx: Tx, query: Prisma.Sql): Promise<T[]> {
  const connection = transactionConnection(tx);
  if (connection) return connection.prepare(query.sql).all(query.values.map(sqliteValue)) as T[];
  return tx.$queryRaw<T[]>(query);
}

/** A raw write, as queryRaw runs it; the number of rows it changed. */
export async function executeRaw(tx: Tx, query: Prisma.Sql): Promise<number> {
  const connection = transactionConnection(tx);
  if (connection) return connection.prepare(query.sql).run(query.values.map(sqliteValue)).changes;
  return tx.$executeRaw(query);
}

/**
 * `IN (…)` for many values as one JSON parameter that the database reads itself: a list of
 * 20,000 codes or ids is one value to bind, not 20,000 (nor 40 queries of 500).
 */
export function valuesIn(tx: Tx, values: string[] | number[]): Prisma.Sql {
  const json = JSON.stringify(values);
  if (storeKindOf(tx) !== "postgres") return Prisma.sql`(SELECT value FROM json_each(${json}))`;
  const elements = Prisma.sql`json_array_elements_text(CAST(${json} AS json))`;
  return typeof values[0] === "number" ? Prisma.sql`(SELECT CAST(${elements} AS integer))` : Prisma.sql`(SELECT ${elements})`;
}
