import { factorFee } from "../../../src/core/financing/factorFee";

describe("factorFee", () => {
  it("amount × fee rate × started periods", () => {
    // 45 days = 2 periods of 30: 10,000 × 0.02 × 2 = 400. 30 days = 1 period: 200.
    expect(factorFee(10000, 0.02, 45)).toBe(400);
    expect(factorFee(10000, 0.02, 30)).toBe(200);
  });

  it("at least one period; other period lengths", () => {
    // 0 days still 1 period: 200. 45 days in 10-day periods = 5: 10,000 × 0.005 × 5 = 250.
    expect(factorFee(10000, 0.02, 0)).toBe(200);
    expect(factorFee(10000, 0.005, 45, 10)).toBe(250);
  });

  it("rounds at the end only", () => {
    // 111.11 × 0.015 = 1.66665 a period; × 3 periods = 4.99995 → 5.00. Rounding per period first
    // would give 3 × 1.67 = 5.01.
    expect(factorFee(111.11, 0.015, 90)).toBe(5);
  });

  it("errors: fee rate out of range, negative days, zero period_days", () => {
    expect(factorFee(10000, 2, 30)).toMatchObject({
      code: "outOfRange",
      message: "fee_rate must be between 0 and 1 (e.g. 2% or 0.02); got 2",
    });
    expect(factorFee(10000, 0.02, -1)).toMatchObject({ code: "outOfRange" });
    expect(factorFee(10000, 0.02, 30, 0)).toMatchObject({ code: "divideByZero" });
  });
});
