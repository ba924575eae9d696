// A province of many linked officers, each with an overdue task: the load for sweep tests.
import type { Db } from "../../src/store/client.js";
import { insertRows } from "../../src/store/bulk-insert.js";

export async function manyOfficers(db: Db, count: number, at: Date): Promise<void> {
  const agency = await db.agency.create({ data: { code: `MANY${count}`, name: `Cơ quan thử ${count}` } });
  await insertRows(
    db as never,
    "Officer",
    Array.from({ length: count }, (_, i) => ({
      code: `M${count}-${i}`,
      fullName: `Cán bộ ${i}`,
      agencyId: agency.id,
      role: "officer",
      language: "vi",
      active: true,
      createdAt: at,
      updatedAt: at,
    })),
  );
  const officers = await db.officer.findMany({ where: { agencyId: agency.id }, select: { id: true, code: true } });
  await insertRows(
    db as never,
    "ChatAccount",
    officers.map((o) => ({
      officerId: o.id,
      channel: "telegram",
      chatId: `9${o.id}`,
      userId: `9${o.id}`,
      status: "active",
      failureCount: 0,
      linkedAt: at,
      updatedAt: at,
    })),
  );
  await insertRows(
    db as never,
    "Task",
    officers.map((o) => ({
      code: `T-${o.code}`,
      summary: `Nhiệm vụ của ${o.code}`,
      leadAgencyId: agency.id,
      officerId: o.id,
      assignedDate: "2026-06-01",
      dueDate: "2026-06-30",
      originalDueDate: "2026-06-30",
      status: "open",
      createdAt: at,
      updatedAt: at,
    })),
  );
}
