import { isFailure } from "../../../src/core/failure";
import { riskGrade } from "../../../src/core/risk/riskGrade";

describe("riskGrade", () => {
  // Bands from the spec: A 0–19, B 20–39, C 40–59, D 60–79, E 80–100.
  it.each([
    [0, "A"],
    [19, "A"],
    [19.5, "A"],
    [20, "B"],
    [39, "B"],
    [40, "C"],
    [59, "C"],
    [60, "D"],
    [79, "D"],
    [80, "E"],
    [100, "E"],
  ])("riskGrade(%p) = %p", (score, grade) => {
    expect(riskGrade(score)).toBe(grade);
  });

  it("refuses scores outside 0–100 and non-numbers", () => {
    const low = riskGrade(-1);
    expect(isFailure(low) && low.message).toBe("score must be between 0 and 100; got -1");
    expect(isFailure(riskGrade(101))).toBe(true);
    expect(isFailure(riskGrade(Number.NaN))).toBe(true);
  });
});
