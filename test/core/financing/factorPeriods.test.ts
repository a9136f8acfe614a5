import { factorPeriods } from "../../../src/core/financing/factorPeriods";

describe("factorPeriods", () => {
  it("bills each started period in full", () => {
    // 30 days = 1 period; 31 days starts a second; 45 / 30 = 1.5 → 2; 90 / 30 = 3.
    expect(factorPeriods(30)).toBe(1);
    expect(factorPeriods(31)).toBe(2);
    expect(factorPeriods(45)).toBe(2);
    expect(factorPeriods(90)).toBe(3);
  });

  it("at least one period, even paid the same day", () => {
    expect(factorPeriods(0)).toBe(1);
  });

  it("other period lengths, exact where float division drifts", () => {
    // 45 / 10 = 4.5 → 5. 2.1 / 0.7 = 3 exactly, but the float division gives 3.0000000000000004 (ceil 4).
    expect(factorPeriods(45, 10)).toBe(5);
    expect(factorPeriods(2.1, 0.7)).toBe(3);
  });

  it("errors: negative days, zero or negative period_days, non-finite", () => {
    expect(factorPeriods(-1)).toMatchObject({ code: "outOfRange", message: "days must be 0 or more (e.g. 45); got -1" });
    expect(factorPeriods(45, 0)).toMatchObject({ code: "divideByZero" });
    expect(factorPeriods(45, -30)).toMatchObject({ code: "outOfRange" });
    expect(factorPeriods(Number.NaN)).toMatchObject({ code: "unreadable" });
  });
});
