// The web console through the running bot's HTTP port: sign-in with the code the bot sends
// through Telegram (grammY over HTTP to the Bot API stub), sessions, CSRF on every form, the
// 5-wrong-codes lock, escaping, and an admin confirming a reported completion (issue 12).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { type BotApiStub, startBotApiStub } from "../support/bot-api-stub.js";
import { NOW, fixedClock, seededStore, startBot, taskByCode } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";
import { BOT_INFO, BOT_TOKEN, freePort } from "../support/telegram.js";

const ADMIN_CHAT = "7301";
const OFFICER_CHAT = "7302";

/** A browser in miniature: a cookie jar, no automatic redirects. */
function browser(root: string) {
  const jar = new Map<string, string>();
  const request = async (path: string, init: { method?: string; form?: Record<string, string> } = {}) => {
    const res = await fetch(`${root}${path}`, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v = ""] = pair!.split("=");
      if (/expires=Thu, 01 Jan 1970/i.test(c) || v === "") jar.delete(k!);
      else jar.set(k!, v);
    }
    return { status: res.status, location: res.headers.get("location"), html: await res.text(), cookies: res.headers.getSetCookie() };
  };
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
  return { request, csrfOf, jar };
}

describe("the web console", () => {
  let stub: BotApiStub;
  let store: TestStore;
  let app: App;
  let root: string;
  const clock = fixedClock(NOW);

  /** The newest sign-in code the bot sent to a chat. */
  const codeSentTo = async (chat: string, before: number) => {
    for (let i = 0; i < 200; i++) {
      const texts = stub.delivered(chat).slice(before);
      const m = texts.map((t) => /Mã đăng nhập trang theo dõi nhiệm vụ: (\d{6})/.exec(t)).find(Boolean);
      if (m) return m[1]!;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("no code arrived");
  };

  const signIn = async (b: ReturnType<typeof browser>, officer: string) => {
    const form = await b.request("/console/dang-nhap");
    const before = stub.delivered(ADMIN_CHAT).length;
    const asked = await b.request("/console/dang-nhap", { form: { _csrf: b.csrfOf(form.html), officer } });
    expect(asked.html).toContain("Bot đã gửi mã 6 chữ số");
    const code = await codeSentTo(ADMIN_CHAT, before);
    return { code, csrf: b.csrfOf(asked.html) };
  };

  beforeAll(async () => {
    stub = await startBotApiStub();
    store = await seededStore();
    for (const [code, chat] of [
      ["QT01", ADMIN_CHAT],
      ["XD01", OFFICER_CHAT],
    ] as const) {
      const o = await store.db.officer.findUniqueOrThrow({ where: { code } });
      await store.db.chatAccount.create({ data: { officerId: o.id, channel: "telegram", chatId: chat, userId: chat } });
    }
    const port = await freePort();
    root = `http://127.0.0.1:${port}`;
    app = await startBot(
      store,
      {
        TELEGRAM_BOT_TOKEN: BOT_TOKEN,
        TELEGRAM_API_ROOT: stub.apiRoot,
        WEB_ENABLED: "true",
        HTTP_PORT: String(port),
        HTTP_HOST: "127.0.0.1",
      },
      clock,
      { telegramBotInfo: BOT_INFO },
    );
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    await store?.dispose();
  });

  it("shows no page and takes no action without a session", async () => {
    const b = browser(root);
    for (const path of ["/console", "/console/nhiem-vu", "/console/nhiem-vu/NV-A1"]) {
      const r = await b.request(path);
      expect(r.status).toBe(303);
      expect(r.location).toBe("/console/dang-nhap");
    }
    const action = await b.request("/console/nhiem-vu/NV-A1/huy", { form: { _csrf: "x" } });
    expect(action.status).toBe(403);
    expect((await taskByCode(store, "NV-A1")).status).toBe("open");
  });

  it("refuses an officer's code, and a form without its CSRF token", async () => {
    const b = browser(root);
    const form = await b.request("/console/dang-nhap");
    expect(form.cookies.join(";")).toMatch(/HttpOnly/i);
    expect(form.cookies.join(";")).toMatch(/SameSite=Strict/i);
    const officer = await b.request("/console/dang-nhap", { form: { _csrf: b.csrfOf(form.html), officer: "XD01" } });
    expect(officer.status).toBe(400);
    expect(officer.html).toContain("Chỉ quản trị và lãnh đạo đăng nhập được trang này.");
    const forged = await b.request("/console/dang-nhap", { form: { officer: "QT01" } });
    expect(forged.status).toBe(403);
    expect(forged.html).toContain("Biểu mẫu đã hết hạn");
  });

  it("signs an admin in with the code sent through Telegram; five wrong codes lock for 15 minutes", async () => {
    const b = browser(root);
    const first = await signIn(b, "QT01");
    for (let i = 1; i <= 4; i++) {
      const wrong = await b.request("/console/dang-nhap/ma", {
        form: { _csrf: first.csrf, officer: "QT01", code: first.code === "000000" ? "111111" : "000000" },
      });
      expect(wrong.html).toContain(`Còn ${5 - i} lần thử`);
    }
    const fifth = await b.request("/console/dang-nhap/ma", {
      form: { _csrf: first.csrf, officer: "QT01", code: "999999" === first.code ? "888888" : "999999" },
    });
    expect(fifth.html).toContain("Đã nhập sai mã 5 lần: đăng nhập bị khóa 15 phút.");
    const locked = await b.request("/console/dang-nhap/ma", { form: { _csrf: first.csrf, officer: "QT01", code: first.code } });
    expect(locked.status).toBe(400);
    expect(locked.html).toContain("bị khóa 15 phút");
    expect(b.jar.has("dd_session")).toBe(false);

    clock.set(new Date(NOW.getTime() + 16 * 60_000));
    const again = await signIn(b, "QT01");
    const ok = await b.request("/console/dang-nhap/ma", { form: { _csrf: again.csrf, officer: "QT01", code: again.code } });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe("/console");
    expect(ok.cookies.find((c) => c.startsWith("dd_session="))).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/i);
    const overview = await b.request("/console");
    expect(overview.status).toBe(200);
    expect(overview.html).toContain("Lê Thu Hà (QT01)");
    expect(overview.html).toContain("nhiệm vụ đang thực hiện");
    const audit = await store.db.auditEntry.findFirstOrThrow({ where: { action: "web.signed_in" } });
    expect(JSON.parse(audit.details!)).toEqual({ name: "Lê Thu Hà" });
  });

  it("lists tasks with filters and paging, escapes what people typed, and confirms a completion with a reason", async () => {
    const b = browser(root);
    const s = await signIn(b, "QT01");
    await b.request("/console/dang-nhap/ma", { form: { _csrf: s.csrf, officer: "QT01", code: s.code } });
    const sxd = await store.db.agency.findUniqueOrThrow({ where: { code: "SXD" } });
    await store.db.task.create({
      data: {
        code: "NV-XSS",
        summary: "<script>alert(1)</script>",
        leadAgencyId: sxd.id,
        assignedDate: "2026-06-01",
        dueDate: "2026-08-01",
        originalDueDate: "2026-08-01",
      },
    });
    const list = await b.request("/console/nhiem-vu?q=NV-XSS");
    expect(list.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(list.html).not.toContain("<script>alert(1)</script>");
    expect(list.html).toContain("Nhiệm vụ (1)");
    const sxdList = await b.request("/console/nhiem-vu?agency=SXD&status=open");
    expect(sxdList.html).toContain("NV-A1");
    expect(sxdList.html).not.toContain("NV-C1");

    await store.db.task.update({
      where: { code: "NV-A1" },
      data: { status: "reported", reportedAt: NOW, reportedOn: "2026-07-03", reportedVia: "telegram" },
    });
    const page = await b.request("/console/nhiem-vu/NV-A1");
    const csrf = b.csrfOf(page.html);
    const noToken = await b.request("/console/nhiem-vu/NV-A1/xac_nhan", { form: { reason: "x" } });
    expect(noToken.status).toBe(403);
    expect((await taskByCode(store, "NV-A1")).status).toBe("reported");
    const done = await b.request("/console/nhiem-vu/NV-A1/xac_nhan", { form: { _csrf: csrf, reason: "Đã kiểm tra văn bản 123/SXD" } });
    expect(done.status).toBe(303);
    expect((await b.request(done.location!)).html).toContain("Đã xác nhận hoàn thành.");
    expect((await taskByCode(store, "NV-A1")).status).toBe("confirmed");
    const audit = await store.db.auditEntry.findFirstOrThrow({ where: { action: "task.confirmed" }, orderBy: { id: "desc" } });
    expect(audit.actor).toBe("QT01 (Lê Thu Hà)");
    expect(JSON.parse(audit.details!)).toMatchObject({ reason: "Đã kiểm tra văn bản 123/SXD" });

    const out = await b.request("/console/dang-xuat", { form: { _csrf: csrf } });
    expect(out.status).toBe(303);
    expect((await b.request("/console")).status).toBe(303);
  });
});
