// The limits the product is measured against: the same work done directly — the sweep's rows
// written by INSERT … SELECT statements, the report's figures and appendices by plain SQL (and
// the sheet read by exceljs alone: exceljs-read.mjs). The bench prints the product's time over these.
import { Prisma } from "../src/generated/prisma/client.js";
import type { Db } from "../src/store/client.js";

/**
 * The sweep's rows straight in SQL (under a day of its own, so they never meet the product's):
 * one message per linked recipient — an officer with an open task due by `horizon`, or an agency
 * head with a task of the agency due on or before `escalateThrough` — and one reminder row per
 * item, escalations included: the same rows the product writes for the bench's province.
 */
export async function rawSweep(db: Db, day: string, horizon: string, escalateThrough: string, at: Date, kind: string): Promise<number> {
  const tag = `raw-${day}`;
  // SQLite plans these joins badly without hints: CROSS JOIN keeps the order written, and
  // `"status" || ''` keeps it on the (officerId, status) index rather than scanning by status.
  const join = Prisma.raw(kind === "sqlite" ? "CROSS JOIN" : "JOIN");
  const heads = Prisma.sql`FROM "Officer" h ${join} "Task" t ON t."leadAgencyId" = h."agencyId"
    WHERE h."role" = 'agency_head' AND h."active" AND t."status" = 'open' AND t."dueDate" <= ${escalateThrough} AND t."officerId" <> h."id"`;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "OutboxMessage" ("dedupeKey", "kind", "channel", "chatId", "officerId", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
        SELECT ${tag} || ':' || CAST(o."id" AS TEXT), 'reminder', a."channel", a."chatId", o."id", '{}', 'raw', 0, ${at}, ${at}
        FROM (SELECT "officerId" AS "id" FROM "Task" WHERE "status" = 'open' AND "dueDate" <= ${horizon} AND "officerId" IS NOT NULL
              UNION SELECT h."id" ${heads}) o
        JOIN "ChatAccount" a ON a."officerId" = o."id" AND a."status" = 'active'`;
      const own = await tx.$executeRaw`
        INSERT INTO "Reminder" ("taskId", "kind", "day", "officerId", "outboxId", "createdAt")
        SELECT t."id", CASE WHEN t."dueDate" < ${day} THEN 'overdue' ELSE 'before' END, ${tag}, t."officerId", m."id", ${at}
        FROM "OutboxMessage" m ${join} "Task" t ON t."officerId" = m."officerId"
        WHERE m."status" = 'raw' AND t."status" || '' = 'open' AND t."dueDate" <= ${horizon}`;
      const escalated = await tx.$executeRaw`
        INSERT INTO "Reminder" ("taskId", "kind", "day", "officerId", "outboxId", "createdAt")
        SELECT t."id", 'escalation', ${tag}, h."id", m."id", ${at}
        FROM "OutboxMessage" m ${join} "Officer" h ON h."id" = m."officerId" ${join} "Task" t ON t."leadAgencyId" = h."agencyId"
        WHERE m."status" = 'raw' AND h."role" = 'agency_head' AND h."active" AND t."status" = 'open'
          AND t."dueDate" <= ${escalateThrough} AND t."officerId" <> h."id"`;
      return own + escalated;
    },
    { timeout: 600_000 },
  );
}

/** The report's section 1 counts and its three appendices' rows, in plain SQL. */
export async function rawReport(db: Db, first: string, last: string, cutoff: string, yearStart: string): Promise<number> {
  const counts = await db.$queryRaw<Record<string, bigint | number>[]>`
    SELECT
      SUM(CASE WHEN "assignedDate" BETWEEN ${first} AND ${cutoff} THEN 1 ELSE 0 END) AS assigned,
      SUM(CASE WHEN "dueDate" BETWEEN ${first} AND ${last} THEN 1 ELSE 0 END) AS due,
      SUM(CASE WHEN "dueDate" BETWEEN ${first} AND ${last} AND "status" IN ('reported','confirmed') AND "reportedOn" <= ${cutoff} THEN 1 ELSE 0 END) AS done,
      SUM(CASE WHEN "assignedDate" BETWEEN ${yearStart} AND ${cutoff} THEN 1 ELSE 0 END) AS year,
      SUM(CASE WHEN "assignedDate" BETWEEN ${yearStart} AND ${cutoff} AND "status" IN ('reported','confirmed') AND "reportedOn" <= ${cutoff} AND "reportedOn" <= "dueDate" THEN 1 ELSE 0 END) AS ontime
    FROM "Task" WHERE "status" <> 'cancelled'`;
  const appendix = (where: Prisma.Sql) =>
    db.$queryRaw<unknown[]>`SELECT t.*, a."name", o."fullName" FROM "Task" t JOIN "Agency" a ON a."id" = t."leadAgencyId"
      LEFT JOIN "Officer" o ON o."id" = t."officerId" WHERE t."status" <> 'cancelled' AND ${where} ORDER BY t."dueDate", t."code"`;
  const [a1, a2, a3] = await Promise.all([
    appendix(
      Prisma.sql`t."dueDate" BETWEEN ${first} AND ${last} AND t."status" IN ('reported','confirmed') AND t."reportedOn" <= ${cutoff} AND t."reportedOn" > t."dueDate"`,
    ),
    appendix(
      Prisma.sql`t."assignedDate" BETWEEN ${yearStart} AND ${cutoff} AND t."dueDate" < ${cutoff} AND (t."status" = 'open' OR (t."status" IN ('reported','confirmed') AND t."reportedOn" > ${cutoff}))`,
    ),
    appendix(Prisma.sql`t."assignedDate" BETWEEN ${yearStart} AND ${cutoff} AND t."status" = 'reported' AND t."reportedOn" <= ${cutoff}`),
  ]);
  return counts.length + a1.length + a2.length + a3.length;
}
