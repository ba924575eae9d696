import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { reminderPolicy } from "../../../src/config.js";
import { createReminderRenderer } from "../../../src/reminders/render.js";
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

describe.each(storeKinds())("who a sweep tells what, on %s", (kind) => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  /** An agency with a head (linked on Telegram and Zalo, Zalo preferred), officers and their tasks. */
  async function province() {
    store = await freshStore(kind);
    const db = store.db;
    const agency = await db.agency.create({ data: { code: "SXD", name: "Sở Xây dựng" } });
    const other = await db.agency.create({ data: { code: "STC", name: "Sở Tài chính" } });
    const officer = (code: string, agencyId: number, role = "officer", preferredChannel: string | null = null) =>
      db.officer.create({ data: { code, fullName: code, agencyId, role, preferredChannel } });
    const head = await officer("GD", agency.id, "agency_head", "zalo");
    const a = await officer("A", agency.id);
    const b = await officer("B", agency.id); // never linked
    const c = await officer("C", agency.id); // linked on the console and on Telegram
    const otherHead = await officer("GD2", other.id, "agency_head");
    const link = (officerId: number, channel: string, chatId: string, linkedAt = NOW) =>
      db.chatAccount.create({ data: { officerId, channel, chatId, userId: chatId, linkedAt } });
    await link(head.id, "telegram", "100");
    await link(head.id, "zalo", "z100", new Date(NOW.getTime() - 86_400_000)); // older, but preferred
    await link(a.id, "telegram", "101");
    await link(c.id, "telegram", "103", new Date(NOW.getTime() - 86_400_000));
    await link(c.id, "console", "console-C"); // newer, yet the console comes last
    await link(otherHead.id, "telegram", "200");
    let n = 0;
    const task = (officerId: number | null, dueDate: string, leadAgencyId = agency.id) =>
      db.task.create({
        data: {
          code: `K${++n}`,
          summary: `Việc ${n}`,
          leadAgencyId,
          officerId,
          assignedDate: "2026-06-01",
          dueDate,
          originalDueDate: dueDate,
        },
      });
    const t = {
      aLate: await task(a.id, "2026-06-25"), // overdue long enough: A, and the head
      aSoon: await task(a.id, "2026-07-06"), // 3 days before (Monday): A
      aFar: await task(a.id, "2026-07-20"), // nothing today
      aJustLate: await task(a.id, "2026-07-02"), // overdue one working day: A only
      bLate: await task(b.id, "2026-06-25"), // B cannot be reached; the head still hears of it
      cToday: await task(c.id, "2026-07-03"), // due today: C
      nobody: await task(null, "2026-07-01"), // no officer: the head is responsible (no escalation to them)
      headsOwn: await task(head.id, "2026-06-20"), // the head's own late task: overdue, not escalated to themself
      otherLate: await task(null, "2026-06-10", other.id), // another agency: its own head
    };
    await db.task.create({
      data: {
        code: "DONE",
        summary: "Xong",
        leadAgencyId: agency.id,
        officerId: a.id,
        assignedDate: "2026-06-01",
        dueDate: "2026-06-25",
        originalDueDate: "2026-06-25",
        status: "confirmed",
        reportedOn: "2026-06-24",
      },
    });
    return { db, head, a, b, c, otherHead, t };
  }

  it("tells each officer of their own tasks, and the agency head of late and unassigned ones, on the chat they use", async () => {
    const { db, head, a, b, c, otherHead, t } = await province();
    const result = await runSweep(deps(db), NOW);
    const reminders = await db.reminder.findMany({ select: { taskId: true, kind: true, officerId: true, outboxId: true } });
    const heard = (officerId: number) =>
      reminders
        .filter((r) => r.officerId === officerId)
        .map((r) => `${r.taskId}:${r.kind}`)
        .sort();
    const of = (...items: [{ id: number }, string][]) => items.map(([task, k]) => `${task.id}:${k}`).sort();
    expect(heard(a.id)).toEqual(of([t.aLate, "overdue"], [t.aSoon, "before"], [t.aJustLate, "overdue"]));
    expect(heard(c.id)).toEqual(of([t.cToday, "before"]));
    expect(heard(head.id)).toEqual(of([t.aLate, "escalation"], [t.bLate, "escalation"], [t.nobody, "overdue"], [t.headsOwn, "overdue"]));
    expect(heard(otherHead.id)).toEqual(of([t.otherLate, "overdue"]));
    // B has no chat: nothing is recorded for them, and the sweep says who could not be reached.
    expect(heard(b.id)).toEqual([]);
    expect(result.unreachableOfficerIds).toEqual([b.id]);
    expect(result).toMatchObject({ planned: 10, alreadyQueued: 0, messages: 4, items: 9 });

    const messages = await db.outboxMessage.findMany({ orderBy: { officerId: "asc" } });
    const to = (officerId: number) => messages.find((m) => m.officerId === officerId)!;
    expect(messages).toHaveLength(4);
    expect([to(head.id).channel, to(head.id).chatId]).toEqual(["zalo", "z100"]); // preferred channel
    expect([to(c.id).channel, to(c.id).chatId]).toEqual(["telegram", "103"]); // not the console
    expect(to(otherHead.id).kind).toBe("reminder");
    // Each reminder row points at its recipient's message: that is what the message will say.
    for (const r of reminders) expect(messages.find((m) => m.id === r.outboxId)?.officerId).toBe(r.officerId);

    // A second sweep the same day queues nothing; once B links, it queues B's alone.
    expect(await runSweep(deps(db), new Date(NOW.getTime() + 60_000))).toMatchObject({ planned: 10, alreadyQueued: 9, messages: 0 });
    await db.chatAccount.create({ data: { officerId: b.id, channel: "telegram", chatId: "102", userId: "102" } });
    const later = await runSweep(deps(db), new Date(NOW.getTime() + 120_000));
    expect(later).toMatchObject({ planned: 10, alreadyQueued: 9, messages: 1, items: 1, unreachableOfficerIds: [] });
  });

  it("a message of escalations only is an escalation; a dry run shows the plan and writes nothing", async () => {
    const { db, head, b, t } = await province();
    await db.task.updateMany({ where: { officerId: head.id }, data: { status: "cancelled" } });
    await db.task.update({ where: { id: t.nobody.id }, data: { status: "cancelled" } });
    const dry = await runSweep(deps(db), NOW, { dryRun: true });
    const headPlan = dry.plan!.find((p) => p.officerId === head.id)!;
    expect(headPlan.channel).toBe("zalo");
    expect(headPlan.items.map((i) => [i.taskId, i.kind])).toEqual([
      [t.aLate.id, "escalation"],
      [t.bLate.id, "escalation"],
    ]);
    expect(dry.plan!.find((p) => p.officerId === b.id)?.channel).toBeNull();
    expect(dry.unreachableOfficerIds).toEqual([b.id]);
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await db.reminder.count()).toBe(0);
    expect(await db.sweepRun.count()).toBe(0);

    await runSweep(deps(db), NOW);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { officerId: head.id } })).kind).toBe("escalation");
  });
});

describe.each(storeKinds())("a queued reminder says what its Reminder rows say, on %s", (kind) => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  it("renders the items recorded for it, leaves out a task completed since, and still reads an older row's own list", async () => {
    store = await freshStore(kind);
    const db = store.db;
    const agency = await db.agency.create({ data: { code: "SXD", name: "Sở Xây dựng" } });
    const a = await db.officer.create({ data: { code: "A", fullName: "Nguyễn Văn A", agencyId: agency.id } });
    await db.chatAccount.create({ data: { officerId: a.id, channel: "telegram", chatId: "101", userId: "101" } });
    const task = (code: string, dueDate: string) =>
      db.task.create({
        data: {
          code,
          summary: `Việc ${code}`,
          leadAgencyId: agency.id,
          officerId: a.id,
          assignedDate: "2026-06-01",
          dueDate,
          originalDueDate: dueDate,
        },
      });
    const late = await task("LATE-1", "2026-06-30");
    const soon = await task("SOON-2", "2026-07-06");
    await runSweep(deps(db), NOW);
    const renderer = createReminderRenderer({ db, zone: "Asia/Ho_Chi_Minh", policy: deps(db).policy, now: () => NOW });
    const row = await db.outboxMessage.findFirstOrThrow({ where: { officerId: a.id } });
    const render = async (r: typeof row) => (await renderer.render(r, JSON.parse(r.payload)))?.message.text ?? null;
    const text = await render(row);
    expect(text).toContain("LATE-1");
    expect(text).toContain("SOON-2");
    // Prepared with its batch (the sender's way) it says the same.
    await renderer.prepare([row]);
    expect(await render(row)).toBe(text);

    await db.task.update({ where: { id: soon.id }, data: { status: "reported", reportedOn: "2026-07-03" } });
    await renderer.prepare([row]); // the sender's next round reads the tasks again
    const after = await render(row);
    expect(after).toContain("LATE-1");
    expect(after).not.toContain("SOON-2");

    // A reminder queued by an older version lists its items in its payload, with no Reminder rows.
    const legacy = await db.outboxMessage.create({
      data: {
        dedupeKey: "reminder:2026-07-03:older",
        kind: "reminder",
        channel: "telegram",
        chatId: "101",
        officerId: a.id,
        payload: JSON.stringify({ type: "reminder", day: "2026-07-03", items: [{ taskId: late.id, kind: "overdue" }] }),
        nextAttemptAt: NOW,
        createdAt: NOW,
      },
    });
    const older = await render(legacy);
    expect(older).toContain("LATE-1");
    expect(older).not.toContain("SOON-2");
  });
});

describe("a sweep killed halfway", () => {
  let store: TestStore;
  afterEach(() => store?.dispose());

  it("leaves nothing that the next run does not finish, and nothing twice", async () => {
    store = await freshStore("sqlite");
    // Six batches of 1,000 recipients: the kill lands between two of them.
    const officers = 6000;
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
