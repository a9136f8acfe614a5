import { factorRebate } from "../../../src/core/financing/factorRebate";

describe("factorRebate", () => {
  it("amount − advance − fee", () => {
    // 10,000 − 8,000 (80%) − 400 (2% × 2 periods) = 1,600.
    expect(factorRebate(10000, 0.8, 0.02, 45)).toBe(1600);
  });

  it("may be negative when the fee outgrows the reserve", () => {
    // 1,000 − 900 − (1,000 × 0.05 × 3 = 150) = −50.
    expect(factorRebate(1000, 0.9, 0.05, 90)).toBe(-50);
  });

  it("advance + fee + rebate = amount to the cent", () => {
    // Advance 1,000.01 × 0.85 = 850.0085 → 850.01; fee 1,000.01 × 0.02 = 20.0002 → 20.00.
    // Rebate 1,000.01 − 850.01 − 20.00 = 130.00 (the unrounded 129.9813 would leave 2 cents unaccounted).
    expect(factorRebate(1000.01, 0.85, 0.02, 30)).toBe(130);
  });

  it("passes on the advance and fee errors", () => {
    expect(factorRebate(1000, 85, 0.02, 30)).toMatchObject({
      code: "outOfRange",
      message: expect.stringContaining("advance_rate"),
    });
    expect(factorRebate(1000, 0.85, 5, 30)).toMatchObject({ code: "outOfRange", message: expect.stringContaining("fee_rate") });
    expect(factorRebate(1000, 0.85, 0.02, 30, 0)).toMatchObject({ code: "divideByZero" });
  });
});
