import { describe, expect, it } from "vitest";
import { workCalendar } from "../../../../src/core/calendar/working-days.js";
import {
  type PlannableTask,
  type ReminderPolicy,
  byRecipient,
  planReminders,
  previousWorkingDay,
  stillApplies,
} from "../../../../src/core/reminders/policy.js";

const policy: ReminderPolicy = { daysBefore: [3, 1, 0], escalateAfterWorkingDays: 3 };
// 2026-07-06 is a Monday; 2026-09-02 (Quốc khánh) a holiday.
const calendar = workCalendar(["2026-09-02"]);
const OFFICER = 10;
const HEAD = 20;
const heads = new Map([[1, [HEAD]]]);
const task = (id: number, dueDate: string, officerId: number | null = OFFICER): PlannableTask => ({
  id,
  dueDate,
  officerId,
  leadAgencyId: 1,
});
const plan = (tasks: PlannableTask[], day: string, previousSweepDay = previousWorkingDay(calendar, day)) =>
  planReminders({ tasks, day, previousSweepDay, calendar, policy, agencyHeads: heads });

describe("reminder policy", () => {
  it("reminds 3 days, 1 day and on the day before the deadline, and not on other days", () => {
    const due = "2026-07-10"; // Friday
    expect(plan([task(1, due)], "2026-07-07")).toEqual([{ taskId: 1, kind: "before", recipientId: OFFICER }]);
    expect(plan([task(1, due)], "2026-07-08")).toEqual([]);
    expect(plan([task(1, due)], "2026-07-09")).toEqual([{ taskId: 1, kind: "before", recipientId: OFFICER }]);
    expect(plan([task(1, due)], "2026-07-10")).toEqual([{ taskId: 1, kind: "before", recipientId: OFFICER }]);
  });

  it("catches up on Monday a reminder whose day fell on the weekend", () => {
    // Due Tuesday 07/07: the 3-days-before day is Saturday 04/07.
    expect(plan([task(1, "2026-07-07")], "2026-07-06", "2026-07-03")).toEqual([{ taskId: 1, kind: "before", recipientId: OFFICER }]);
  });

  it("reminds every working day once overdue, and tells the agency head after 3 working days", () => {
    const due = "2026-07-06"; // Monday
    expect(plan([task(1, due)], "2026-07-07")).toEqual([{ taskId: 1, kind: "overdue", recipientId: OFFICER }]);
    expect(plan([task(1, due)], "2026-07-08")).toEqual([{ taskId: 1, kind: "overdue", recipientId: OFFICER }]);
    expect(plan([task(1, due)], "2026-07-09")).toEqual([
      { taskId: 1, kind: "overdue", recipientId: OFFICER },
      { taskId: 1, kind: "escalation", recipientId: HEAD },
    ]);
  });

  it("counts working days, not calendar days, before escalating (a holiday does not count)", () => {
    // Due Monday 31/08; Wednesday 02/09 is a holiday: Friday 04/09 is only the 3rd working day after.
    expect(plan([task(1, "2026-08-31")], "2026-09-03").map((i) => i.kind)).toEqual(["overdue"]);
    expect(plan([task(1, "2026-08-31")], "2026-09-04").map((i) => i.kind)).toEqual(["overdue", "escalation"]);
  });

  it("makes the agency head responsible for a task without an officer, without escalating to them twice", () => {
    const items = plan([task(1, "2026-07-01", null)], "2026-07-09");
    expect(items).toEqual([{ taskId: 1, kind: "overdue", recipientId: HEAD }]);
  });

  it("groups items per recipient: one message per person per sweep", () => {
    const grouped = byRecipient(plan([task(1, "2026-07-01"), task(2, "2026-07-10"), task(3, "2026-07-02", null)], "2026-07-07"));
    expect([...grouped.keys()].sort()).toEqual([OFFICER, HEAD]);
    expect(grouped.get(OFFICER)!.map((i) => i.taskId)).toEqual([1, 2]);
  });

  it("finds the previous working day across a weekend and a holiday", () => {
    expect(previousWorkingDay(calendar, "2026-07-06")).toBe("2026-07-03");
    expect(previousWorkingDay(calendar, "2026-09-03")).toBe("2026-09-01");
  });

  it("leaves out at send time what no longer applies", () => {
    expect(stillApplies("before", "2026-07-10", "2026-07-07", policy)).toBe(true);
    // Extended far beyond the policy's reach since the sweep.
    expect(stillApplies("before", "2026-08-30", "2026-07-07", policy)).toBe(false);
    // Overdue at the sweep, extended since: not overdue any more.
    expect(stillApplies("overdue", "2026-07-20", "2026-07-07", policy)).toBe(false);
    expect(stillApplies("overdue", "2026-07-06", "2026-07-07", policy)).toBe(true);
  });
});
