import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { reminderPolicy } from "../../../src/config.js";
import { runSweep, type SweepDeps } from "../../../src/reminders/sweep.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { manyOfficers } from "../../support/many-officers.js";
import { type TestStore, freshStore, storeKinds } from "../../support/stores.js";

const NOW = new Date("2026-07-03T02:00:00Z"); // Friday 09:00 in Hanoi
function remindProcess(url: string): Promise<{ code: number | null; result: { messages: number }; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "remind", "--json", "--at", NOW.toISOString()], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "debug" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.on("exit", (code) =>
      resolve({ code, stderr: err, result: code === 0 && out ? (JSON.parse(out) as { messages: number }) : { messages: 0 } }),
    );
  });
}

const deps = (db: SweepDeps["db"]): SweepDeps => ({
  db,
  zone: "Asia/Ho_Chi_Minh",
  policy: reminderPolicy(loadConfig({})),
  log: createLogger("silent"),
});

async function exactlyOnce(store: TestStore, officers: number): Promise<void> {
  const outbox = await store.db.outboxMessage.findMany({ where: { kind: "reminder" }, select: { officerId: true } });
  expect(outbox).toHaveLength(officers);
  expect(new Set(outbox.map((o) => o.officerId)).size).toBe(officers);
  expect(await store.db.reminder.count()).toBe(officers);
}

describe.each(storeKinds())("reminder sweeps on %s", (kind) => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  it("two `remind` processes at once queue every reminder exactly once", async () => {
    store = await freshStore(kind);
    await manyOfficers(store.db, 1500, NOW);
    const runs = await Promise.all([remindProcess(store.url), remindProcess(store.url)]);
    expect(
      runs.map((r) => r.code),
      runs.map((r) => r.stderr).join("\n"),
    ).toEqual([0, 0]);
    expect(runs[0]!.result.messages + runs[1]!.result.messages).toBe(1500);
    await exactlyOnce(store, 1500);
  });

  it("a sweep on a weekend or holiday sends nothing; the next working day catches up 'before' reminders", async () => {
    store = await freshStore(kind);
    const agency = await store.db.agency.create({ data: { code: "A", name: "A" } });
    const o = await store.db.officer.create({ data: { code: "O1", fullName: "Ô Một", agencyId: agency.id } });
    await store.db.chatAccount.create({ data: { officerId: o.id, channel: "telegram", chatId: "1", userId: "1" } });
    // Due Tuesday 7 July: "3 days before" is Saturday 4 July.
    await store.db.task.create({
      data: {
        code: "K1",
        summary: "Việc",
        leadAgencyId: agency.id,
        officerId: o.id,
        assignedDate: "2026-06-01",
        dueDate: "2026-07-07",
        originalDueDate: "2026-07-07",
      },
    });
    await store.db.holiday.create({ data: { date: "2026-07-06", name: "Nghỉ bù" } });
    expect((await runSweep(deps(store.db), new Date("2026-07-04T02:00:00Z"))).skipped).toBe("non_working_day");
    expect((await runSweep(deps(store.db), new Date("2026-07-06T02:00:00Z"))).skipped).toBe("non_working_day");
    const friday = await runSweep(deps(store.db), NOW);
    expect(friday.messages).toBe(0);
    // Tuesday is the day itself and also covers Saturday's missed reminder: one message.
    const tuesday = await runSweep(deps(store.db), new Date("2026-07-07T02:00:00Z"));
    expect(tuesday).toMatchObject({ messages: 1, items: 1 });
  });
});

describe("a sweep killed halfway", () => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  it("leaves nothing that the next run does not finish, and nothing twice", async () => {
    store = await freshStore("sqlite");
    const officers = 3000;
    await manyOfficers(store.db, officers, NOW);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "remind", "--at", NOW.toISOString()], {
      env: { ...process.env, DATABASE_URL: store.url, LOG_LEVEL: "silent" },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    // Kill it as soon as it has queued something, before it finishes.
    for (let i = 0; i < 2000; i++) {
      if ((await store.db.outboxMessage.count()) > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await exited;
    const queuedBefore = await store.db.outboxMessage.count();
    const run = await store.db.sweepRun.findFirst();
    expect(queuedBefore).toBeGreaterThan(0);
    expect(queuedBefore).toBeLessThan(officers);
    expect(run?.finishedAt ?? null).toBeNull();

    const rerun = await runSweep(deps(store.db), new Date(NOW.getTime() + 60_000));
    expect(rerun.messages).toBe(officers - queuedBefore);
    expect(rerun.alreadyQueued).toBe(queuedBefore);
    await exactlyOnce(store, officers);
    expect((await store.db.sweepRun.findFirstOrThrow()).finishedAt).not.toBeNull();
  });
});
