import { describe, expect, it } from "vitest";
import { cancel, confirmDone, reopen, reportDone } from "../../../../src/core/tasks/lifecycle.js";
import type { TaskStatus } from "../../../../src/core/tasks/task.js";

const ZONE = "Asia/Ho_Chi_Minh";
const at = (s: TaskStatus) => ({ status: s });
// 16:30 UTC is 23:30 on 30/06 in Hà Nội; an hour later it is already 01/07 there.
const LATE_EVENING = new Date("2026-06-30T16:30:00Z");
const AFTER_MIDNIGHT = new Date("2026-06-30T17:30:00Z"); // 00:30 on 01/07 in Hà Nội

describe("task life cycle", () => {
  it("reports an open task done on the local day of the report, waiting for confirmation", () => {
    const step = reportDone(at("open"), { at: LATE_EVENING, zone: ZONE, byOfficerId: 7, via: "telegram", note: "  đã trình  " });
    expect(step).toMatchObject({
      ok: true,
      action: "task.reported",
      changes: { status: "reported", reportedOn: "2026-06-30", reportedById: 7, reportNote: "đã trình", confirmedAt: null },
    });
    const next = reportDone(at("open"), { at: AFTER_MIDNIGHT, zone: ZONE, byOfficerId: 7, via: "zalo" });
    expect(next.ok && next.changes.reportedOn).toBe("2026-07-01");
  });

  it("confirms at once when the deployment needs no confirmation", () => {
    const step = reportDone(at("open"), { at: LATE_EVENING, zone: ZONE, byOfficerId: 7, via: "console", autoConfirm: true });
    expect(step).toMatchObject({ ok: true, changes: { status: "confirmed", confirmedBy: "auto" } });
  });

  it("refuses to report twice, or a cancelled task", () => {
    const input = { at: LATE_EVENING, zone: ZONE, byOfficerId: 7, via: "telegram" };
    expect(reportDone(at("reported"), input)).toEqual({ ok: false, reason: "already_reported" });
    expect(reportDone(at("confirmed"), input)).toEqual({ ok: false, reason: "already_confirmed" });
    expect(reportDone(at("cancelled"), input)).toEqual({ ok: false, reason: "cancelled" });
  });

  it("confirms only a reported completion", () => {
    expect(confirmDone(at("reported"), LATE_EVENING, "QT01")).toMatchObject({
      ok: true,
      changes: { status: "confirmed", confirmedBy: "QT01" },
    });
    expect(confirmDone(at("open"), LATE_EVENING, "QT01")).toEqual({ ok: false, reason: "not_reported" });
    expect(confirmDone(at("confirmed"), LATE_EVENING, "QT01")).toEqual({ ok: false, reason: "already_confirmed" });
    expect(confirmDone(at("cancelled"), LATE_EVENING, "QT01")).toEqual({ ok: false, reason: "cancelled" });
  });

  it("reopens a reported or confirmed task and forgets the report", () => {
    for (const s of ["reported", "confirmed"] as const) {
      const step = reopen(at(s));
      expect(step).toMatchObject({ ok: true, action: "task.reopened", changes: { status: "open", reportedAt: null, reportedOn: null } });
    }
    expect(reopen(at("open"))).toEqual({ ok: false, reason: "not_reported" });
  });

  it("cancels anything but a cancelled task", () => {
    expect(cancel(at("open"))).toMatchObject({ ok: true, changes: { status: "cancelled" } });
    expect(cancel(at("reported"))).toMatchObject({ ok: true });
    expect(cancel(at("cancelled"))).toEqual({ ok: false, reason: "cancelled" });
  });
});
