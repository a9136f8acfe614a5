import { creditUse } from "../../../src/core/metrics/creditUse";

describe("creditUse", () => {
  it("outstanding / limit", () => {
    // 62,500 / 50,000 = 1.25 (125% used)
    expect(creditUse(62500, 50000)).toBe(1.25);
    // Open items summed, blank skipped: (10,000 + 5,000) / 60,000 = 0.25
    expect(creditUse([10000, null, 5000], 60000)).toBe(0.25);
  });

  it("a credit balance gives a negative use", () => {
    // −1,000 / 10,000 = −0.1
    expect(creditUse(-1000, 10000)).toBe(-0.1);
  });

  it("zero limit is #DIV/0!; negative limit refused", () => {
    expect(creditUse(100, 0)).toMatchObject({ code: "divideByZero", excelError: "#DIV/0!" });
    expect(creditUse(100, -5000)).toMatchObject({ code: "outOfRange" });
  });
});
