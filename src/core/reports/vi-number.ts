// Numbers the Vietnamese administrative way: thousands with ".", decimals with ",", counts under
// ten with two digits ("07 nhiệm vụ"), shares to one decimal rounded half up, and two shares of
// one whole adding up to exactly 100,0% (largest remainder).

/** 1736 → "1.736"; 7 → "07"; 0 → "0". */
export function viCount(n: number): string {
  if (n > 0 && n < 10) return `0${n}`;
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Share in tenths of a percent, rounded half up, in integers (no floating-point drift). */
export function tenthsHalfUp(part: number, whole: number): number {
  if (whole === 0) return 0;
  // part / whole × 1000, rounded half up: floor((2·part·1000 + whole) / (2·whole)).
  return Math.floor((2 * part * 1000 + whole) / (2 * whole));
}

/** Tenths of a percent → "96,2%". */
export function viPercent(tenths: number): string {
  return `${Math.floor(tenths / 10)},${tenths % 10}%`;
}

/**
 * Shares of one whole, in tenths of a percent, summing to exactly 1000 (100,0%) when the parts
 * make up the whole: floor each, then give the missing tenths to the largest remainders.
 */
export function sharesOfWhole(parts: number[]): number[] {
  const whole = parts.reduce((a, b) => a + b, 0);
  if (whole === 0) return parts.map(() => 0);
  const exact = parts.map((p) => (p * 1000) / whole);
  const floors = exact.map(Math.floor);
  let missing = 1000 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rem: e - Math.floor(e) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]!++;
    missing--;
  }
  return floors;
}

/** A pair of shares: half up where that already sums to 100,0%, largest remainder otherwise. */
export function pairShares(a: number, b: number): [number, number] {
  const halfUp: [number, number] = [tenthsHalfUp(a, a + b), tenthsHalfUp(b, a + b)];
  if (a + b === 0 || halfUp[0] + halfUp[1] === 1000) return halfUp;
  const [x, y] = sharesOfWhole([a, b]) as [number, number];
  return [x, y];
}
