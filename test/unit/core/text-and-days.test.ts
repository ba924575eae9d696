// tidy (how names and cells are compared and stored) and isLocalDate (what counts as a day),
// both with a fast path for what is already right: the slow path's answers must not change.
import { describe, expect, it } from "vitest";
import { isLocalDate } from "../../../src/core/calendar/local-date.js";
import { tidy } from "../../../src/core/text/fold.js";

describe("tidy", () => {
  it.each([
    ["Nguyễn Văn An", "Nguyễn Văn An"],
    ["  Sở Xây dựng  ", "Sở Xây dựng"],
    ["Sở  Xây\tdựng", "Sở Xây dựng"],
    ["Sở\u00a0Xây dựng", "Sở Xây dựng"],
    ["Sở Xây\ndựng", "Sở Xây dựng"],
    ["Sở\u200b Xây dựng\ufeff", "Sở Xây dựng"],
    // Typed on a Mac (decomposed): stored composed, so it matches what Windows typed.
    ["Nguye\u0302\u0303n", "Nguyễn"],
    ["", ""],
    [" ", ""],
  ])("%j → %j", (input, expected) => {
    expect(tidy(input)).toBe(expected);
  });
});

describe("isLocalDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01", "0100-01-01", "9999-12-31"])("%s is a day", (d) => {
    expect(isLocalDate(d)).toBe(true);
  });
  it.each([
    "2023-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "0099-01-01",
    "2026-1-01",
    "26-01-01",
    "2026-01-01T00:00",
    "",
  ])("%j is not", (d) => {
    expect(isLocalDate(d)).toBe(false);
  });
});
