import { averageDayGaps } from "../../../src/core/metrics/averageDayGaps";
import { verbatim } from "../../../src/core/messages/message";

describe("averageDayGaps", () => {
  const plain = (start: number, paid: number) => paid - start;

  it("averages the gaps of the rows that have both dates, flooring time fractions", () => {
    // Rows: 45658.75 → 45688.2 is 45688 − 45658 = 30; 45689 → 45699 is 10; the open row is left out.
    // (30 + 10) / 2 = 20
    expect(averageDayGaps([45658.75, 45689, 45700], [45688.2, 45699, null], null, "invoice_dates", plain, verbatim("none"))).toBe(
      20,
    );
  });

  it("weights by amount in cents and skips blank amounts", () => {
    // 30 days on 300.00 and 10 days on 100.00: (30×30000 + 10×10000) / 40000 = 25; the blank-amount row is skipped.
    expect(averageDayGaps([0, 100, 200], [30, 110, 300], [300, 100, null], "invoice_dates", plain, verbatim("none"))).toBe(25);
  });

  it("applies the caller's gap rule", () => {
    // Early payment (−5) counts 0 under max(0, ·); late by 10: (0 + 10) / 2 = 5
    expect(averageDayGaps([100, 200], [95, 210], null, "due_dates", (s, p) => Math.max(0, p - s), verbatim("none"))).toBe(5);
  });

  it("names the start column in shape mismatches and fails on no rows", () => {
    expect(averageDayGaps([1, 2], [3], null, "due_dates", plain, verbatim("none"))).toMatchObject({
      code: "shapeMismatch",
      message: "due_dates and paid_dates must have the same shape",
    });
    expect(averageDayGaps([1], [3], [1, 2], "due_dates", plain, verbatim("none"))).toMatchObject({
      code: "shapeMismatch",
      message: "due_dates and amounts must have the same shape",
    });
    expect(averageDayGaps([1], [null], null, "due_dates", plain, verbatim("no rows here"))).toMatchObject({
      code: "divideByZero",
      message: "no rows here",
    });
  });
});
