import { backtestMonthEnds, scoredPeriods } from "../../../../src/core/forecast/distribution/backtestMonthEnds";

const WEEKS = { periodDays: 7, periods: 13 };
// Serials (1900 system) worked from 2025-06-30 = 45838: 05-31 = 45808, 04-30 = 45777, 03-31 = 45747,
// 02-28 = 45716, 01-31 = 45688, 2024-12-31 = 45657.

describe("backtestMonthEnds", () => {
  it("scores the periods that end on or before as-of", () => {
    // 2025-05-31 → as-of: 45838 − 45808 + 1 = 31 days hold 4 whole weeks (the 5th ends 45808 + 34 = 45842 > 45838).
    expect(scoredPeriods(45808, 45838, WEEKS)).toBe(4);
    // 2025-03-31: week 13 ends 45747 + 90 = 45837 ≤ 45838 → all 13.
    expect(scoredPeriods(45747, 45838, WEEKS)).toBe(13);
    expect(scoredPeriods(45838, 45838, WEEKS)).toBe(0);
  });

  it("takes the latest month-ends with full hindsight by default, in date order", () => {
    // 2025-04-30's week 13 would end 45777 + 90 = 45867 > 45838, so the latest is 2025-03-31.
    expect(backtestMonthEnds(45838, WEEKS, 3)).toEqual([45688, 45716, 45747]);
  });

  it("takes more recent month-ends when fewer scored periods are enough", () => {
    // At least 1 week: 2025-05-31 (4 weeks) and 2025-04-30 qualify; 2025-06-30 is as-of itself (not before it).
    expect(backtestMonthEnds(45838, WEEKS, 2, 1)).toEqual([45777, 45808]);
  });

  it("walks back across a year end", () => {
    // As of 2025-02-15 (45703), weeks of 7 × 2: need 45703 − M + 1 ≥ 14 → M ≤ 45690: 2025-01-31 (45688), 2024-12-31.
    expect(backtestMonthEnds(45703, { periodDays: 7, periods: 2 }, 2)).toEqual([45657, 45688]);
  });
});
