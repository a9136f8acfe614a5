import { isFailure } from "../../../src/core/failure";
import { lateInterestBlock, type LetterBlockContext } from "../../../src/core/letters/lateInterestBlock";
import { letterWords } from "../../../src/core/letters/letterWords";
import { d } from "./letterFixtures";

const AS_OF = d(2025, 6, 30);
const context: LetterBlockContext = {
  words: letterWords("en"),
  language: "en",
  currency: "EUR",
  tone: "formal",
  asOf: "30 June 2025",
  payBy: "7 July 2025",
};
const invoices = [
  { label: "A-1", dueSerial: d(2025, 5, 31), openCents: 1000000 }, // 30 days
  { label: "A-2", dueSerial: d(2025, 6, 15), openCents: 250000 }, // 15 days
];

describe("lateInterestBlock", () => {
  it("annual rate, actual/365, per invoice rounded to the cent", () => {
    // 10,000 × 0.08 × 30 / 365 = 24,000 / 365 = 65.753… → 65.75
    // 2,500 × 0.08 × 15 / 365 =  3,000 / 365 =  8.219… →  8.22; total 73.97
    const result = lateInterestBlock(invoices, { rate: 0.08 }, AS_OF, context);
    if (isFailure(result)) throw new Error(result.message);
    expect(result.totalCents).toBe(7397);
    expect(result.block.table?.rows).toEqual([
      ["A-1", "30", "€65.75"],
      ["A-2", "15", "€8.22"],
    ]);
    expect(result.block.paragraphs[0]).toBe(
      "Under our terms of sale, overdue invoices carry late-payment interest at 8% a year. To 30 June 2025 this comes to €73.97:",
    );
    expect(result.block.notes[0]).toMatch(/added to our claim if payment is not received by 7 July 2025/);
  });

  it("adds the €40 fixed sum per invoice (Directive 2011/7/EU art. 6), on a 360-day year", () => {
    // 10,000 × 0.08 × 30 / 360 = 66.666… → 66.67 + 40 = 106.67
    // 2,500 × 0.08 × 15 / 360 =  8.333… →  8.33 + 40 =  48.33; total 155.00
    const result = lateInterestBlock(invoices, { rate: 0.08, dayCount: 360, fixedFee: 40 }, AS_OF, context);
    if (isFailure(result)) throw new Error(result.message);
    expect(result.totalCents).toBe(15500);
    expect(result.block.paragraphs[0]).toContain("8% a year (360-day year), plus a fixed compensation of €40.00 per invoice");
  });

  it("a rate table: the letter speaks of the rates in force", () => {
    // 10,000 at 10 % for 30 days: 10,000 × 0.10 × 30 / 365 = 82.19
    const result = lateInterestBlock(
      [invoices[0]],
      { rate: [{ effectiveFrom: d(2025, 1, 1), annualRate: 0.1 }] },
      AS_OF,
      context,
    );
    if (isFailure(result)) throw new Error(result.message);
    expect(result.totalCents).toBe(8219);
    expect(result.block.paragraphs[0]).toContain("at the rates in force over the period");
  });

  it("a friendly letter offers to waive it", () => {
    const result = lateInterestBlock(invoices, { rate: 0.08 }, AS_OF, { ...context, tone: "friendly" });
    if (isFailure(result)) throw new Error(result.message);
    expect(result.block.notes[0]).toBe("We will waive this interest if payment reaches us by 7 July 2025.");
  });

  it("a rate typed as a percent (8 for 8 %) is a failure", () => {
    expect(isFailure(lateInterestBlock(invoices, { rate: 8 }, AS_OF, context))).toBe(true);
  });
});
