import { isFailure } from "../../../src/core/failure";
import { riskPoints, riskScore } from "../../../src/core/risk/riskScore";

/* Segments (src/core/risk/riskScore.ts), each worked by hand below:
     age of unpaid debt (oldest overdue days) 0 → 0 … 90 → 35, i.e. 35/90 = 7/18 point a day;
     days late 0 → 0 … 60 → 25, i.e. 5/12 point a day (never paid: the oldest overdue days instead);
     overdue share 0 → 0 … 0.5 → 20, i.e. 40 points per unit;
     credit use 0.5 → 0 … 1.0 → 15, i.e. (u − 0.5) × 30;
     trend 0 → 0 … 15 → 5, i.e. 1/3 point a day. */

describe("riskScore", () => {
  // Each segment alone, at and around its breakpoints (others at zero points).
  it.each([
    // avg_days_late
    [-5, 0, 0, 0, 0, 0], // clamped to 0
    [30, 0, 0, 0, 0, 13], // 30 × 5/12 = 12.5 → 13
    [48, 0, 0, 0, 0, 20], // 48 × 5/12 = 20
    [60, 0, 0, 0, 0, 25],
    [90, 0, 0, 0, 0, 25], // clamped to 60
    // overdue_share
    [0, 0.25, 0, 0, 0, 10], // 0.25 × 40
    [0, 0.5, 0, 0, 0, 20],
    [0, 0.8, 0, 0, 0, 20],
    [0, -0.2, 0, 0, 0, 0],
    // credit_use
    [0, 0, 0.5, 0, 0, 0],
    [0, 0, 0.75, 0, 0, 8], // 0.25 × 30 = 7.5 → 8
    [0, 0, 1.0, 0, 0, 15],
    [0, 0, 1.25, 0, 0, 15],
    // trend_days
    [0, 0, 0, -3, 0, 0],
    [0, 0, 0, 6, 0, 2], // 6 / 3 = 2
    [0, 0, 0, 15, 0, 5],
    // oldest_days_overdue (age of unpaid debt)
    [0, 0, 0, 0, 18, 7], // 18 × 7/18 = 7
    [0, 0, 0, 0, 45, 18], // 45 × 7/18 = 17.5 → 18
    [0, 0, 0, 0, 90, 35],
    [0, 0, 0, 0, 365, 35], // clamped to 90
  ])("riskScore(%p, %p, %p, %p, %p) = %p", (late, share, use, trend, oldest, expected) => {
    expect(riskScore(late, share, use, trend, oldest)).toBe(expected);
  });

  it("sums the segments", () => {
    // 12.5 + 10 + 7.5 + 2.5 = 32.5 → 33
    expect(riskScore(30, 0.25, 0.75, 7.5)).toBe(33);
    // every input past its cap: 25 + 20 + 15 + 5 + 35 = 100
    expect(riskScore(100, 1, 2, 30, 200)).toBe(100);
    // trend and oldest default to 0: 12.5 + 10 + 7.5 = 30
    expect(riskScore(30, 0.25, 0.75)).toBe(30);
  });

  it("never paid: the habit is the oldest overdue days; with nothing overdue it adds nothing", () => {
    // The customer: never paid, 180 days overdue on its whole balance, no limit.
    // debt age 35 (≥ 90) + never paid 25 (180 ≥ 60) + share 20 (1 ≥ 0.5) = 80 → E.
    expect(riskScore(0, 1, 0, 0, 180, true)).toBe(80);
    // Never paid, 12 days overdue on all of it: age 12 × 7/18 = 4.667, habit 12 × 5/12 = 5,
    // share 20: 29.667 → 30.
    expect(riskScore(0, 1, 0, 0, 12, true)).toBe(30);
    // A new customer, nothing due yet: nothing to score.
    expect(riskScore(0, 0, 0, 0, 0, true)).toBe(0);
    // Never paid overrides an average days late (there is no payment behind one).
    expect(riskScore(50, 0, 0, 0, 0, true)).toBe(0);
  });

  it("rounds half away from zero on the exact sum, not on float drift", () => {
    // 1.2 days late → 0.5 point; share 0.4 → 16: 16.5 → 17.
    expect(riskScore(1.2, 0.4, 0)).toBe(17);
    // credit use 0.65 → 0.15 × 30 = 4.5 exactly → 5, whatever the float sum's last bits say.
    expect(riskScore(0, 0, 0.65)).toBe(5);
    // 3.6 days late → 1.5 → 2; 3.4 → 1.4167 → 1.
    expect(riskScore(3.6, 0, 0)).toBe(2);
    expect(riskScore(3.4, 0, 0)).toBe(1);
  });

  it("refuses non-finite inputs", () => {
    const result = riskScore(Number.NaN, 0, 0);
    expect(isFailure(result) && result.message).toBe("avg_days_late must be a number");
    expect(isFailure(riskScore(0, 0, Number.POSITIVE_INFINITY))).toBe(true);
    const oldest = riskScore(0, 0, 0, 0, Number.NaN);
    expect(isFailure(oldest) && oldest.message).toBe("oldest_days_overdue must be a number");
  });
});

describe("riskPoints", () => {
  it("gives each factor's unrounded points; days late and never paid share one slot", () => {
    expect(
      riskPoints({
        avgDaysLate: 30,
        overdueShare: 0.25,
        creditUse: 0.75,
        trendDays: 7.5,
        oldestDaysOverdue: 45,
        neverPaid: false,
      }),
    ).toEqual({
      debtAge: 17.5, // 45 × 7/18
      daysLate: 12.5, // 30 × 5/12
      neverPaid: 0,
      overdueShare: 10,
      creditUse: 7.5,
      trend: 2.5,
    });
    expect(
      riskPoints({ avgDaysLate: 0, overdueShare: 1, creditUse: 0, trendDays: 0, oldestDaysOverdue: 180, neverPaid: true }),
    ).toEqual({
      debtAge: 35,
      daysLate: 0,
      neverPaid: 25,
      overdueShare: 20,
      creditUse: 0,
      trend: 0,
    });
  });
});
