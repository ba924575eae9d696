// The web console driven in real headless Chromium (Debian's chromium, through playwright-core),
// on a store holding the seed-shaped 2020, the bot talking to the telegram-test-api Bot API
// emulator: sign in with the code the bot sent through Telegram,
// import a sheet with bad rows (each named, nothing written) then the good one, print an
// agency's link slips and link an officer with a code from them, confirm a reported completion,
// and download June 2020's report. With DONDOC_SCREENSHOTS=1 it also saves the screenshots the
// README shows (npm run screenshots).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { fixedClock } from "../support/bot-fixture.js";
import { cli } from "../support/cli.js";
import { seedYearStore } from "../support/seed-store.js";
import { tempDir, writeCsv } from "../support/sheets.js";
import type { TestStore } from "../support/stores.js";
import { person, startEmulator } from "../support/telegram.js";
import { startWebBot } from "../support/web.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present) {
  const say = `\n${"!".repeat(78)}\n!! Debian's chromium is not installed (${CHROMIUM}): the web console's browser tests cannot run.\n!! Install it with: apt-get install -y chromium   (.ci/run does)\n${"!".repeat(78)}\n`;
  // In CI a missing browser is a failure, never a pass.
  if (process.env.CI) throw new Error(say);
  process.stderr.write(say);
}
const SHOTS = process.env.DONDOC_SCREENSHOTS ? join(process.cwd(), "docs", "screenshots") : undefined;
const ADMIN_CHAT = "7401";
/** 5 July 2020, 09:00 in Hanoi: June's report is final. */
const NOW = new Date("2020-07-05T02:00:00Z");

describe.skipIf(!present)("the web console in Chromium", () => {
  let telegram: Awaited<ReturnType<typeof startEmulator>>;
  let admin: ReturnType<typeof person>;
  let store: TestStore;
  let app: App;
  let root: string;
  let browser: import("playwright-core").Browser;
  let page: import("playwright-core").Page;
  const clock = fixedClock(NOW);
  const dir = tempDir();
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };

  beforeAll(async () => {
    telegram = await startEmulator();
    store = await seedYearStore("sqlite");
    const officers = writeCsv(join(dir, "office.csv"), [
      ["Mã cán bộ", "Họ và tên", "Cơ quan", "Vai trò"],
      ["QT01", "Lê Thu Hà", "SXD", "quản trị"],
      ["XD02", "Lê Văn Hùng", "SXD", "chuyên viên"],
      ["XD03", "Phạm Thị Lan", "SXD", "chuyên viên"],
    ]);
    expect((await cli(store.url, ["import", "officers", officers], { now: NOW })).code).toBe(0);
    const ha = await store.db.officer.findUniqueOrThrow({ where: { code: "QT01" } });
    await store.db.chatAccount.create({ data: { officerId: ha.id, channel: "telegram", chatId: ADMIN_CHAT, userId: ADMIN_CHAT } });
    ({ app, root } = await startWebBot(store, telegram.config.apiURL, clock));
    admin = person(telegram, Number(ADMIN_CHAT), "Ha");
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 }, locale: "vi-VN" });
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await telegram?.stop();
    await store?.dispose();
  });

  it("signs in with the code the bot sent through Telegram", async () => {
    await page.goto(`${root}/console`);
    expect(page.url()).toBe(`${root}/console/dang-nhap`);
    await shot("sign-in");
    await page.fill('input[name="officer"]', "QT01");
    await page.click("button");
    await page.waitForSelector('input[name="code"]');
    // The code arrives in the admin's Telegram chat, through the emulator.
    let code: string | undefined;
    while (!code) code = (await admin.inbox()).map((m) => /Mã đăng nhập trang theo dõi nhiệm vụ: (\d{6})/.exec(m.text)?.[1]).find(Boolean);
    await page.fill('input[name="code"]', code);
    await page.click('form[action="/console/dang-nhap/ma"] button');
    await page.waitForURL(`${root}/console`);
    expect(await page.textContent("header")).toContain("Lê Thu Hà (QT01)");
    await shot("overview");
  });

  it("imports a sheet with bad rows: each named, nothing written; then the good sheet", async () => {
    const header = ["Mã nhiệm vụ", "Trích yếu", "Cơ quan chủ trì", "Ngày giao", "Hạn hoàn thành"];
    const bad = writeCsv(join(dir, "bad.csv"), [
      header,
      ["NV-BR1", "Việc tốt", "SXD", "01/07/2020", "30/07/2020"],
      ["NV-BR2", "Hạn sai", "SXD", "01/07/2020", "31/02/2020"],
    ]);
    await page.goto(`${root}/console/nhap`);
    await page.selectOption('select[name="kind"]', "tasks");
    await page.setInputFiles('input[name="file"]', bad);
    await page.click('form[action="/console/nhap"] button');
    await page.waitForSelector("#problems");
    expect(await page.textContent("#problems")).toContain('ngày không hợp lệ "31/02/2020"');
    await shot("import-preview");
    expect(await store.db.task.count({ where: { code: { startsWith: "NV-BR" } } })).toBe(0);

    const good = writeCsv(join(dir, "good.csv"), [
      header,
      ["NV-BR1", "Việc tốt", "SXD", "01/07/2020", "30/07/2020"],
      ["NV-BR2", "Hạn đúng", "SXD", "01/07/2020", "31/07/2020"],
    ]);
    await page.goto(`${root}/console/nhap`);
    await page.setInputFiles('input[name="file"]', good);
    await page.click('form[action="/console/nhap"] button');
    await page.click('button[name="mode"][value="all"]');
    await page.waitForSelector(".done");
    expect(await page.textContent(".done")).toContain("2 mới");
    expect(await store.db.task.count({ where: { code: { startsWith: "NV-BR" } } })).toBe(2);
  });

  it("prints an agency's link slips and links one officer with a code from them", async () => {
    await page.goto(`${root}/console/can-bo?agency=SXD`);
    await shot("officers");
    await page.click('form[action="/console/can-bo/phieu"] >> text=In phiếu liên kết');
    await page.waitForSelector(".slip");
    await shot("link-slips");
    const slip = page.locator(".slip", { hasText: "Lê Văn Hùng" });
    const code = (await slip.locator("code.link-code").textContent())!.trim();
    expect(await slip.locator("svg").count()).toBe(1);
    await person(telegram, 7402, "Hung").say(`/start ${code}`, { at: NOW });
    for (let i = 0; i < 200 && !(await store.db.chatAccount.findFirst({ where: { chatId: "7402" } })); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect((await store.db.chatAccount.findFirstOrThrow({ where: { chatId: "7402" }, include: { officer: true } })).officer.code).toBe(
      "XD02",
    );
  });

  it("confirms a completion an officer reported through the bot", async () => {
    await page.goto(`${root}/console/nhiem-vu?status=reported`);
    await shot("tasks");
    await page.goto(`${root}/console/nhiem-vu/D-0001`);
    await page.fill('form[action$="/xac_nhan"] input[name="reason"]', "Đã đối chiếu văn bản");
    await page.click('form[action$="/xac_nhan"] button');
    await page.waitForSelector(".done");
    expect(await page.textContent(".done")).toContain("Đã xác nhận hoàn thành.");
    expect((await store.db.task.findUniqueOrThrow({ where: { code: "D-0001" } })).status).toBe("confirmed");
  });

  it("downloads June 2020's report as .docx, with the seed's year-to-date figure", async () => {
    await page.goto(`${root}/console/bao-cao?thang=06/2020`);
    await shot("report");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('a[href$="2020-06.docx"]')]);
    expect(download.suggestedFilename()).toBe("bao-cao-nhiem-vu-2020-06.docx");
    const path = join(dir, "june.docx");
    await download.saveAs(path);
    const { default: JSZip } = await import("jszip");
    const { readFileSync } = await import("node:fs");
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file("word/document.xml")!.async("string");
    expect(xml).toContain("1.736");
    writeFileSync(join(dir, "done"), "");
  });
});
