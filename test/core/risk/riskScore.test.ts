import { isFailure } from "../../../src/core/failure";
import { riskScore } from "../../../src/core/risk/riskScore";

describe("riskScore", () => {
  // Each segment alone, at and around its breakpoints (others at zero points).
  it.each([
    // avg_days_late: 0 → 0 … 60 → 40, i.e. 2/3 point a day.
    [-5, 0, 0, 0, 0], // clamped to 0
    [0, 0, 0, 0, 0],
    [30, 0, 0, 0, 20], // 30 × 40/60 = 20
    [45, 0, 0, 0, 30], // 45 × 2/3 = 30
    [60, 0, 0, 0, 40],
    [90, 0, 0, 0, 40], // clamped to 60
    // overdue_share: 0 → 0 … 0.5 → 30, i.e. 60 points per unit.
    [0, 0.25, 0, 0, 15], // 0.25 × 60
    [0, 0.5, 0, 0, 30],
    [0, 0.8, 0, 0, 30],
    [0, -0.2, 0, 0, 0],
    // credit_use: ≤ 0.5 → 0 … 1.0 → 20, i.e. (u − 0.5) × 40.
    [0, 0, 0.2, 0, 0],
    [0, 0, 0.5, 0, 0],
    [0, 0, 0.75, 0, 10], // 0.25 × 40
    [0, 0, 1.0, 0, 20],
    [0, 0, 1.25, 0, 20],
    // trend_days: ≤ 0 → 0 … 15 → 10, i.e. 2/3 point a day.
    [0, 0, 0, -3, 0],
    [0, 0, 0, 7.5, 5], // 7.5 × 10/15
    [0, 0, 0, 15, 10],
    [0, 0, 0, 20, 10],
  ])("riskScore(%p, %p, %p, %p) = %p", (late, share, use, trend, expected) => {
    expect(riskScore(late, share, use, trend)).toBe(expected);
  });

  it("sums the segments", () => {
    // 20 + 15 + 10 + 5 = 50
    expect(riskScore(30, 0.25, 0.75, 7.5)).toBe(50);
    // every input past its cap: 40 + 30 + 20 + 10 = 100
    expect(riskScore(100, 1, 2, 30)).toBe(100);
    // trend defaults to 0: 20 + 15 + 10 = 45
    expect(riskScore(30, 0.25, 0.75)).toBe(45);
  });

  it("rounds half away from zero on the exact sum, not on float drift", () => {
    // 0.75 days late → 0.5 point; share 0.35 → 21: 21.5 → 22.
    expect(riskScore(0.75, 0.35, 0)).toBe(22);
    // credit use 0.6375 → (0.1375) × 40 = 5.5 exactly → 6. In floats (0.6375 − 0.5) / 0.5 × 20 is 5.499999999999998.
    expect(riskScore(0, 0, 0.6375)).toBe(6);
    // 1.5 days late → 1 point exactly; 1.4 → 0.9333… → 1; 0.7 → 0.4666… → 0.
    expect(riskScore(1.5, 0, 0)).toBe(1);
    expect(riskScore(1.4, 0, 0)).toBe(1);
    expect(riskScore(0.7, 0, 0)).toBe(0);
  });

  it("refuses non-finite inputs", () => {
    const result = riskScore(Number.NaN, 0, 0);
    expect(isFailure(result) && result.message).toBe("avg_days_late must be a number");
    expect(isFailure(riskScore(0, 0, Number.POSITIVE_INFINITY))).toBe(true);
  });
});
