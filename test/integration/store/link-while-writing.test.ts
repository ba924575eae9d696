// Finding 6 (second part) of issue 11: on SQLite, another process writing (`dondoc link` issuing a
// code) while the bot redeemed a /start code made the redemption fail with SQLITE_BUSY_SNAPSHOT:
// its transaction read first (the code, the attempts) and upgraded to a write on a snapshot the
// other process had made stale. Transactions now take the write lock when they begin, so the other
// writer waits for the bot (or the bot for it) instead of one failing.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAudit } from "../../../src/store/audit-repo.js";
import { findOfficerByCode } from "../../../src/store/contacts-repo.js";
import { inTransaction } from "../../../src/store/tx.js";
import { NOW, directHandler, linkCode, privateText, seededStore } from "../../support/bot-fixture.js";
import type { TestStore } from "../../support/stores.js";

const betterSqlite = fileURLToPath(import.meta.resolve("better-sqlite3"));

/**
 * Another process (as `dondoc link` is): on "go" it says "trying", takes the write lock (waiting
 * up to 15 s for it), writes, holds the lock 300 ms and commits.
 */
function otherWriter(path: string): { child: ChildProcess; said(word: string): Promise<void>; done: Promise<unknown> } {
  const script = `
    const Database = require(${JSON.stringify(betterSqlite)});
    const db = new Database(${JSON.stringify(path)}, { timeout: 15000 });
    process.stdin.once("data", () => {
      process.stdout.write("trying\\n");
      db.prepare("BEGIN IMMEDIATE").run();
      db.prepare('UPDATE "Officer" SET "title" = ? WHERE "code" = ?').run("Chuyên viên chính", "XD02");
      process.stdout.write("locked\\n");
      setTimeout(() => { db.prepare("COMMIT").run(); db.close(); process.exit(0); }, 300);
    });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  return {
    child,
    async said(word) {
      while (!out.includes(word)) await sleep(10);
    },
    done: once(child, "exit"),
  };
}

describe("a transaction while another process writes (SQLite)", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await seededStore("sqlite");
  });
  afterAll(() => store?.dispose());

  it("reads, lets the other process try to write, then writes: both writes land, neither fails", async () => {
    const writer = otherWriter(store.url.replace(/^file:/, ""));
    await inTransaction(store.db, async (tx) => {
      const officer = await findOfficerByCode(tx, "XD01");
      writer.child.stdin!.write("go\n");
      await writer.said("trying");
      // Long enough for the other process to take the lock, were it free.
      await sleep(150);
      await addAudit(tx, {
        at: NOW,
        actor: "test",
        channel: "telegram",
        action: "chat_account.linked",
        entity: "officer",
        entityId: officer!.id,
        details: {},
      });
    });
    expect(await writer.done).toEqual([0, null]);
    expect(await store.db.auditEntry.count({ where: { actor: "test" } })).toBe(1);
    expect((await store.db.officer.findUniqueOrThrow({ where: { code: "XD02" } })).title).toBe("Chuyên viên chính");
  });

  it("a /start code redeemed while `dondoc link` holds the lock links the chat once the lock is free", async () => {
    const code = await linkCode(store, "XD01");
    const writer = otherWriter(store.url.replace(/^file:/, ""));
    writer.child.stdin!.write("go\n");
    await writer.said("locked");
    await directHandler(store)(privateText("9700", "link-busy-1", `/start ${code}`));
    await writer.done;
    expect(await store.db.chatAccount.findFirst({ where: { chatId: "9700" }, include: { officer: true } })).toMatchObject({
      officer: { code: "XD01" },
    });
  });
});
