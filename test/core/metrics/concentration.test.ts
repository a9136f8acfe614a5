import fc from "fast-check";
import { isFailure } from "../../../src/core/failure";
import { concentration } from "../../../src/core/metrics/concentration";

describe("concentration", () => {
  it("groups names trimmed and case-insensitive", () => {
    // Acme = 300 + 300 = 600, Beta = 400; total 1,000 → top 1 = 0.6.
    expect(concentration(["Acme", "Beta", " ACME "], [300, 400, 300])).toBe(0.6);
  });

  it("top N largest", () => {
    // A 500, B 300, C 150, D 50 → top 2 = 800 / 1,000 = 0.8; top 10 (more than there are) = 1.
    const names = ["A", "B", "C", "D"];
    const amounts = [500, 300, 150, 50];
    expect(concentration(names, amounts, 2)).toBe(0.8);
    expect(concentration(names, amounts, 10)).toBe(1);
  });

  it("skips blank amounts; credit notes net within the customer", () => {
    // A = 500 − 200 = 300, B = 300 (blank row skipped) → top 1 = 300 / 600 = 0.5.
    expect(concentration(["A", "A", "B", "C"], [500, -200, 300, null], 1)).toBe(0.5);
  });

  it("a customer in net credit holds no share and does not shrink the total", () => {
    // A 600, B 400, C −500 (net credit): total 1,000 → 0.6, not 600 / 500 = 1.2.
    expect(concentration(["A", "B", "C"], [600, 400, -500])).toBe(0.6);
  });

  it("no positive balance is #DIV/0!", () => {
    expect(concentration(["A", "B"], [0, -10])).toMatchObject({ code: "divideByZero" });
    expect(concentration([], [])).toMatchObject({ code: "divideByZero" });
  });

  it("an amount with a blank customer is #N/A naming the row", () => {
    expect(concentration(["A", "  "], [100, 50])).toMatchObject({
      code: "missing",
      message: "customer is blank in row 2, which has an amount",
    });
    expect(concentration(["A", null], [100, 50])).toMatchObject({ code: "missing" });
  });

  it("top_n must be a whole number ≥ 1; shapes must match", () => {
    expect(concentration(["A"], [1], 0)).toMatchObject({ code: "outOfRange" });
    expect(concentration(["A"], [1], 1.5)).toMatchObject({ code: "outOfRange" });
    expect(concentration(["A", "B"], [1])).toMatchObject({ code: "shapeMismatch" });
  });

  it("is always within [0, 1] (property)", () => {
    const row = fc.record({
      name: fc.constantFrom("Acme", "acme ", "Beta", "GAMMA", " gamma"),
      cents: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (rows, topN) => {
        const result = concentration(
          rows.map((r) => r.name),
          rows.map((r) => r.cents / 100),
          topN,
        );
        if (isFailure(result)) return result.code === "divideByZero";
        return result >= 0 && result <= 1;
      }),
    );
  });
});
