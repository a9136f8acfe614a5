import { cashConversionCycle } from "../../../src/core/metrics/cashConversionCycle";

describe("cashConversionCycle", () => {
  it("dso + dio − dpo", () => {
    // 45 + 30 − 40 = 35
    expect(cashConversionCycle(45, 30, 40)).toBe(35);
  });

  it("adds in decimal", () => {
    // 10.1 + 20.2 − 0.3 = 30 exactly (floats give 29.999999999999996)
    expect(cashConversionCycle(10.1, 20.2, 0.3)).toBe(30);
  });

  it("may be negative (paid by customers before suppliers are paid)", () => {
    // 10 + 5 − 60 = −45
    expect(cashConversionCycle(10, 5, 60)).toBe(-45);
  });

  it("refuses non-finite input", () => {
    expect(cashConversionCycle(10, Number.POSITIVE_INFINITY, 60)).toMatchObject({
      code: "unreadable",
      message: "dio is not a finite number",
    });
  });
});
