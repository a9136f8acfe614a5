import { cashRatio } from "../../../src/core/metrics/cashRatio";

describe("cashRatio", () => {
  it("(cash + securities) / current liabilities", () => {
    // (50,000 + 25,000) / 150,000 = 0.5
    expect(cashRatio(50000, 25000, 150000)).toBe(0.5);
    // Ranges summed, blank securities: (30,000 + 20,000 + 0) / 40,000 = 1.25
    expect(cashRatio([30000, 20000], null, 40000)).toBe(1.25);
  });

  it("zero liabilities is #DIV/0!", () => {
    expect(cashRatio(50000, 25000, 0)).toMatchObject({ code: "divideByZero" });
  });
});
