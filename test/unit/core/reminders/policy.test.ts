import { describe, expect, it } from "vitest";
import { workCalendar } from "../../../../src/core/calendar/working-days.js";
import { type ReminderPolicy, owedOn, owedWindows, previousWorkingDay, stillApplies } from "../../../../src/core/reminders/policy.js";

const policy: ReminderPolicy = { daysBefore: [3, 1, 0], escalateAfterWorkingDays: 3 };
// 2026-07-06 is a Monday; 2026-09-02 (Quốc khánh) a holiday.
const calendar = workCalendar(["2026-09-02"]);
/** What a task due on `due` is owed on `day`, as a list of kinds (the order a message shows them). */
const owed = (due: string, day: string, previousSweepDay = previousWorkingDay(calendar, day), p = policy) => {
  const o = owedOn(owedWindows({ day, previousSweepDay, calendar, policy: p }), due);
  return [
    ...(o.before && !o.overdue ? ["before"] : []),
    ...(o.overdue ? ["overdue"] : []),
    ...(o.overdue && o.escalate ? ["escalation"] : []),
  ];
};

describe("reminder policy", () => {
  it("reminds 3 days, 1 day and on the day before the deadline, and not on other days", () => {
    const due = "2026-07-10"; // Friday
    expect(owed(due, "2026-07-07")).toEqual(["before"]);
    expect(owed(due, "2026-07-08")).toEqual([]);
    expect(owed(due, "2026-07-09")).toEqual(["before"]);
    expect(owed(due, "2026-07-10")).toEqual(["before"]);
    expect(owed("2026-07-20", "2026-07-10")).toEqual([]);
  });

  it("catches up on Monday a reminder whose day fell on the weekend", () => {
    // Due Tuesday 07/07: the 3-days-before day is Saturday 04/07.
    expect(owed("2026-07-07", "2026-07-06", "2026-07-03")).toEqual(["before"]);
    // Due Wednesday 08/07: its 3-days-before day is Sunday 05/07.
    expect(owed("2026-07-08", "2026-07-06", "2026-07-03")).toEqual(["before"]);
    // Due Thursday 09/07: 3 days before is Monday itself.
    expect(owed("2026-07-09", "2026-07-06", "2026-07-03")).toEqual(["before"]);
    expect(owed("2026-07-10", "2026-07-06", "2026-07-03")).toEqual([]);
  });

  it("after two missed weeks, catches up every 'before' reminder whose day fell since the last sweep", () => {
    const windows = owedWindows({ day: "2026-07-20", previousSweepDay: "2026-07-06", calendar, policy });
    // Deadlines from 10/07 (07/07 + 3) on are owed; the ranges of 3, 1 and 0 days merge into one.
    expect(windows.before).toEqual([{ from: "2026-07-20", to: "2026-07-23" }]);
    expect(owed("2026-07-23", "2026-07-20", "2026-07-06")).toEqual(["before"]);
    expect(owed("2026-07-24", "2026-07-20", "2026-07-06")).toEqual([]);
  });

  it("reminds every working day once overdue, and tells the agency head after 3 working days", () => {
    const due = "2026-07-06"; // Monday
    expect(owed(due, "2026-07-07")).toEqual(["overdue"]);
    expect(owed(due, "2026-07-08")).toEqual(["overdue"]);
    expect(owed(due, "2026-07-09")).toEqual(["overdue", "escalation"]);
    expect(owed("2026-06-01", "2026-07-09")).toEqual(["overdue", "escalation"]);
  });

  it("counts working days, not calendar days, before escalating (a holiday does not count)", () => {
    // Due Monday 31/08; Wednesday 02/09 is a holiday: Friday 04/09 is only the 3rd working day after.
    expect(owed("2026-08-31", "2026-09-03")).toEqual(["overdue"]);
    expect(owed("2026-08-31", "2026-09-04")).toEqual(["overdue", "escalation"]);
    // Due Friday 28/08: the weekend does not count either (31/08, 01/09, 03/09 are the three).
    expect(owed("2026-08-28", "2026-09-01")).toEqual(["overdue"]);
    expect(owed("2026-08-28", "2026-09-03")).toEqual(["overdue", "escalation"]);
  });

  it("escalates the day after the deadline when the policy says 0 or 1 working days, never before it", () => {
    const at = (n: number) => ({ ...policy, escalateAfterWorkingDays: n });
    expect(owed("2026-07-06", "2026-07-07", undefined, at(1))).toEqual(["overdue", "escalation"]);
    expect(owed("2026-07-06", "2026-07-07", undefined, at(0))).toEqual(["overdue", "escalation"]);
    expect(owed("2026-07-07", "2026-07-07", undefined, at(0))).toEqual(["before"]);
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
