// The console behind a reverse proxy (PUBLIC_BASE_URL with a path, https) and in the person's
// own language: links and redirects carry the public path, cookies are Secure, an English-
// speaking leader reads English.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { type HttpServer, createHttpServer } from "../../../src/server/http-server.js";
import { createWebSession } from "../../../src/store/web-repo.js";
import { registerWebConsole } from "../../../src/web-console/routes.js";
import { NOW, seededStore } from "../../support/bot-fixture.js";
import type { TestStore } from "../../support/stores.js";

describe("the console behind a reverse proxy, in the person's language", () => {
  let store: TestStore;
  let http: HttpServer;
  let root: string;
  const token = "leader-session";

  beforeAll(async () => {
    store = await seededStore();
    const sxd = await store.db.agency.findUniqueOrThrow({ where: { code: "SXD" } });
    const leader = await store.db.officer.create({
      data: { code: "LD01", fullName: "John Leader", agencyId: sxd.id, role: "leader", language: "en" },
    });
    await createWebSession(store.db, {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      officerId: leader.id,
      csrf: "c",
      expiresAt: new Date(NOW.getTime() + 3600_000),
      at: NOW,
    });
    const config = loadConfig({ DATABASE_URL: store.url, WEB_ENABLED: "true", PUBLIC_BASE_URL: "https://ubnd.example.vn/dondoc/" });
    const log = createLogger("silent");
    http = createHttpServer({
      host: "127.0.0.1",
      port: 0,
      log,
      health: async () => ({ status: "ok" }),
      webhooks: [],
      plugins: [(app) => registerWebConsole(app, { db: store.db, config, now: () => NOW, log })],
    });
    root = `http://127.0.0.1:${await http.listen()}`;
  });
  afterAll(async () => {
    await http?.close();
    await store?.dispose();
  });

  it("redirects and links under the public path, with Secure cookies scoped to it", async () => {
    const anon = await fetch(`${root}/console`, { redirect: "manual" });
    expect(anon.headers.get("location")).toBe("/dondoc/console/dang-nhap");
    const form = await fetch(`${root}/console/dang-nhap`);
    const cookie = form.headers.getSetCookie().join(";");
    expect(cookie).toMatch(/Path=\/dondoc\/console/);
    expect(cookie).toMatch(/Secure/);
    expect(await form.text()).toContain('action="/dondoc/console/dang-nhap"');
  });

  it("shows a leader's pages in English, without the admin's actions", async () => {
    const page = await fetch(`${root}/console/nhiem-vu/NV-A1`, { headers: { cookie: `dd_session=${token}` } });
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>Task follow-up — Office of the Provincial People&#39;s Committee</title>");
    expect(html).toContain('href="/dondoc/console/nhiem-vu"');
    expect(html).not.toContain("/xac_nhan");
    const refused = await fetch(`${root}/console/nhiem-vu/NV-A1/huy`, {
      method: "POST",
      headers: { cookie: `dd_session=${token}`, "content-type": "application/x-www-form-urlencoded" },
      body: "_csrf=c",
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Only admins can do this.");
  });
});
