// The election of the one process that polls a bot token, on a real PostgreSQL: one leader at a
// time, leadership lost with the connection, and — the case that once left no poller at all — a
// lost connection's last words (the server's FATAL, then the socket's end, each an 'error' to
// node-postgres) arriving after the process has already led again on a new connection.
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../src/log.js";
import { createLeadership, type Leadership } from "../../../src/store/leadership.js";
import { createTestDatabase, postgresAvailable } from "../../support/postgres.js";

const JOB = "telegram:42";

/**
 * A TCP relay to PostgreSQL that passes everything through but, when the server closes a
 * connection, holds that close back for `holdCloseMs`: the client reads the FATAL at once and the
 * end of the socket only later, as a busy server exiting a terminated backend can make it.
 */
async function closeDelayingRelay(target: URL, holdCloseMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => undefined);
      s.on("close", () => sockets.delete(s));
    }
    client.pipe(upstream);
    upstream.on("data", (chunk) => client.write(chunk));
    upstream.on("end", () => setTimeout(() => client.end(), holdCloseMs));
    client.on("end", () => upstream.end());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    close: () => {
      sockets.forEach((s) => s.destroy());
      return new Promise((r) => server.close(() => r()));
    },
  };
}

async function terminateLeadershipConnections(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const r = await admin.query(
      `SELECT pg_terminate_backend("pid") FROM pg_stat_activity WHERE "application_name" = 'dondoc-leadership' AND "datname" = current_database()`,
    );
    return r.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

/** Waits for a condition, polling as a process would (vitest's waitUntil, a clear timeout). */
const until = (check: () => boolean | Promise<boolean>) => vi.waitUntil(check, { timeout: 10_000, interval: 20 });

describe.skipIf(!postgresAvailable())("leadership on PostgreSQL", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const open: Leadership[] = [];
  const log = createLogger("silent");
  const leadership = (url = db.url) => {
    const l = createLeadership(url, log);
    open.push(l);
    return l;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(open.map((l) => l.close()));
    await db?.drop();
  });

  it("one leads a job at a time; released, the other leads", async () => {
    const a = leadership();
    const b = leadership();
    expect(await a.tryLead(JOB)).toBe(true);
    expect(await b.tryLead(JOB)).toBe(false);
    expect(await b.tryLead("another job")).toBe(true);
    await a.release(JOB);
    expect(a.leads(JOB)).toBe(false);
    expect(await b.tryLead(JOB)).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it("a cut connection is lost leadership, told once; the same process leads again and keeps it", async () => {
    const relay = await closeDelayingRelay(new URL(db.url), 600);
    try {
      const a = leadership(relay.url);
      const b = leadership();
      let told = 0;
      a.onLost(() => told++);
      expect(await a.tryLead(JOB)).toBe(true);
      expect(await b.tryLead(JOB)).toBe(false);
      expect(await terminateLeadershipConnections(db.url)).toBe(2);
      await until(() => told > 0);
      expect(a.leads(JOB)).toBe(false);
      // The old session has ended on the server, its lock with it, while its socket's end is
      // still held back: the process leads again on a new connection.
      await until(() => a.tryLead(JOB));
      await new Promise((r) => setTimeout(r, 1200));
      // The old connection's end arrived meanwhile: it must not take the new leadership away.
      expect(told).toBe(1);
      expect(a.leads(JOB)).toBe(true);
      expect(await b.tryLead(JOB)).toBe(false);
      // Closed, the process lets go: the server frees the lock as the session ends.
      await a.close();
      await until(() => b.tryLead(JOB));
      await b.close();
    } finally {
      await relay.close();
    }
  });
});
