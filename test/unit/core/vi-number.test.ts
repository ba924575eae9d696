import { describe, expect, it } from "vitest";
import { pairShares, sharesOfWhole, tenthsHalfUp, viCount, viPercent } from "../../../src/core/reports/vi-number.js";
import { isFutureMonth, parseMonth, reportPeriod } from "../../../src/core/reports/period.js";

describe("Vietnamese numbers", () => {
  it.each([
    [0, "0"],
    [7, "07"],
    [10, "10"],
    [184, "184"],
    [1736, "1.736"],
    [1568, "1.568"],
    [1234567, "1.234.567"],
  ])("counts %d as %s", (n, s) => expect(viCount(n)).toBe(s));

  it("rounds shares half up, in tenths, without floating-point slips", () => {
    expect(viPercent(tenthsHalfUp(177, 184))).toBe("96,2%"); // the seed's 96,1% was a slip
    expect(viPercent(tenthsHalfUp(1568, 1736))).toBe("90,3%");
    expect(viPercent(tenthsHalfUp(168, 1736))).toBe("9,7%");
    expect(viPercent(tenthsHalfUp(1528, 1568))).toBe("97,4%");
    expect(viPercent(tenthsHalfUp(40, 1568))).toBe("2,6%");
    expect(tenthsHalfUp(1, 8)).toBe(125); // 12,5% exactly
    expect(tenthsHalfUp(1, 16)).toBe(63); // 6,25 → 6,3 (half up)
    expect(tenthsHalfUp(0, 0)).toBe(0);
  });

  it("makes two shares of one whole add up to exactly 100,0%", () => {
    // 1/16 and 15/16: half up gives 6,3% + 93,8% = 100,1%; the tie on remainders goes to the first.
    expect(pairShares(1, 15)).toEqual([63, 937]);
    expect(pairShares(177, 7)).toEqual([962, 38]);
    expect(pairShares(1, 2).reduce((a, b) => a + b)).toBe(1000);
    for (let a = 0; a <= 40; a++) for (let b = 0; b <= 40; b++) if (a + b > 0) expect(pairShares(a, b)[0] + pairShares(a, b)[1]).toBe(1000);
    expect(sharesOfWhole([1, 1, 1])).toEqual([334, 333, 333]);
  });
});

describe("report periods", () => {
  it("reads months as people write them", () => {
    expect(parseMonth("6/2020")).toEqual({ year: 2020, month: 6 });
    expect(parseMonth("06/2020")).toEqual({ year: 2020, month: 6 });
    expect(parseMonth("2020-06")).toEqual({ year: 2020, month: 6 });
    expect(parseMonth("13/2020")).toBeUndefined();
    expect(parseMonth("june")).toBeUndefined();
  });

  it("cuts a past month at its last day and the running month at today", () => {
    expect(reportPeriod(2020, 6, "2020-07-05")).toMatchObject({
      cutoffDate: "2020-06-30",
      lastDay: "2020-06-30",
      yearStart: "2020-01-01",
      inProgress: false,
    });
    expect(reportPeriod(2024, 2, "2024-02-10")).toMatchObject({ cutoffDate: "2024-02-10", lastDay: "2024-02-29", inProgress: true });
    // On its last day a month is still running; the day after, it is final.
    expect(reportPeriod(2024, 2, "2024-02-29")).toMatchObject({ cutoffDate: "2024-02-29", inProgress: true });
    expect(reportPeriod(2024, 2, "2024-03-01")).toMatchObject({ cutoffDate: "2024-02-29", inProgress: false });
    expect(isFutureMonth({ year: 2099, month: 12 }, "2026-11-30")).toBe(true);
    expect(isFutureMonth({ year: 2026, month: 11 }, "2026-11-30")).toBe(false);
  });
});
