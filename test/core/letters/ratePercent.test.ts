import Decimal from "decimal.js";
import { ratePercent } from "../../../src/core/letters/ratePercent";

describe("ratePercent", () => {
  it("exact percent without float noise or trailing zeros", () => {
    expect(ratePercent(0.1215)).toBe("12.15%");
    expect(ratePercent(0.07)).toBe("7%"); // 0.07 × 100 in floats is 7.000000000000001
    expect(ratePercent(0.0005)).toBe("0.05%");
    expect(ratePercent(new Decimal("0.125"))).toBe("12.5%");
    expect(ratePercent(0)).toBe("0%");
  });
});
