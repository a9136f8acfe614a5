import { receivablesTurnover } from "../../../src/core/metrics/receivablesTurnover";

describe("receivablesTurnover", () => {
  it("credit sales / average receivables", () => {
    // 730,000 / 100,000 = 7.3 turns
    expect(receivablesTurnover(730000, 100000)).toBe(7.3);
    // Average as a range summed: (0.1 + 0.2) = 0.3 exactly in cents; 0.9 / 0.3 = 3 (floats: 2.9999999999999996).
    expect(receivablesTurnover(0.9, [0.1, 0.2])).toBe(3);
  });

  it("zero receivables is #DIV/0!", () => {
    expect(receivablesTurnover(730000, 0)).toMatchObject({ code: "divideByZero" });
    expect(receivablesTurnover(730000, null)).toMatchObject({ code: "divideByZero" });
  });
});
