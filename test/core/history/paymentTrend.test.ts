import { paymentTrend, paymentTrendOfMonths, trendDaysOf } from "../../../src/core/history/paymentTrend";
import { paymentTrendMessage } from "../../../src/core/history/paymentTrendMessage";
import { trendMonthOf, trendWindow, trendWindowBounds } from "../../../src/core/history/trendWindow";
import { riskPoints } from "../../../src/core/risk/riskScore";

const month = (daysLate: number | null, weight = 100_000) => ({ daysLate, weight });

describe("paymentTrend", () => {
  it("5, 10, 15, 20 days late in four consecutive months: +5 a month, worsening; 15 days a quarter → 5 risk points", () => {
    // x = 0, 1, 2, 3 (x̄ = 1.5), y = 5, 10, 15, 20 (ȳ = 12.5): Σ(x − x̄)(y − ȳ) = 2.25×5 + 0.25×5 + 0.25×5 + 2.25×5
    // = 25; Σ(x − x̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5 → slope 5. Usual: equal amounts → (5+10+15+20)/4 = 12.5.
    const trend = paymentTrend([month(5), month(10), month(15), month(20)]);
    expect(trend).toEqual({ usualDaysLate: 12.5, slopePerMonth: 5, direction: "worsening", months: 4 });
    // trendDays = 5 × 3 = 15, the top of the risk score's trend segment (0 … 15 days → 0 … 5 points).
    expect(trendDaysOf(trend)).toBe(15);
    const points = riskPoints({
      avgDaysLate: 0,
      overdueShare: 0,
      creditUse: 0,
      trendDays: trendDaysOf(trend),
      oldestDaysOverdue: 0,
      neverPaid: false,
    });
    expect(points.trend).toBe(5);
  });

  it("an improving customer with a month without payments: the gap is left out, not read as 0", () => {
    // Months 0, 2, 4 (1 and 3 blank): y = 30, 20, 10; x̄ = 2, ȳ = 20: Σ(x − x̄)(y − ȳ) = (−2)(10) + 0 + (2)(−10) = −40;
    // Σ(x − x̄)² = 4 + 0 + 4 = 8 → −5 a month: improving. Reading the blanks as 0 would give another line.
    const trend = paymentTrend([month(30), month(null, 0), month(20), month(null, 0), month(10)]);
    expect(trend).toEqual({ usualDaysLate: 20, slopePerMonth: -5, direction: "improving", months: 3 });
    // trendDays −15 scores no trend points (the segment starts at 0).
    expect(trendDaysOf(trend)).toBe(-15);
  });

  it("weighs the usual days late by amount, and each month once in the slope", () => {
    // Amounts 1,000 / 3,000 / 1,000 (cents ×100): usual = (15×1,000 + 16×3,000 + 14×1,000) / 5,000 = 77,000 / 5,000 = 15.4.
    // Slope: y = 15, 16, 14 at x = 0, 1, 2 (ȳ = 15): (−1)(0) + 0 + (1)(−1) = −1; Σ(x − x̄)² = 2 → −0.5: steady.
    const trend = paymentTrend([month(15, 100_000), month(16, 300_000), month(14, 100_000)]);
    expect(trend.usualDaysLate).toBeCloseTo(15.4, 12);
    expect([trend.slopePerMonth, trend.direction, trend.months]).toEqual([-0.5, "steady", 3]);
  });

  it("is worsening from exactly +1 a month and improving from exactly −1", () => {
    // 5, 6, 7 → slope 1; 7, 6, 5 → −1; 5, 5.9, 6.8 → 0.9: steady.
    expect(paymentTrend([month(5), month(6), month(7)]).direction).toBe("worsening");
    expect(paymentTrend([month(7), month(6), month(5)]).direction).toBe("improving");
    expect(paymentTrend([month(5), month(5.9), month(6.8)]).direction).toBe("steady");
  });

  it("needs payments in 3 months for a slope: with 2 it is unknown (trendDays 0); with none, blank", () => {
    const two = paymentTrend([month(5), month(null, 0), month(40)]);
    // Usual: (5 + 40) / 2 = 22.5 with equal amounts.
    expect(two).toEqual({ usualDaysLate: 22.5, slopePerMonth: null, direction: "unknown", months: 2 });
    expect(trendDaysOf(two)).toBe(0);
    expect(paymentTrend([month(null, 0), month(null, 0)])).toEqual({
      usualDaysLate: null,
      slopePerMonth: null,
      direction: "unknown",
      months: 0,
    });
    expect(paymentTrend([])).toMatchObject({ usualDaysLate: null, months: 0, direction: "unknown" });
  });

  it("reads parallel arrays with NaN for a month without payments (the scan's form)", () => {
    // Months 0, 1, 3 hold 10, 12, 16 (x̄ = 4/3, ȳ = 38/3): Σ(x − x̄)(y − ȳ) = (−4/3)(−8/3) + (−1/3)(−2/3) + (5/3)(10/3)
    // = (32 + 2 + 50)/9 = 84/9; Σ(x − x̄)² = (16 + 1 + 25)/9 = 42/9 → slope 2: worsening. Usual (10+12+16)/3 = 38/3.
    const trend = paymentTrendOfMonths([10, 12, Number.NaN, 16], [1, 1, 0, 1]);
    expect(trend.slopePerMonth).toBeCloseTo(2, 12);
    expect(trend.usualDaysLate).toBeCloseTo(38 / 3, 12);
    expect([trend.direction, trend.months]).toEqual(["worsening", 3]);
  });
});

describe("trend window", () => {
  it("spans the 12 calendar months ending with as-of's month", () => {
    // As of 2025-06-30 (45838): bounds from 2024-06-30 (45838 − 365 = 45473) to 2025-06-30; July 2024 ends 45504.
    const bounds = trendWindowBounds(45838);
    expect([bounds.length, bounds[0], bounds[1], bounds[12]]).toEqual([13, 45473, 45504, 45838]);
    const window = trendWindow(45838);
    // 2024-06-30 itself is before the window; 2024-07-01 (45474) is its first day, month 0; 2024-07-31 (45504) too.
    expect([trendMonthOf(window, 45473), trendMonthOf(window, 45474), trendMonthOf(window, 45504)]).toEqual([-1, 0, 0]);
    // 2024-08-01 (45505) is August, month 1; 2025-05-31 (45808) May, month 10, in the evening too;
    // 2025-06-01 (45809) June, month 11; 2025-06-30 (45838) still June; after it none.
    expect([45505, 45808, 45808.9, 45809, 45838, 45839].map((day) => trendMonthOf(window, day))).toEqual([1, 10, 10, 11, 11, -1]);
    expect(trendMonthOf(window, Number.NaN)).toBe(-1);
    // 365 days from 2024-07-01 to 2025-06-30, each in one month: 31 in July, 30 in June.
    expect(window.monthOfDay.length).toBe(365);
    expect([window.monthOfDay.filter((m) => m === 0).length, window.monthOfDay.filter((m) => m === 11).length]).toEqual([31, 30]);
  });

  it("counts the months of the 1904 system", () => {
    // As of 2025-06-30 = 45838 − 1462 = 44376 in 1904: the same calendar bounds, 1,462 lower.
    const bounds = trendWindowBounds(44376, 1904);
    expect([bounds[0], bounds[1], bounds[12]]).toEqual([45473 - 1462, 45504 - 1462, 44376]);
  });
});

describe("paymentTrendMessage", () => {
  it("says how late the customer usually pays and which way it moves, in English and Chinese", () => {
    // 12.4 rounds to 12; 0.4 to 0 ("on time"); 1 is singular.
    const worsening = paymentTrendMessage({ usualDaysLate: 12.4, slopePerMonth: 5, direction: "worsening", months: 4 });
    expect([worsening.en, worsening.zh]).toEqual(["usually pays 12 days late, worsening", "通常逾期12天付款，且在恶化"]);
    const onTime = paymentTrendMessage({ usualDaysLate: 0.4, slopePerMonth: -0.2, direction: "steady", months: 5 });
    expect([onTime.en, onTime.zh]).toEqual(["usually pays on time, steady", "通常按时付款，保持稳定"]);
    const unknown = paymentTrendMessage({ usualDaysLate: 1, slopePerMonth: null, direction: "unknown", months: 1 });
    expect(unknown.en).toBe("usually pays 1 day late");
    const none = paymentTrendMessage({ usualDaysLate: null, slopePerMonth: null, direction: "unknown", months: 0 });
    expect([none.en, none.zh]).toEqual(["no payment in the last 12 months", "近12个月没有付款记录"]);
  });
});
