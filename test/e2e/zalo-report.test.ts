// The monthly report reaching leaders on Zalo: a group registered by mention, the text split at
// 2,000 characters on line boundaries, the chart as a photo fetched from a signed public URL.
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { reportText } from "../../src/monthly-report/text.js";
import { buildMonthlyReport } from "../../src/monthly-report/build.js";
import { translator } from "../../src/i18n/i18n.js";
import { fixedClock, linkCode, startBot } from "../support/bot-fixture.js";
import { seedYearStore } from "../support/seed-store.js";
import type { TestStore } from "../support/stores.js";
import { freePort } from "../support/telegram.js";
import { ZaloEmulator } from "../support/zalo-emulator.js";

const POST_DAY = new Date("2020-07-01T02:00:00Z"); // Wednesday 1 July 2020, 09:00 in Hanoi
const ADMIN = "5101";
const LEADER = "5102";
const GROUP = "g-lanh-dao";

describe("the monthly report on Zalo", () => {
  let zalo: ZaloEmulator;
  let store: TestStore;
  let app: App;
  let port: number;
  const clock = fixedClock(new Date("2020-06-29T02:00:00Z"));
  const boot = () =>
    startBot(
      store,
      {
        ZALO_BOT_TOKEN: zalo.token,
        ZALO_API_ROOT: zalo.apiRoot,
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        HTTP_PORT: String(port),
        HTTP_HOST: "127.0.0.1",
      },
      clock,
      { zaloPollTimeoutSeconds: 1 },
    );

  beforeAll(async () => {
    zalo = await ZaloEmulator.start();
    store = await seedYearStore("sqlite");
    await store.db.officer.create({ data: { code: "QT01", fullName: "Lê Thu Hà", agencyId: 1, role: "admin" } });
    await store.db.officer.create({ data: { code: "LD01", fullName: "Phạm Quốc Hưng", agencyId: 1, role: "leader" } });
    port = await freePort();
    app = await boot();
  });
  afterAll(async () => {
    await app?.stop();
    await zalo?.close();
    await store?.dispose();
  });

  it("an admin registers a Zalo group by mentioning the bot", async () => {
    await zalo.userSays(ADMIN, await linkCode(store, "QT01", clock.now()), { at: clock.now() });
    await zalo.waitForTexts(ADMIN, 1);
    await zalo.userSays(ADMIN, "@dondoc_bot /dangky", { chatId: GROUP, group: true, at: clock.now() });
    expect((await zalo.waitForTexts(GROUP, 1))[0]).toContain("Đã đăng ký nhóm này là nhóm lãnh đạo");
    expect(await store.db.chatGroup.findFirstOrThrow()).toMatchObject({ channel: "zalo", chatId: GROUP });
  });

  it("/baocao 6/2020 for a leader arrives in two parts of at most 2,000 characters, then the chart", async () => {
    await zalo.userSays(LEADER, await linkCode(store, "LD01", clock.now()), { at: clock.now() });
    await zalo.waitForTexts(LEADER, 1);
    await zalo.userSays(LEADER, "/baocao 6/2020", { at: clock.now() });
    const parts = (await zalo.waitForTexts(LEADER, 3)).slice(1);
    const whole = reportText(await buildMonthlyReport(store.db, 2020, 6, "2020-06-29"), translator("vi"), { withFiles: false });
    expect(whole.length).toBeGreaterThan(2000);
    expect(whole.length).toBeLessThanOrEqual(4000);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join("\n")).toBe(whole);
    expect(parts[0]).toContain("Trong tháng 6/2020");
    for (let i = 0; i < 100 && !zalo.sent.some((m) => m.chatId === LEADER && m.photo); i++) await new Promise((r) => setTimeout(r, 20));
    const photo = zalo.sent.find((m) => m.chatId === LEADER && m.photo)!.photo!;
    expect(photo).toMatch(new RegExp(`^http://127.0.0.1:${port}/files/chart/2020-06\\.png\\?exp=\\d+&sig=[0-9a-f]{64}$`));
    const fetched = await fetch(photo);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("content-type")).toBe("image/png");
    expect(PNG.sync.read(Buffer.from(await fetched.arrayBuffer())).width).toBe(1080);
    expect((await fetch(photo.replace(/sig=./, "sig=0"))).status).toBe(404);
    expect((await fetch(photo.replace("2020-06", "2020-05"))).status).toBe(404);
  });

  it("on the posting day the Zalo group gets June's report once", async () => {
    clock.set(POST_DAY);
    await app.stop();
    app = await boot();
    const texts = await zalo.waitForTexts(GROUP, 3);
    expect(texts.slice(1).join("\n")).toContain("1.736 nhiệm vụ");
    await app.deliverer.deliverDue();
    expect(await store.db.outboxMessage.count({ where: { kind: "report", chatId: GROUP } })).toBe(1);
  });
});
