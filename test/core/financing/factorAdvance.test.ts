import Decimal from "decimal.js";
import { factorAdvance } from "../../../src/core/financing/factorAdvance";

describe("factorAdvance", () => {
  it("amount × advance rate", () => {
    // 10,000 × 0.8 = 8,000; 10,000 × 1 = 10,000 (full advance is allowed).
    expect(factorAdvance(10000, 0.8)).toBe(8000);
    expect(factorAdvance(10000, 1)).toBe(10000);
  });

  it("rounds once, half away from zero", () => {
    // 10.01 × 0.85 = 8.5085 → 8.51; a credit note −10.01 → −8.51 (away from zero).
    expect(factorAdvance(10.01, 0.85)).toBe(8.51);
    expect(factorAdvance(-10.01, 0.85)).toBe(-8.51);
    // 0.01 × 0.5 = 0.005 → 0.01 exactly on the half.
    expect(factorAdvance(new Decimal("0.01"), 0.5)).toBe(0.01);
  });

  it("advance_rate outside (0, 1] is refused with the hint", () => {
    expect(factorAdvance(10000, 80)).toMatchObject({
      code: "outOfRange",
      excelError: "#VALUE!",
      message: "advance_rate must be between 0 and 1 (e.g. 80% or 0.8); got 80",
    });
    expect(factorAdvance(10000, 0)).toMatchObject({ code: "outOfRange" });
    expect(factorAdvance(10000, -0.8)).toMatchObject({ code: "outOfRange" });
  });
});
