// A running bot on a fresh SQLite store with a small province: agencies, officers, tasks around
// a fixed instant, imported through the real CLI.
import { join } from "node:path";
import { type App, createApp } from "../../src/app.js";
import type { InboundMessage } from "../../src/channels/channel.js";
import { createInboundHandler } from "../../src/conversation/inbound.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { cli } from "./cli.js";
import { tempDir, writeCsv } from "./sheets.js";
import { type TestStore, type StoreKindName, freshStore } from "./stores.js";

/** Friday 3 July 2026, 09:00 in Hanoi. */
export const NOW = new Date("2026-07-03T02:00:00Z");

export const OFFICERS = [
  ["Mã cán bộ", "Họ và tên", "Cơ quan", "Vai trò", "Ngôn ngữ"],
  ["XD01", "Nguyễn Thị Mai", "SXD", "chuyên viên", "vi"],
  ["XD02", "Lê Văn Hùng", "SXD", "chuyên viên", "vi"],
  ["XD00", "Trần Văn Bình", "SXD", "lãnh đạo cơ quan", "vi"],
  ["QT01", "Lê Thu Hà", "VP", "quản trị", "vi"],
  ["TC01", "Đỗ Văn Nam", "STC", "chuyên viên", "en"],
];

export const TASKS = [
  ["Mã nhiệm vụ", "Số ký hiệu văn bản", "Trích yếu", "Cơ quan chủ trì", "Cán bộ phụ trách", "Ngày giao", "Hạn hoàn thành"],
  ["NV-A1", "125/QĐ-UBND", "Báo cáo nhà ở xã hội <quý II> & kế hoạch_năm *2027*", "SXD", "XD01", "01/06/2026", "06/07/2026"],
  ["NV-A2", "88/KH-UBND", "Rà soát quy hoạch chung đô thị", "SXD", "XD01", "01/06/2026", "30/06/2026"],
  ["NV-A3", "19/CT-UBND", "Kiểm tra an toàn công trình", "SXD", "XD01", "01/06/2026", "20/07/2026"],
  ["NV-B1", "301/UBND-KT", "Thẩm định thiết kế cơ sở", "SXD", "XD02", "01/06/2026", "03/07/2026"],
  ["NV-C1", "47/TB-UBND", "Quyết toán vốn đầu tư", "STC", "TC01", "01/06/2026", "10/07/2026"],
  ["NV-D1", "12/UBND-TH", "Việc không người phụ trách", "SXD", "", "01/06/2026", "25/06/2026"],
];

export interface Clock {
  now(): Date;
  set(d: Date): void;
}

export function fixedClock(start: Date): Clock {
  let t = start;
  return { now: () => t, set: (d) => (t = d) };
}

export async function seededStore(kind: StoreKindName = "sqlite"): Promise<TestStore> {
  const store = await freshStore(kind);
  const dir = tempDir();
  const run = (...args: string[]) => cli(store.url, args, { now: NOW });
  await run(
    "import",
    "agencies",
    writeCsv(join(dir, "a.csv"), [
      ["agency_code", "agency_name"],
      ["VP", "Văn phòng UBND tỉnh"],
      ["SXD", "Sở Xây dựng"],
      ["STC", "Sở Tài chính"],
    ]),
  );
  await run("import", "officers", writeCsv(join(dir, "o.csv"), OFFICERS));
  const r = await run("import", "tasks", writeCsv(join(dir, "t.csv"), TASKS));
  if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  return store;
}

export async function linkCode(store: TestStore, officer: string, now: Date = NOW): Promise<string> {
  return (await cli(store.url, ["link", officer, "--json"], { now })).json<{ code: string }>().code;
}

/**
 * Sending limits loose enough that a functional test never waits on them; the limits themselves
 * are tested where they are the subject (test/e2e/delivery-limits.test.ts).
 */
export const FUNCTIONAL_LIMITS = {
  TELEGRAM_CHAT_PER_SECOND: "100",
  TELEGRAM_GROUP_PER_MINUTE: "1000",
  ZALO_CHAT_PER_SECOND: "100",
  ZALO_GROUP_PER_MINUTE: "1000",
};

export async function startBot(
  store: TestStore,
  env: Record<string, string>,
  clock: Clock,
  extra: Parameters<typeof createApp>[1] = {},
): Promise<App> {
  const config = loadConfig({ DATABASE_URL: store.url, LOG_LEVEL: "silent", ...FUNCTIONAL_LIMITS, ...env });
  const app = await createApp(config, {
    now: clock.now,
    log: createLogger("silent"),
    deliveryIntervalMs: 50,
    withoutScheduler: true,
    ...extra,
  });
  await app.start();
  await app.connected();
  return app;
}

export async function taskByCode(store: TestStore, code: string) {
  return store.db.task.findUniqueOrThrow({ where: { code } });
}

/** The real inbound handler on a store, without channels: a test hands it updates directly. */
export function directHandler(store: TestStore, now: Date = NOW) {
  return createInboundHandler({
    db: store.db,
    config: loadConfig({ DATABASE_URL: store.url }),
    log: createLogger("silent"),
    now: () => now,
    sweepNow: async () => ({}) as never,
  });
}

let said = 0;

/**
 * Says `text` from a private Telegram chat through the real inbound handler; resolves to the
 * replies that one message queued, in order.
 */
export async function sayFrom(store: TestStore, chatId: string, text: string): Promise<{ text: string; buttons?: unknown[] }[]> {
  const key = `said-${chatId}-${++said}`;
  await directHandler(store)(privateText(chatId, key, text));
  const rows = await store.db.outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `reply:telegram:${key}:` } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => (JSON.parse(r.payload) as { message: { text: string; buttons?: unknown[] } }).message);
}

/** A private text message from a linked Telegram chat, as the decoder would give it. */
export function privateText(chatId: string, updateKey: string, text: string, at: Date = NOW): InboundMessage {
  return {
    channel: "telegram",
    updateKey,
    chatId,
    chatType: "private",
    senderId: chatId,
    onBehalfOfChat: false,
    text,
    contentKind: "text",
    at,
  };
}
