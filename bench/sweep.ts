// The reminder sweep over many open tasks and officers, and the outbox sending what it queued
// (rendered from fresh task data) through a transport that accepts everything at once, so the
// figure is the bot's own cost. Then replies through the real inbound handler (bench/replies.ts).
import { reminderPolicy } from "../src/config.js";
import { rawSweep } from "./baselines.js";
import { benchReplies } from "./replies.js";
import { createRenderer } from "../src/delivery/render.js";
import { createReminderRenderer } from "../src/reminders/render.js";
import type { ChannelAdapter } from "../src/channels/channel.js";
import { loadConfig } from "../src/config.js";
import { createDeliverer } from "../src/delivery/deliverer.js";
import { createLogger } from "../src/log.js";
import { insertRows } from "../src/store/bulk-insert.js";
import type { Db } from "../src/store/client.js";
import { type BenchStore, freshProcess, row, timed } from "./support.js";

const NOW = new Date("2026-07-03T02:00:00Z"); // Friday 09:00 in Hanoi
const DUE = ["2026-06-10", "2026-06-30", "2026-07-03", "2026-07-04", "2026-07-06", "2026-07-20", "2026-08-15"];

export async function province(db: Db, officers: number, tasks: number): Promise<void> {
  const at = NOW;
  const agencies = 100;
  await insertRows(
    db as never,
    "Agency",
    Array.from({ length: agencies }, (_, i) => ({ code: `BA${i}`, name: `Cơ quan ${i}`, createdAt: at, updatedAt: at })),
  );
  const agencyIds = (await db.agency.findMany({ select: { id: true } })).map((a) => a.id);
  await insertRows(
    db as never,
    "Officer",
    Array.from({ length: officers }, (_, i) => ({
      code: `BO${i}`,
      fullName: `Cán bộ ${i}`,
      agencyId: agencyIds[i % agencies],
      role: i < agencies ? "agency_head" : "officer",
      language: "vi",
      active: true,
      createdAt: at,
      updatedAt: at,
    })),
  );
  const officerIds = (await db.officer.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((o) => o.id);
  await insertRows(
    db as never,
    "ChatAccount",
    officerIds.map((id) => ({
      officerId: id,
      channel: "bench",
      chatId: `c${id}`,
      userId: `c${id}`,
      status: "active",
      failureCount: 0,
      linkedAt: at,
      updatedAt: at,
    })),
  );
  await insertRows(
    db as never,
    "Task",
    Array.from({ length: tasks }, (_, i) => ({
      code: `BT-${i}`,
      documentNumber: `${i}/QĐ-UBND`,
      summary: `Nhiệm vụ ${i}: báo cáo tình hình thực hiện`,
      leadAgencyId: agencyIds[i % agencies],
      officerId: officerIds[i % officers],
      assignedDate: "2026-05-01",
      dueDate: DUE[i % DUE.length],
      originalDueDate: DUE[i % DUE.length],
      status: "open",
      createdAt: at,
      updatedAt: at,
    })),
  );
}

export async function benchSweep(stores: BenchStore[], officers: number, tasks: number, replies: number): Promise<void> {
  console.log(
    `\nsweep: ${tasks.toLocaleString("en")} open tasks, ${officers.toLocaleString("en")} officers (all linked); replies: ${replies.toLocaleString("en")}`,
  );
  console.log(row(["step", "seconds", "per second", "peak MB"]));
  const config = loadConfig({ LOG_LEVEL: "silent" });
  const log = createLogger("silent");
  for (const { kind, store, url } of stores) {
    const db = store.db;
    await province(db, officers, tasks);
    // In a fresh process: the peak memory is the sweep's, not the province's just loaded here.
    const sweep = freshProcess<{ messages: number; items: number }>("bench/sweep-child.mjs", [], {
      DATABASE_URL: url,
      SWEEP_AT: NOW.toISOString(),
    });
    console.log(
      row([
        `${kind}: sweep (fresh ${sweep.compiled ? "built" : "tsx"}), messages`,
        sweep.seconds,
        sweep.messages / sweep.seconds,
        sweep.maxRssMb,
      ]),
    );
    console.log(row([`${kind}:   (reminder items)`, sweep.items, sweep.items / sweep.seconds, ""]));
    // The same rows written straight in SQL: the database's own speed for this work.
    // The escalation cutoff of 03/07 (3 working days): 30/06, as core/reminders/policy.ts works it out.
    const raw = await timed(() => rawSweep(db, "2026-07-03", "2026-07-07", "2026-06-30", NOW, kind));
    console.log(row([`${kind}: same rows by raw SQL`, raw.seconds, "", raw.peakRssMb]));
    console.log(row([`${kind}:   (reminder items)`, raw.result, raw.result / raw.seconds, ""]));
    console.log(`    sweep ÷ raw SQL: ${(sweep.seconds / raw.seconds).toFixed(2)}×   (goal ≤ 3×, ≤ 200 MB)`);

    let sent = 0;
    const transport: ChannelAdapter = {
      name: "bench" as never,
      maxTextLength: 4096,
      supportsButtons: true,
      files: "none",
      send: async () => ({ kind: "sent", messageIds: [String(++sent)] }),
      start: async () => undefined,
      state: () => ({ status: "up" }),
      connected: async () => undefined,
      stop: async () => undefined,
    };
    const deliverer = createDeliverer({
      db,
      channels: new Map([["bench", transport]]),
      log,
      now: () => NOW,
      ...createRenderer({
        reminder: createReminderRenderer({ db, zone: config.TIME_ZONE, policy: reminderPolicy(config), now: () => NOW }),
      }),
      onUnreachable: async () => undefined,
      onGaveUp: async () => undefined,
      zone: config.TIME_ZONE,
    });
    const delivery = await timed(() => deliverer.deliverDue());
    console.log(row([`${kind}: outbox render + send`, delivery.seconds, delivery.result / delivery.seconds, delivery.peakRssMb]));

    await benchReplies(kind, db, config, replies);
  }
}
