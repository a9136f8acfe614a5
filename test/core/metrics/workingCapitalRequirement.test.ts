import Decimal from "decimal.js";
import { workingCapitalRequirement } from "../../../src/core/metrics/workingCapitalRequirement";

describe("workingCapitalRequirement", () => {
  it("receivables + inventory − payables", () => {
    // 120,000 + 80,000 − 90,000 = 110,000
    expect(workingCapitalRequirement(120000, 80000, 90000)).toBe(110000);
  });

  it("exact to the cent over ranges with blanks", () => {
    // 0.10 + 0.20 + 0.07 − 0.02 = 0.35 (float sum 0.1 + 0.2 + 0.07 − 0.02 = 0.35000000000000003)
    expect(workingCapitalRequirement([0.1, 0.2, null], 0.07, new Decimal("0.02"))).toBe(0.35);
  });

  it("may be negative (payables exceed the rest)", () => {
    // 10 + 5 − 40 = −25
    expect(workingCapitalRequirement(10, 5, 40)).toBe(-25);
  });

  it("passes on a bad amount", () => {
    expect(workingCapitalRequirement(10, Number.NaN, 40)).toMatchObject({ code: "unreadable" });
  });
});
