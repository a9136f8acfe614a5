import { creditLimit } from "../../src/functions/credit";
import { errorOf } from "../support/excelValues";

/* AR.CREDITLIMIT as Excel calls it: single cells, blanks for the optional financials, text amounts. */

describe("AR.CREDITLIMIT", () => {
  test("the brief's customer: 120,000 × 30 ÷ (30 + 12) × 1.10 (B) = 94,285.71 → 94,000", () => {
    expect(creditLimit(120000, 50000, 12, 25)).toBe(94000);
    // The same with the defaults typed out, and financials left blank (Excel hands null).
    expect(creditLimit(120000, 50000, 12, 25, 30, null, null, null)).toBe(94000);
    // Amounts as text, as an export writes them.
    expect(creditLimit("$120,000.00", "50,000", 12, 25)).toBe(94000);
  });

  test("each financial caps the limit: 10% of net worth, 20% of working capital, 10% of monthly revenue", () => {
    // 800,000 × 10% = 80,000; 300,000 × 20% = 60,000; 6,000,000 ÷ 12 × 10% = 50,000.
    expect(creditLimit(120000, 50000, 12, 25, null, 800000)).toBe(80000);
    expect(creditLimit(120000, 50000, 12, 25, null, null, 300000)).toBe(60000);
    expect(creditLimit(120000, 50000, 12, 25, null, 800000, 300000, 6000000)).toBe(50000);
  });

  test("terms 60 and 20 days late: 120,000 × 60 ÷ 80 = 90,000 × 1.10 = 99,000; grade E halves", () => {
    expect(creditLimit(120000, 50000, 20, 25, 60)).toBe(99000);
    // E (score 90): 85,714.2857… × 0.50 = 42,857.14 → 42,000.
    expect(creditLimit(120000, 50000, 12, 90)).toBe(42000);
    // No history: 0.
    expect(creditLimit(0, 0, 0, 0)).toBe(0);
  });

  test("a bad input is #VALUE! with a message that says what to fix", () => {
    expect(errorOf(creditLimit(-5, 50000, 12, 25))).toEqual({
      code: "#VALUE!",
      message: "peak_exposure must be 0 or more; got -5",
    });
    expect(errorOf(creditLimit(120000, "lots", 12, 25)).code).toBe("#VALUE!");
    expect(errorOf(creditLimit(120000, 50000, 12, 140)).code).toBe("#VALUE!");
    expect(errorOf(creditLimit(120000, 50000, 12, 25, null, null, null, -1)).message).toBe(
      "annual_revenue must be 0 or more; got -1",
    );
    // A required argument left blank is #N/A.
    expect(errorOf(creditLimit(120000, 50000, null, 25)).code).toBe("#N/A");
  });
});
