// Bulk writes go around Prisma's per-parameter cost (SQLite: the transaction's own connection;
// PostgreSQL: one JSON parameter per chunk). They must still be part of the transaction and store
// values exactly as Prisma does, so that everything reads them back the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTasks } from "../../../src/store/audit-repo.js";
import { insertRows, valuesIn } from "../../../src/store/bulk-insert.js";
import { inTransaction } from "../../../src/store/tx.js";
import { type TestStore, freshStore, storeKinds } from "../../support/stores.js";

describe.each(storeKinds())("bulk inserts on %s", (kind) => {
  let store: TestStore;
  let agencyId: number;
  beforeAll(async () => {
    store = await freshStore(kind);
    agencyId = (await store.db.agency.create({ data: { code: "SXD", name: "Sở Xây dựng" } })).id;
  });
  afterAll(() => store?.dispose());

  const at = new Date("2026-07-03T02:00:00.123Z");
  const task = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    summary: `Việc ${code} — "ngoặc" & 'nháy'`,
    leadAgencyId: agencyId,
    officerId: null,
    assignedDate: "2026-06-01",
    dueDate: "2026-07-10",
    originalDueDate: "2026-07-10",
    status: "open",
    reportNote: null,
    ...extra,
  });

  it("writes rows inside the transaction, reads them back as Prisma wrote them, and rolls back with it", async () => {
    const ids = await inTransaction(store.db, async (tx) => {
      const rows = await insertRows(
        tx,
        "Task",
        [task("B-1"), task("B-2", { reportedAt: at, reportedOn: "2026-07-02", status: "reported" })],
        ["id", "code"],
        undefined,
        {
          createdAt: at,
          updatedAt: at,
        },
      );
      // Seen by the transaction's own reads at once.
      expect(await tx.task.count({ where: { code: { in: ["B-1", "B-2"] } } })).toBe(2);
      return rows;
    });
    expect(ids.map((r) => r.code)).toEqual(["B-1", "B-2"]);
    expect(ids.every((r) => typeof r.id === "number")).toBe(true);
    const b2 = await store.db.task.findUniqueOrThrow({ where: { code: "B-2" } });
    expect(b2.id).toBe(ids[1]!.id);
    expect(b2.reportedAt?.toISOString()).toBe(at.toISOString());
    expect(b2.createdAt.toISOString()).toBe(at.toISOString());
    expect(b2.summary).toBe(`Việc B-2 — "ngoặc" & 'nháy'`);
    expect(b2.reportNote).toBeNull();
    // A date written in bulk compares in SQL like one Prisma wrote.
    expect(await store.db.task.count({ where: { code: { startsWith: "B-" }, createdAt: { gte: at } } })).toBe(2);

    await expect(
      inTransaction(store.db, async (tx) => {
        await insertRows(tx, "Task", [task("B-3"), task("B-4")], ["id"], undefined, { createdAt: at, updatedAt: at });
        throw new Error("the import found a problem after writing");
      }),
    ).rejects.toThrow("the import found a problem");
    expect(await store.db.task.count({ where: { code: { in: ["B-3", "B-4"] } } })).toBe(0);
  });

  it("leaves out rows that break a unique key when told to, and returns only those written", async () => {
    const rows = await inTransaction(store.db, (tx) =>
      insertRows(
        tx,
        "OutboxMessage",
        ["k-1", "k-1", "k-2"].map((dedupeKey) => ({
          dedupeKey,
          kind: "notice",
          channel: "telegram",
          chatId: "1",
          payload: "{}",
          status: "pending",
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at,
        })),
        ["id", "dedupeKey"],
        ["dedupeKey"],
      ),
    );
    expect(rows.map((r) => r.dedupeKey)).toEqual(["k-1", "k-2"]);
    expect(await store.db.outboxMessage.count()).toBe(2);
  });

  it("writes booleans, and outside a transaction too", async () => {
    await insertRows(store.db, "Officer", [
      {
        code: "O-1",
        fullName: "Ô",
        agencyId,
        role: "officer",
        language: "vi",
        active: false,
        receivesReport: true,
        createdAt: at,
        updatedAt: at,
      },
    ]);
    const o = await store.db.officer.findUniqueOrThrow({ where: { code: "O-1" } });
    expect([o.active, o.receivesReport]).toEqual([false, true]);
  });

  it("audits many tasks with one statement, each entry naming its task's code", async () => {
    const tasks = await store.db.task.findMany({ where: { code: { in: ["B-1", "B-2"] } }, orderBy: { code: "asc" } });
    await inTransaction(store.db, (tx) =>
      auditTasks(
        tx,
        tasks.map((t) => t.id),
        { at, actor: "QT01", channel: "import", action: "task.imported" },
      ),
    );
    const history = await store.db.auditEntry.findMany({ where: { action: "task.imported" }, orderBy: { entityId: "asc" } });
    expect(history.map((h) => [h.entityId, JSON.parse(h.details!), h.actor, h.at.toISOString()])).toEqual(
      tasks.map((t) => [String(t.id), { code: t.code }, "QT01", at.toISOString()]),
    );
  });

  it("finds many codes with one parameter", async () => {
    const codes = Array.from({ length: 3000 }, (_, i) => `X-${i}`).concat(["B-1", "B-2"]);
    const found = await store.db.$queryRaw<
      { code: string }[]
    >`SELECT "code" FROM "Task" WHERE "code" IN ${valuesIn(store.db, codes)} ORDER BY "code"`;
    expect(found.map((r) => r.code)).toEqual(["B-1", "B-2"]);
  });
});
