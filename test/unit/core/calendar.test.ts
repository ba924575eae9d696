import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatViDate, lastDayOfMonth, parseViDate, weekday } from "../../../src/core/calendar/local-date.js";
import { nextWorkingDay, workCalendar, workingDaysAfter } from "../../../src/core/calendar/working-days.js";
import { endOfDay, localDateOf, parseInstant, startOfDay, zonedInstant } from "../../../src/core/calendar/zone.js";

const VN = "Asia/Ho_Chi_Minh";

describe("Vietnamese dates", () => {
  it.each([
    ["15/07/2026", "2026-07-15"],
    ["5/7/2026", "2026-07-05"],
    ["2026-07-15", "2026-07-15"],
    ["29/02/2024", "2024-02-29"],
    [" 01.01.2027 ", "2027-01-01"],
  ])("reads %s as %s", (text, iso) => expect(parseViDate(text)).toBe(iso));

  it.each(["31/02/2026", "29/02/2026", "32/01/2026", "15/13/2026", "2026-02-30", "hôm qua", "", "15/07/26"])("refuses %s", (text) =>
    expect(parseViDate(text)).toBeUndefined(),
  );

  it("formats as dd/mm/yyyy and walks across month and year ends", () => {
    expect(formatViDate("2026-07-05")).toBe("05/07/2026");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
    expect(lastDayOfMonth(2024, 2)).toBe("2024-02-29");
    expect(lastDayOfMonth(2026, 12)).toBe("2026-12-31");
    expect(weekday("2026-11-29")).toBe(0); // a Sunday
  });
});

describe("time zone", () => {
  it("gives the Vietnamese calendar day of an instant whatever the server's zone", () => {
    // 17:30 UTC is already 00:30 the next day in Hanoi.
    expect(localDateOf(new Date("2026-06-30T17:30:00Z"), VN)).toBe("2026-07-01");
    expect(localDateOf(new Date("2026-06-30T16:59:59Z"), VN)).toBe("2026-06-30");
  });

  it("finds the instants of a wall clock", () => {
    expect(zonedInstant("2026-06-30", "08:00", VN).toISOString()).toBe("2026-06-30T01:00:00.000Z");
    expect(startOfDay("2027-01-01", VN).toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(endOfDay("2020-06-30", VN).toISOString()).toBe("2020-06-30T16:59:59.999Z");
    // A zone with daylight saving: the same code handles it.
    expect(zonedInstant("2026-07-01", "12:00", "Europe/Paris").toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedInstant("2026-01-01", "12:00", "Europe/Paris").toISOString()).toBe("2026-01-01T11:00:00.000Z");
  });

  it("reads --at values as wall clock in the zone, or as ISO instants", () => {
    expect(parseInstant("2026-07-01", VN)?.toISOString()).toBe("2026-06-30T17:00:00.000Z");
    expect(parseInstant("2026-07-01 08:30", VN)?.toISOString()).toBe("2026-07-01T01:30:00.000Z");
    expect(parseInstant("2026-07-01T08:30:00Z", VN)?.toISOString()).toBe("2026-07-01T08:30:00.000Z");
    expect(parseInstant("tomorrow", VN)).toBeUndefined();
  });

  it("refuses impossible instants instead of rolling them over", () => {
    for (const bad of [
      "2026-13-01",
      "2026-02-30",
      "2026-12-01 25:99",
      "2026-12-01 24:00",
      "2026-02-29T10:00:00Z",
      "2026-12-01T10:60:00+07:00",
    ])
      expect(parseInstant(bad, VN), bad).toBeUndefined();
    expect(parseInstant("2028-02-29 23:59", VN)?.toISOString()).toBe("2028-02-29T16:59:00.000Z");
  });
});

describe("working days", () => {
  // Tết 2027: 5–11 February (the admin's list), Reunification and Labour days 2026.
  const calendar = workCalendar(["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2026-04-30", "2026-05-01"]);

  it("skips weekends and listed holidays", () => {
    expect(calendar.isWorkingDay("2026-11-27")).toBe(true); // Friday
    expect(calendar.isWorkingDay("2026-11-28")).toBe(false); // Saturday
    expect(calendar.isWorkingDay("2026-04-30")).toBe(false);
    expect(nextWorkingDay(calendar, "2026-04-30")).toBe("2026-05-04");
    expect(nextWorkingDay(calendar, "2027-02-05")).toBe("2027-02-12");
  });

  it("counts working days passed since a deadline, across the year end and Tết", () => {
    expect(workingDaysAfter(calendar, "2026-12-30", "2027-01-04")).toBe(3); // 31/12, 1/1, 4/1
    expect(workingDaysAfter(calendar, "2027-02-04", "2027-02-12")).toBe(1);
    expect(workingDaysAfter(calendar, "2026-11-27", "2026-11-29")).toBe(0);
  });
});
