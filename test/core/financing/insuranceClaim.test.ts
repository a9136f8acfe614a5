import { insuranceClaim } from "../../../src/core/financing/insuranceClaim";

describe("insuranceClaim", () => {
  it("max(0, loss − deductible) × indemnity rate", () => {
    // (50,000 − 5,000) × 0.9 = 40,500
    expect(insuranceClaim(50000, 0.9, 5000)).toBe(40500);
    // Defaults 90%, no deductible: 10,000 × 0.9 = 9,000
    expect(insuranceClaim(10000)).toBe(9000);
  });

  it("a loss within the deductible pays nothing", () => {
    expect(insuranceClaim(4000, 0.9, 5000)).toBe(0);
  });

  it("rounds half away from zero at the end", () => {
    // 1,000.05 × 0.9 = 900.045 → 900.05
    expect(insuranceClaim(1000.05)).toBe(900.05);
  });

  it("errors: rate typed as a percent, negative deductible", () => {
    expect(insuranceClaim(10000, 90)).toMatchObject({
      code: "outOfRange",
      message: "indemnity_rate must be between 0 and 1 (e.g. 90% or 0.9); got 90",
    });
    expect(insuranceClaim(10000, 0.9, -1)).toMatchObject({ code: "outOfRange" });
    expect(insuranceClaim(Number.NaN)).toMatchObject({ code: "unreadable" });
  });
});
