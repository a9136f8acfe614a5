import { cashRatio, concentration, creditUse, reviewFlag, wcr } from "../../src/functions/metrics";
import { errorOf } from "../support/excelValues";

/* Credit and liquidity measures as Excel calls them: ranges as matrices, scalars as values. */

describe("AR.WCR", () => {
  test("120,000 + 80,000 − 90,000 = 110,000; ranges summed; exact cents (0.10 + 0.20 − 0.30 = 0)", () => {
    expect(wcr([[120000]], [[80000]], [[90000]])).toBe(110000);
    expect(wcr([[60000], [60000]], [[80000, null]], [[45000, "45,000.00"]])).toBe(110000);
    expect(wcr([[0.1]], [[0.2]], [[0.3]])).toBe(0);
  });

  test("an unreadable amount is #VALUE!", () => {
    expect(errorOf(wcr([["n/a"]], [[1]], [[1]])).code).toBe("#VALUE!");
  });
});

describe("AR.CASHRATIO", () => {
  test("(50,000 + 10,000) / 120,000 = 0.5; zero liabilities #DIV/0!", () => {
    expect(cashRatio([[50000]], [[10000]], [[120000]])).toBe(0.5);
    expect(errorOf(cashRatio([[50000]], [[10000]], [[0]])).code).toBe("#DIV/0!");
  });
});

describe("AR.CONCENTRATION", () => {
  const NAMES = [["Acme"], ["Beta"], ["acme "], [null]];
  const AMOUNTS = [[300], [400], [300], [null]];

  test("Acme holds 300 + 300 of 1,000 = 0.6; the top 2 hold all = 1; blank rows skipped", () => {
    expect(concentration(NAMES, AMOUNTS, null)).toBe(0.6);
    expect(concentration(NAMES, AMOUNTS, 2)).toBe(1);
  });

  test("an amount without a customer is #N/A; top_n 0 is #VALUE!; shapes must agree", () => {
    expect(errorOf(concentration([[null]], [[5]])).code).toBe("#N/A");
    expect(errorOf(concentration(NAMES, AMOUNTS, 0)).code).toBe("#VALUE!");
    expect(errorOf(concentration([["A"], ["B"]], [[1]])).code).toBe("#VALUE!");
  });
});

describe("AR.CREDITUSE", () => {
  test("62,500 / 50,000 = 1.25; a zero limit is #DIV/0!", () => {
    expect(creditUse([[62500]], [[50000]])).toBe(1.25);
    expect(creditUse([[12500, 50000]], 50000 as never)).toBe(1.25);
    expect(errorOf(creditUse([[100]], [[0]])).code).toBe("#DIV/0!");
  });
});

describe("AR.REVIEWFLAG", () => {
  test("5,000 overdue reaches 10% of 50,000: TRUE; 4,999.99 does not: FALSE", () => {
    expect(reviewFlag([[5000]], [[50000]], null)).toBe(true);
    expect(reviewFlag([[4999.99]], [[50000]])).toBe(false);
  });

  test("threshold as 20% text: 5,000 < 10,000 → FALSE; a threshold of 20 is #VALUE! with a hint", () => {
    expect(reviewFlag([[5000]], [[50000]], "20%")).toBe(false);
    expect(errorOf(reviewFlag([[5000]], [[50000]], 20)).message).toContain("between 0 and 1");
  });
});
