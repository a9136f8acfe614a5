import { checkDays } from "../../../src/core/metrics/checkDays";

describe("checkDays", () => {
  it("passes a positive count through", () => {
    expect(checkDays(365, "days")).toBe(365);
    expect(checkDays(30.5, "period_days")).toBe(30.5);
  });

  it("treats 0 as a zero denominator", () => {
    expect(checkDays(0, "days")).toMatchObject({ code: "divideByZero", excelError: "#DIV/0!" });
  });

  it("rejects negatives with a hint, in the caller's unit", () => {
    expect(checkDays(-3, "periods", "3", "periods")).toMatchObject({
      code: "outOfRange",
      message: "periods must be a positive number of periods (e.g. 3); got -3",
    });
  });

  it("rejects non-finite counts", () => {
    expect(checkDays(Number.NaN, "days")).toMatchObject({ code: "unreadable" });
  });
});
