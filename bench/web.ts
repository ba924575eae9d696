// The web console's pages at size: the task list (first page, a deep page, a filter, a search)
// and the overview, over N tasks (default 100,000), served by the real Fastify server over HTTP.
// Prints the median time of each page over several requests.
import { createHash } from "node:crypto";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { createHttpServer } from "../src/server/http-server.js";
import { createWebSession } from "../src/store/web-repo.js";
import { registerWebConsole } from "../src/web-console/routes.js";
import { province } from "./sweep.js";
import { type BenchStore, row } from "./support.js";

const NOW = new Date("2026-07-03T02:00:00Z");
const RUNS = 7;

export async function benchWeb(stores: BenchStore[], tasks: number): Promise<void> {
  console.log(`\nweb console: ${tasks.toLocaleString("en")} tasks, 2,000 officers; median of ${RUNS} requests per page`);
  console.log(row(["page", "ms (median)", "ms (max)", "KB"]));
  for (const s of stores) {
    const { db } = s.store;
    await province(db, 2000, tasks);
    const agency = await db.agency.findFirstOrThrow();
    const admin = await db.officer.create({
      data: { code: "WEBQT", fullName: "Quản trị", agencyId: agency.id, role: "admin", language: "vi" },
    });
    const token = "bench-session-token";
    await createWebSession(db, {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      officerId: admin.id,
      csrf: "x",
      expiresAt: new Date(NOW.getTime() + 3600_000),
      at: NOW,
    });
    const config = loadConfig({ DATABASE_URL: s.url, WEB_ENABLED: "true" });
    const log = createLogger("silent");
    const http = createHttpServer({
      host: "127.0.0.1",
      port: 0,
      log,
      health: async () => ({ status: "ok" }),
      webhooks: [],
      plugins: [(app) => registerWebConsole(app, { db, config, now: () => NOW, log })],
    });
    const port = await http.listen();
    const pages: [string, string][] = [
      ["overview", "/console"],
      ["task list, page 1", "/console/nhiem-vu"],
      [`task list, page ${Math.floor(tasks / 50 / 2)}`, `/console/nhiem-vu?page=${Math.floor(tasks / 50 / 2)}`],
      ["task list, agency + overdue", "/console/nhiem-vu?agency=BA7&overdue=1"],
      ["task list, search", `/console/nhiem-vu?q=${encodeURIComponent("Nhiệm vụ 4242:")}`],
      ["task page", "/console/nhiem-vu/BT-4242"],
    ];
    try {
      for (const [name, path] of pages) {
        const times: number[] = [];
        let size = 0;
        for (let i = 0; i < RUNS; i++) {
          const start = performance.now();
          const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie: `dd_session=${token}` } });
          const body = await res.text();
          times.push(performance.now() - start);
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          size = body.length;
        }
        times.sort((a, b) => a - b);
        console.log(row([`${s.kind}: ${name}`, times[Math.floor(RUNS / 2)]!, times[RUNS - 1]!, size / 1024]));
      }
    } finally {
      await http.close();
    }
  }
}
