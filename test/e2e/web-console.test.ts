// The web console through the running bot's HTTP port: sign-in with the code the bot sends
// through Telegram (grammY over HTTP to the Bot API stub), sessions, CSRF on every form, the
// 5-wrong-codes lock, escaping, and an admin confirming a reported completion (issue 12).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { type BotApiStub, startBotApiStub } from "../support/bot-api-stub.js";
import { NOW, fixedClock, seededStore, taskByCode } from "../support/bot-fixture.js";
import type { TestStore } from "../support/stores.js";
import { signInCodeSent, startWebBot } from "../support/web.js";

const ADMIN_CHAT = "7301";
const OFFICER_CHAT = "7302";

/** A browser in miniature: a cookie jar, no automatic redirects. */
function browser(root: string) {
  const jar = new Map<string, string>();
  const request = async (path: string, init: { method?: string; form?: Record<string, string>; multipart?: FormData } = {}) => {
    const res = await fetch(`${root}${path}`, {
      method: init.method ?? (init.form || init.multipart ? "POST" : "GET"),
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: init.multipart ?? (init.form ? new URLSearchParams(init.form).toString() : undefined),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v = ""] = pair!.split("=");
      if (/expires=Thu, 01 Jan 1970/i.test(c) || v === "") jar.delete(k!);
      else jar.set(k!, v);
    }
    const type = res.headers.get("content-type") ?? "";
    const bytes = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      location: res.headers.get("location"),
      html: bytes.toString("utf8"),
      bytes,
      type,
      cookies: res.headers.getSetCookie(),
    };
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

  const signIn = async (b: ReturnType<typeof browser>, officer: string) => {
    const form = await b.request("/console/dang-nhap");
    const before = stub.delivered(ADMIN_CHAT).length;
    const asked = await b.request("/console/dang-nhap", { form: { _csrf: b.csrfOf(form.html), officer } });
    expect(asked.html).toContain("Bot đã gửi mã 6 chữ số");
    const code = await signInCodeSent(stub, ADMIN_CHAT, before);
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
    ({ app, root } = await startWebBot(store, stub.apiRoot, clock));
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
    const mine = await b.request("/console/nhiem-vu?officer=XD02");
    expect(mine.html).toContain("NV-B1");
    expect(mine.html).not.toContain("NV-A1");
    const dueBy = await b.request(`/console/nhiem-vu?due=${encodeURIComponent("01/07/2026")}`);
    expect(dueBy.html).toContain("NV-A2");
    expect(dueBy.html).not.toContain("NV-A3");
    expect((await b.request("/console/nhiem-vu?officer=NOBODY")).html).toContain("Nhiệm vụ (0)");

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

  const signedInBrowser = async () => {
    // At most five codes are sent per officer in 15 minutes: each test signs in a quarter-hour later.
    clock.set(new Date(clock.now().getTime() + 16 * 60_000));
    const b = browser(root);
    const s = await signIn(b, "QT01");
    expect((await b.request("/console/dang-nhap/ma", { form: { _csrf: s.csrf, officer: "QT01", code: s.code } })).status).toBe(303);
    return b;
  };
  const upload = (csrf: string, kind: string, name: string, bytes: Buffer) => {
    const form = new FormData();
    form.set("_csrf", csrf);
    form.set("kind", kind);
    form.set("file", new Blob([new Uint8Array(bytes)]), name);
    return form;
  };

  it("imports a sheet: every bad row named before anything is written, then the good sheet", async () => {
    const b = await signedInBrowser();
    const csrf = b.csrfOf((await b.request("/console/nhap")).html);
    const header = "Mã nhiệm vụ,Trích yếu,Cơ quan chủ trì,Ngày giao,Hạn hoàn thành";
    const bad = [
      header,
      "NV-W1,Việc tốt,SXD,01/07/2026,30/07/2026",
      "NV-W2,Việc sai hạn,SXD,01/07/2026,31/02/2026",
      "NV-W3,Việc cơ quan lạ,SKHCN,01/07/2026,30/07/2026",
    ].join("\r\n");
    const preview = await b.request("/console/nhap", { multipart: upload(csrf, "tasks", "nhiem-vu.csv", Buffer.from(bad)) });
    expect(preview.status).toBe(200);
    expect(preview.html).toContain("Tệp có 3 dòng dữ liệu; 2 dòng có lỗi.");
    expect(preview.html).toMatch(/<td>3<\/td><td>Hạn hoàn thành<\/td><td>ngày không hợp lệ &quot;31\/02\/2026&quot;/);
    expect(preview.html).toMatch(/<td>4<\/td><td>Cơ quan chủ trì<\/td><td>không có cơ quan &quot;SKHCN&quot;/);
    expect(await store.db.task.count({ where: { code: { startsWith: "NV-W" } } })).toBe(0);
    expect(preview.html).toContain("Nhập 1 dòng hợp lệ, bỏ qua 2 dòng lỗi");

    const good = [header, "NV-W1,Việc tốt,SXD,01/07/2026,30/07/2026", "NV-W2,Việc đúng hạn,SXD,01/07/2026,31/07/2026"].join("\r\n");
    const checked = await b.request("/console/nhap", { multipart: upload(csrf, "tasks", "nhiem-vu.csv", Buffer.from(good)) });
    const id = /action="\/console\/nhap\/([\w-]+)"/.exec(checked.html)![1]!;
    const done = await b.request(`/console/nhap/${id}`, { form: { _csrf: b.csrfOf(checked.html), mode: "all" } });
    expect(done.html).toContain("Đã nhập nhiệm vụ: 2 dòng — 2 mới");
    expect(await store.db.task.count({ where: { code: { startsWith: "NV-W" } } })).toBe(2);
    expect((await store.db.auditEntry.findFirstOrThrow({ where: { action: "task.imported" }, orderBy: { id: "desc" } })).actor).toBe(
      "QT01 (Lê Thu Hà)",
    );
  });

  it("refuses an upload over the size limit or that is not a spreadsheet, with a sentence", async () => {
    const b = await signedInBrowser();
    const csrf = b.csrfOf((await b.request("/console/nhap")).html);
    const big = await b.request("/console/nhap", { multipart: upload(csrf, "tasks", "lon.csv", Buffer.alloc(6 * 1024 * 1024, 0x41)) });
    expect(big.status).toBe(413);
    expect(big.html).toContain("Tệp lớn quá 5 MB");
    const photo = await b.request("/console/nhap", {
      multipart: upload(csrf, "tasks", "anh.xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
    });
    expect(photo.status).toBe(400);
    expect(photo.html).toContain("Tệp không phải bảng tính .xlsx hoặc .csv");
    const noToken = new FormData();
    noToken.set("kind", "tasks");
    noToken.set("file", new Blob(["a,b"]), "x.csv");
    expect((await b.request("/console/nhap", { multipart: noToken })).status).toBe(403);
  });

  it("prints an agency's link slips, and an officer links with a code from the sheet", async () => {
    const b = await signedInBrowser();
    const officers = await b.request("/console/can-bo?agency=SXD");
    expect(officers.html).toContain("Nguyễn Thị Mai");
    expect(officers.html).toContain("chưa liên kết");
    const sheet = await b.request("/console/can-bo/phieu", { form: { _csrf: b.csrfOf(officers.html), agency: "SXD" } });
    expect(sheet.status).toBe(200);
    // Mai is linked already; Hùng and the director are not.
    expect(sheet.html).toContain("Phiếu liên kết (2 cán bộ)");
    expect(sheet.html).toContain("Lê Văn Hùng");
    expect(sheet.html).not.toContain("(XD01)");
    expect(sheet.html).toContain("<svg");
    const code = /Lê Văn Hùng<\/b> \(XD02\)[\s\S]*?<code class="link-code">([A-Z0-9]{8})<\/code>/.exec(sheet.html)![1]!;
    stub.push({
      message: {
        message_id: 50,
        date: 1,
        chat: { id: 7303, type: "private" },
        from: { id: 7303, is_bot: false, first_name: "Hung" },
        text: `/start ${code}`,
      },
    });
    for (let i = 0; i < 200 && !(await store.db.chatAccount.findFirst({ where: { chatId: "7303" } })); i++)
      await new Promise((r) => setTimeout(r, 25));
    const account = await store.db.chatAccount.findFirstOrThrow({ where: { chatId: "7303" }, include: { officer: true } });
    expect(account.officer.code).toBe("XD02");
  });

  it("shows a month's report and downloads its .docx", async () => {
    const b = await signedInBrowser();
    const report = await b.request("/console/bao-cao?thang=06/2026");
    expect(report.status).toBe(200);
    expect(report.html).toContain("2026-06.docx");
    const docx = await b.request("/console/bao-cao/2026-06.docx");
    expect(docx.status).toBe(200);
    expect(docx.type).toContain("wordprocessingml");
    expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");
    const { default: JSZip } = await import("jszip");
    const xml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain("BÁO CÁO");
    expect((await b.request("/console/bao-cao?thang=12/2099")).html).toContain("chưa bắt đầu");
    // The download and "send now" say so too, rather than failing.
    const future = await b.request("/console/bao-cao/2099-12.docx");
    expect(future.status).toBe(400);
    expect(future.html).toContain("chưa bắt đầu");
    const send = await b.request("/console/bao-cao/gui", { form: { _csrf: b.csrfOf(report.html), thang: "13/2026" } });
    expect(send.status).toBe(400);
    expect(send.html).toContain("13/2026");
  });

  it("shows the month's figures and an extension request, and a leader's decision reaches the officer", async () => {
    stub.push({
      message: {
        message_id: 70,
        date: 1,
        chat: { id: Number(OFFICER_CHAT), type: "private" },
        from: { id: Number(OFFICER_CHAT), is_bot: false, first_name: "Mai" },
        text: "xin gia hạn NV-A3 đến 30/07/2026 vì chờ ý kiến của Bộ",
      },
    });
    for (let i = 0; i < 200 && !(await store.db.extensionRequest.findFirst()); i++) await new Promise((r) => setTimeout(r, 25));
    const request = await store.db.extensionRequest.findFirstOrThrow();
    const b = await signedInBrowser();
    const overview = await b.request("/console");
    expect(overview.html).toContain("Tháng này đến hôm nay và từ đầu năm");
    expect(overview.html).toMatch(/Giao từ đầu năm<\/th><td>\d+/);
    expect(overview.html).toContain("Đề nghị gia hạn chờ quyết định");
    expect(overview.html).toContain("20/07/2026 → 30/07/2026");
    const taskPage = await b.request("/console/nhiem-vu/NV-A3");
    expect(taskPage.html).toContain(`action="/console/gia-han/${request.id}"`);
    expect(taskPage.html).toContain("chờ ý kiến của Bộ");
    const chart = await b.request("/console/bao-cao/2026-07.png");
    expect(chart.type).toBe("image/png");
    const before = stub.delivered(OFFICER_CHAT).length;
    const decided = await b.request(`/console/gia-han/${request.id}`, {
      form: { _csrf: b.csrfOf(overview.html), decision: "approve", reason: "Có văn bản của Bộ" },
    });
    expect(decided.html).toContain("Đã đồng ý gia hạn nhiệm vụ NV-A3 đến 30/07/2026");
    expect((await taskByCode(store, "NV-A3")).dueDate).toBe("2026-07-30");
    const extended = await store.db.auditEntry.findFirstOrThrow({ where: { action: "task.extended" }, orderBy: { id: "desc" } });
    expect(extended.actor).toBe("QT01 (Lê Thu Hà)");
    expect(JSON.parse(extended.details!)).toMatchObject({ reason: "Có văn bản của Bộ" });
    for (let i = 0; i < 200 && stub.delivered(OFFICER_CHAT).length === before; i++) await new Promise((r) => setTimeout(r, 25));
    expect(stub.delivered(OFFICER_CHAT).slice(before).join("\n")).toContain("Văn phòng đã đồng ý gia hạn nhiệm vụ NV-A3 đến 30/07/2026");
    const again = await b.request(`/console/gia-han/${request.id}`, { form: { _csrf: b.csrfOf(overview.html), decision: "refuse" } });
    expect(again.status).toBe(409);
  });

  it("keeps holidays, retries a message that was not delivered, and lists the leadership groups", async () => {
    const b = await signedInBrowser();
    const holidays = await b.request("/console/ngay-nghi");
    const csrf = b.csrfOf(holidays.html);
    const added = await b.request("/console/ngay-nghi", { form: { _csrf: csrf, date: "02/09/2026", name: "Quốc khánh" } });
    expect((await b.request(added.location!)).html).toContain("Đã thêm ngày nghỉ.");
    expect(await store.db.holiday.findUnique({ where: { date: "2026-09-02" } })).toMatchObject({ name: "Quốc khánh" });
    const again = await b.request("/console/ngay-nghi", { form: { _csrf: csrf, date: "02/09/2026", name: "Quốc khánh" } });
    expect((await b.request(again.location!)).html).toContain("Ngày này đã có trong danh sách.");
    const removed = await b.request("/console/ngay-nghi", { form: { _csrf: csrf, date: "02/09/2026", remove: "1" } });
    expect((await b.request(removed.location!)).html).toContain("Đã bỏ ngày nghỉ.");
    expect(await store.db.holiday.count({ where: { date: "2026-09-02" } })).toBe(0);

    const failed = await store.db.outboxMessage.create({
      data: {
        dedupeKey: "web-retry",
        kind: "notice",
        channel: "telegram",
        chatId: ADMIN_CHAT,
        officerId: null,
        payload: JSON.stringify({ type: "message", message: { text: "tin gửi lại từ trang web" } }),
        status: "failed",
        attempts: 12,
        nextAttemptAt: clock.now(),
        createdAt: clock.now(),
        lastError: "502 Bad Gateway",
      },
    });
    const outbox = await b.request("/console/tin-gui");
    expect(outbox.html).toContain("502 Bad Gateway");
    const retried = await b.request(`/console/tin-gui/${failed.id}`, { form: { _csrf: b.csrfOf(outbox.html) } });
    expect((await b.request(retried.location!)).html).toContain("Đã xếp gửi lại ngay.");
    expect((await store.db.auditEntry.findFirstOrThrow({ where: { action: "message.retried" } })).actor).toBe("QT01 (Lê Thu Hà)");
    for (let i = 0; i < 200 && !stub.delivered(ADMIN_CHAT).includes("tin gửi lại từ trang web"); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(stub.delivered(ADMIN_CHAT)).toContain("tin gửi lại từ trang web");

    await store.db.chatGroup.create({ data: { channel: "telegram", chatId: "-100777", title: "Lãnh đạo UBND tỉnh", kind: "leadership" } });
    expect((await b.request("/console/nhom")).html).toContain("Lãnh đạo UBND tỉnh");
  });
});
