// The figures of section 1 of the report (report-format.md), as counts from the store.
import { pairShares } from "./vi-number.js";

export interface MonthFigures {
  /** Tasks assigned in the month. */
  assigned: number;
  /** Tasks whose deadline is in the month. */
  due: number;
  /** Of those, completed by the cut-off, on time and late. */
  completed: number;
  onTime: number;
  late: number;
}

export interface YearFigures {
  /** Tasks assigned from 1 January to the cut-off. */
  assigned: number;
  completed: number;
  onTime: number;
  late: number;
  notCompleted: number;
  withinDeadline: number;
  overdue: number;
}

export interface Shares {
  monthOnTime: number;
  monthLate: number;
  yearCompleted: number;
  yearNotCompleted: number;
  yearOnTime: number;
  yearLate: number;
}

/** Shares in tenths of a percent; each pair adds up to 100,0%. */
export function shares(m: MonthFigures, y: YearFigures): Shares {
  const [monthOnTime, monthLate] = pairShares(m.onTime, m.late);
  const [yearCompleted, yearNotCompleted] = pairShares(y.completed, y.notCompleted);
  const [yearOnTime, yearLate] = pairShares(y.onTime, y.late);
  return { monthOnTime, monthLate, yearCompleted, yearNotCompleted, yearOnTime, yearLate };
}
