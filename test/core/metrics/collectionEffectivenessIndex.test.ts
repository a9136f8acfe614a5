import { collectionEffectivenessIndex } from "../../../src/core/metrics/collectionEffectivenessIndex";

describe("collectionEffectivenessIndex", () => {
  it("(B + S − E) / (B + S − Ecurrent) for one period", () => {
    // (100,000 + 150,000 − 90,000) / (100,000 + 150,000 − 60,000) = 160,000 / 190,000 = 0.8421052631578947…
    expect(collectionEffectivenessIndex(100000, 150000, 90000, 60000)).toBeCloseTo(0.8421052631578947, 14);
  });

  it("Credit Research Foundation wording: S is credit sales / number of periods", () => {
    // CRF: CEI = (Beginning AR + Credit Sales / N − Ending Total AR) / (Beginning AR + Credit Sales / N − Ending Current AR).
    // Quarter: 600,000 / 3 = 200,000 a month; (500,000 + 200,000 − 550,000) / (500,000 + 200,000 − 400,000) = 150/300 = 0.5.
    expect(collectionEffectivenessIndex(500000, 600000, 550000, 400000, 3)).toBe(0.5);
  });

  it("perfect collection is 1", () => {
    // Everything past due collected: ending total = ending current = 40 → (100 + 50 − 40) / (100 + 50 − 40) = 1.
    expect(collectionEffectivenessIndex(100, 50, 40, 40)).toBe(1);
  });

  it("sums ranges and skips blanks; a blank periods argument means none", () => {
    // B = 60 + 40 = 100, S = 150, E = 90, Ec = 60 → 160 / 190.
    expect(collectionEffectivenessIndex([60, null, 40], 150, 90, 60, null)).toBeCloseTo(160 / 190, 14);
  });

  it("nothing collectable is #DIV/0!", () => {
    // 100 + 50 − 150 = 0
    expect(collectionEffectivenessIndex(100, 50, 120, 150)).toMatchObject({ code: "divideByZero" });
  });

  it("periods must be positive", () => {
    expect(collectionEffectivenessIndex(100, 50, 40, 40, 0)).toMatchObject({ code: "divideByZero" });
    expect(collectionEffectivenessIndex(100, 50, 40, 40, -3)).toMatchObject({
      code: "outOfRange",
      message: "periods must be a positive number of periods (e.g. 3); got -3",
    });
  });
});
