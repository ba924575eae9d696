// Shared pieces of the benchmarks: stores of both kinds, timing, printing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Store, openStore } from "../src/store/store.js";

export const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export interface BenchStore {
  kind: "sqlite" | "postgres";
  store: Store;
  url: string;
  dispose(): Promise<void>;
}

export async function benchStores(kinds: string[]): Promise<BenchStore[]> {
  const out: BenchStore[] = [];
  if (kinds.includes("sqlite")) {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-"));
    const store = await openStore(`file:${join(dir, "bench.db")}`);
    out.push({
      kind: "sqlite",
      store,
      url: `file:${join(dir, "bench.db")}`,
      dispose: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })),
    });
  }
  if (kinds.includes("postgres")) {
    const name = `dondoc_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    try {
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(PG_ADMIN);
      u.pathname = `/${name}`;
      const store = await openStore(u.toString());
      out.push({
        kind: "postgres",
        store,
        url: u.toString(),
        async dispose() {
          await store.close();
          const c = new pg.Client({ connectionString: PG_ADMIN });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      });
    } catch {
      await admin.end().catch(() => undefined);
      console.log(`!! PostgreSQL not reachable at ${PG_ADMIN}: PostgreSQL figures skipped`);
    }
  }
  return out;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number; peakRssMb: number }> {
  const start = process.hrtime.bigint();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await fn();
    return {
      result,
      seconds: Number(process.hrtime.bigint() - start) / 1e9,
      peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

export function row(cells: (string | number)[]): string {
  return cells
    .map((c, i) => (typeof c === "number" ? c.toFixed(c >= 100 ? 0 : 2) : c).padStart(i === 0 ? 0 : 12).padEnd(i === 0 ? 34 : 0))
    .join("");
}

/** What a fresh benchmark process (bench/*-child.mjs, via production.mjs's measure) printed. */
export interface Measured {
  seconds: number;
  maxRssMb: number;
  compiled: boolean;
}

/** Runs `script` in a fresh process with `env` added and reads what it measured. */
export function freshProcess<T>(script: string, args: string[], env: Record<string, string>): Measured & T {
  return JSON.parse(execFileSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: "utf8" })) as Measured &
    T;
}

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
