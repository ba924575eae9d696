// Which process does a job that only one may do at a time — poll one bot token. On PostgreSQL the
// processes elect one with a session advisory lock held on a connection of its own (a pooled
// connection would lose it): the lock lives as long as that process, and when the process dies
// the database drops the connection and another takes over at its next try. SQLite is one
// process by design: it always leads.
import type pg from "pg";
import type { Logger } from "../log.js";
import { storeKind } from "./database-url.js";

export interface Leadership {
  /** True when this process leads `job` (now or already); false when another process does. */
  tryLead(job: string): Promise<boolean>;
  /** Whether this process still leads `job` (false once its connection was lost). */
  leads(job: string): boolean;
  /** Called when leadership of any job is lost with the connection. */
  onLost(fn: () => void): void;
  release(job: string): Promise<void>;
  close(): Promise<void>;
}

export function createLeadership(url: string, log: Logger): Leadership {
  if (storeKind(url) === "sqlite") {
    const held = new Set<string>();
    return {
      tryLead: async (job) => (held.add(job), true),
      leads: (job) => held.has(job),
      onLost: () => undefined,
      release: async (job) => void held.delete(job),
      close: async () => held.clear(),
    };
  }
  let client: pg.Client | undefined;
  const held = new Set<string>();
  const lost: (() => void)[] = [];
  // node-postgres reports a cut connection more than once (the server's FATAL, then the socket's
  // end), and the second may come after this process has led again on a new connection: only the
  // current connection's loss drops leadership, or the new session's lock would be held by nobody
  // who knows it, and no process could ever lead again.
  function drop(c: pg.Client, reason: string): void {
    if (client !== c) return;
    if (held.size > 0) log.warn({ jobs: [...held], reason }, "leadership lost with the database connection");
    held.clear();
    client = undefined;
    void c.end().catch(() => undefined);
    lost.forEach((fn) => fn());
  }
  async function connection(): Promise<pg.Client> {
    if (client) return client;
    // node-postgres only where there is PostgreSQL: a SQLite bot never loads it.
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: url, application_name: "dondoc-leadership" });
    c.on("error", (error) => drop(c, error.message));
    c.on("end", () => drop(c, "connection ended"));
    await c.connect();
    client = c;
    return c;
  }
  return {
    async tryLead(job) {
      if (held.has(job)) return true;
      try {
        const c = await connection();
        const r = await c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS ok", [`dondoc:${job}`]);
        if (r.rows[0]?.ok) held.add(job);
        return held.has(job);
      } catch (error) {
        log.warn({ job, err: (error as Error).message }, "leadership election failed; will try again");
        return false;
      }
    },
    leads: (job) => held.has(job),
    onLost: (fn) => void lost.push(fn),
    async release(job) {
      if (!held.delete(job) || !client) return;
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [`dondoc:${job}`]).catch(() => undefined);
    },
    async close() {
      held.clear();
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
