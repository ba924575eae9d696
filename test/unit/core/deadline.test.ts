import { describe, expect, it } from "vitest";
import { workCalendar } from "../../../src/core/calendar/working-days.js";
import { zonedInstant } from "../../../src/core/calendar/zone.js";
import { deadlineStatus } from "../../../src/core/tasks/deadline.js";
import { confirmDone, reopen, reportDone } from "../../../src/core/tasks/lifecycle.js";

const VN = "Asia/Ho_Chi_Minh";
const cal = workCalendar(["2027-01-01"]);
const at = (date: string, time = "09:00") => zonedInstant(date, time, VN);
const open = (dueDate: string) => ({ status: "open" as const, dueDate, reportedAt: null, reportedOn: null });

describe("deadline status", () => {
  it("counts days left until the deadline day, which is still within deadline until midnight in Hanoi", () => {
    expect(deadlineStatus(open("2026-07-31"), at("2026-07-28"), VN, cal)).toEqual({ kind: "within_deadline", daysLeft: 3 });
    expect(deadlineStatus(open("2026-07-31"), at("2026-07-31", "23:59:59"), VN, cal)).toEqual({ kind: "within_deadline", daysLeft: 0 });
    // 00:00:01 on 1 August in Hanoi is still 31 July in UTC: the zone decides, not the server.
    expect(deadlineStatus(open("2026-07-31"), at("2026-08-01", "00:00:01"), VN, cal)).toMatchObject({ kind: "overdue", daysOverdue: 1 });
  });

  it("counts calendar and working days overdue across the year end and a holiday", () => {
    expect(deadlineStatus(open("2026-12-30"), at("2027-01-04"), VN, cal)).toEqual({
      kind: "overdue",
      daysOverdue: 5,
      workingDaysOverdue: 2,
    });
  });

  it("judges a completion by the day it was reported", () => {
    const reported = (due: string, when: Date) => {
      const step = reportDone({ status: "open" }, { at: when, zone: VN, byOfficerId: 1, via: "telegram" });
      if (!step.ok) throw new Error("refused");
      return { ...step.changes, dueDate: due };
    };
    const late = reported("2026-06-30", at("2026-07-02", "07:00"));
    expect(late.reportedOn).toBe("2026-07-02");
    expect(deadlineStatus(late, at("2026-07-10"), VN, cal)).toEqual({ kind: "late", completedOn: "2026-07-02", daysLate: 2 });
    // Reported at 23:30 Hanoi time on the deadline (16:30 UTC): on time.
    const onTime = reported("2026-06-30", at("2026-06-30", "23:30"));
    expect(deadlineStatus(onTime, at("2026-07-10"), VN, cal)).toMatchObject({ kind: "on_time", daysEarly: 0 });
    // Seen from before the report, the task was still open.
    expect(deadlineStatus(late, at("2026-07-01"), VN, cal)).toMatchObject({ kind: "overdue", daysOverdue: 1 });
  });
});

describe("task life cycle", () => {
  it("reports, confirms and reopens, refusing the steps that make no sense", () => {
    const now = at("2026-07-01");
    const report = reportDone({ status: "open" }, { at: now, zone: VN, byOfficerId: 7, via: "zalo", note: "  đã ban hành VB 123 " });
    expect(report).toMatchObject({ ok: true, changes: { status: "reported", reportedOn: "2026-07-01", reportNote: "đã ban hành VB 123" } });
    expect(reportDone({ status: "reported" }, { at: now, zone: VN, byOfficerId: 7, via: "zalo" })).toEqual({
      ok: false,
      reason: "already_reported",
    });
    expect(reportDone({ status: "open" }, { at: now, zone: VN, byOfficerId: 7, via: "zalo", autoConfirm: true })).toMatchObject({
      changes: { status: "confirmed", confirmedBy: "auto" },
    });
    expect(confirmDone({ status: "open" }, now, "cli")).toEqual({ ok: false, reason: "not_reported" });
    expect(confirmDone({ status: "reported" }, now, "cli")).toMatchObject({ ok: true, changes: { status: "confirmed" } });
    expect(reopen({ status: "confirmed" })).toMatchObject({ ok: true, changes: { status: "open", reportedAt: null } });
    expect(reopen({ status: "open" })).toEqual({ ok: false, reason: "not_reported" });
  });
});
