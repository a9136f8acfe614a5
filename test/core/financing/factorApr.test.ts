import { factorApr } from "../../../src/core/financing/factorApr";

describe("factorApr", () => {
  it("(fee rate × periods / advance rate) × 365 / days", () => {
    // 60 days = 2 periods: 0.02 × 2 / 0.8 = 0.05; × 365 / 60 = 0.3041666…
    expect(factorApr(0.8, 0.02, 60)).toBeCloseTo(0.3041666666666667, 14);
    // 45 days = 2 periods (billed in full): 0.05 × 365 / 45 = 0.4055555…
    expect(factorApr(0.8, 0.02, 45)).toBeCloseTo(0.4055555555555556, 14);
    // 30 days, full advance: 0.02 × 1 / 1 × 365 / 30 = 0.24333…
    expect(factorApr(1, 0.02, 30)).toBeCloseTo(0.2433333333333333, 14);
  });

  it("zero days is #DIV/0!", () => {
    expect(factorApr(0.8, 0.02, 0)).toMatchObject({ code: "divideByZero" });
  });

  it("rates out of range carry the hint", () => {
    expect(factorApr(80, 0.02, 30)).toMatchObject({ message: "advance_rate must be between 0 and 1 (e.g. 80% or 0.8); got 80" });
    expect(factorApr(0.8, -0.02, 30)).toMatchObject({ code: "outOfRange" });
    expect(factorApr(0.8, 0.02, -30)).toMatchObject({ code: "outOfRange" });
    expect(factorApr(0.8, 0.02, 30, 0)).toMatchObject({ code: "divideByZero" });
  });
});
