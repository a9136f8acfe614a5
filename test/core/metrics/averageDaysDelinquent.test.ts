import { averageDaysDelinquent } from "../../../src/core/metrics/averageDaysDelinquent";

describe("averageDaysDelinquent", () => {
  it("DSO − BPDSO", () => {
    // DSO = 120,000 / 730,000 × 365 = 60; BPDSO = 80,000 / 730,000 × 365 = 40; ADD = 20.
    expect(averageDaysDelinquent(120000, 80000, 730000)).toBe(20);
  });

  it("exact with repeating fractions", () => {
    // DSO = 100/300 × 365 = 121.666…; BPDSO = 50/300 × 365 = 60.833…; ADD = 50/300 × 365 = 60.8333…
    expect(averageDaysDelinquent(100, 50, 300)).toBeCloseTo(60.833333333333336, 12);
  });

  it("zero sales is #DIV/0!; bad days refused", () => {
    expect(averageDaysDelinquent(100, 50, [null])).toMatchObject({ code: "divideByZero" });
    expect(averageDaysDelinquent(100, 50, 300, 0)).toMatchObject({ code: "divideByZero" });
    expect(averageDaysDelinquent(100, 50, 300, -5)).toMatchObject({ code: "outOfRange" });
  });
});
