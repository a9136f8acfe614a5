import { bestPossibleDso } from "../../../src/core/metrics/bestPossibleDso";

describe("bestPossibleDso", () => {
  it("current receivables / credit sales × days", () => {
    // 80,000 / 730,000 × 365 = 40 days.
    expect(bestPossibleDso(80000, 730000)).toBe(40);
    // 30,000 / 90,000 × 90 = 30 days.
    expect(bestPossibleDso([10000, 20000, null], 90000, 90)).toBe(30);
  });

  it("zero sales is #DIV/0!; bad days are refused", () => {
    expect(bestPossibleDso(80000, 0)).toMatchObject({ code: "divideByZero" });
    expect(bestPossibleDso(80000, 730000, -1)).toMatchObject({ code: "outOfRange" });
  });
});
