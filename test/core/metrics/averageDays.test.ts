import { averageDays } from "../../../src/core/metrics/averageDays";
import { verbatim } from "../../../src/core/messages/message";

describe("averageDays", () => {
  it("plain mean", () => {
    // (10 + 20 + 45) / 3 = 25
    expect(averageDays([10, 20, 45], null, verbatim("none"))).toBe(25);
  });

  it("amount-weighted mean in cents", () => {
    // (3000.00 × 10 + 1000.00 × 40) / 4000.00 = (30000 + 40000) / 4000 = 17.5
    expect(averageDays([10, 40], [300000, 100000], verbatim("none"))).toBe(17.5);
  });

  it("stays exact when cents × days passes 2^53 (decimal fallback)", () => {
    // Two rows of 4e15 cents at 3 and 5 days: Σw·d = 3.2e16 > 2^53 ≈ 9.007e15; mean = (3 + 5) / 2 = 4.
    expect(averageDays([3, 5], [4e15, 4e15], verbatim("none"))).toBe(4);
  });

  it("no rows is a zero denominator with the caller's message", () => {
    expect(averageDays([], null, verbatim("no row has both dates"))).toMatchObject({
      code: "divideByZero",
      message: "no row has both dates",
    });
  });

  it("weights summing to 0 (an invoice and its credit note) is a zero denominator", () => {
    expect(averageDays([10, 20], [5000, -5000], verbatim("none"))).toMatchObject({ code: "divideByZero" });
  });
});
