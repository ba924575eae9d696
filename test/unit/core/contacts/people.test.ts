import { describe, expect, it } from "vitest";
import { isAdmin, isLeader, mayAct, pickDeliveryAccount } from "../../../../src/core/contacts/people.js";

describe("people", () => {
  it("reaches a person on their preferred channel, else the chat linked last, and a console chat only when nothing else", () => {
    const telegram = { channel: "telegram", chatId: "1" };
    const zalo = { channel: "zalo", chatId: "2" };
    const console = { channel: "console", chatId: "console-XD01" };
    expect(pickDeliveryAccount(null, [zalo, telegram])).toBe(zalo);
    expect(pickDeliveryAccount("telegram", [zalo, telegram])).toBe(telegram);
    // /la XD01 in the console, then the bot runs on Telegram: Telegram gets the reminders.
    expect(pickDeliveryAccount(null, [console, telegram])).toBe(telegram);
    expect(pickDeliveryAccount(null, [console])).toBe(console);
    expect(pickDeliveryAccount(null, [])).toBeUndefined();
  });

  it("lets the officer, the agency head of an unassigned task, or an admin act on a task — no one else", () => {
    const task = { officerId: 7, leadAgencyId: 3 };
    const unassigned = { officerId: null, leadAgencyId: 3 };
    expect(mayAct({ id: 7, role: "officer", agencyId: 3 }, task)).toBe(true);
    expect(mayAct({ id: 8, role: "officer", agencyId: 3 }, task)).toBe(false);
    expect(mayAct({ id: 9, role: "agency_head", agencyId: 3 }, task)).toBe(false);
    expect(mayAct({ id: 9, role: "agency_head", agencyId: 3 }, unassigned)).toBe(true);
    expect(mayAct({ id: 9, role: "agency_head", agencyId: 4 }, unassigned)).toBe(false);
    expect(mayAct({ id: 1, role: "admin", agencyId: 1 }, task)).toBe(true);
    expect([isAdmin({ role: "admin" }), isAdmin({ role: "leader" }), isLeader({ role: "admin" }), isLeader({ role: "officer" })]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});
