import Decimal from "decimal.js";
import { isFailure } from "../../../src/core/failure";
import { checkRate } from "../../../src/core/financing/checkRate";

const advance = { name: "advance_rate", example: "0.8", zeroExcluded: true };

describe("checkRate", () => {
  it("returns the rate as an exact Decimal", () => {
    const rate = checkRate(0.8, advance);
    expect(!isFailure(rate) && rate.toString()).toBe("0.8");
    expect(!isFailure(checkRate(new Decimal(1), advance))).toBe(true);
  });

  it("80 typed for 80% gets the spec's hint message", () => {
    expect(checkRate(80, advance)).toMatchObject({
      failure: true,
      code: "outOfRange",
      excelError: "#VALUE!",
      message: "advance_rate must be between 0 and 1 (e.g. 80% or 0.8); got 80",
    });
  });

  it("open bounds exclude 0 or 1; closed bounds keep them", () => {
    expect(checkRate(0, advance)).toMatchObject({ code: "outOfRange" });
    expect(checkRate(1, { name: "discount", example: "0.02", oneExcluded: true })).toMatchObject({
      message: "discount must be between 0 and 1 (e.g. 2% or 0.02); got 1",
    });
    expect(isFailure(checkRate(0, { name: "fee_rate", example: "0.02" }))).toBe(false);
    expect(checkRate(-0.01, { name: "fee_rate", example: "0.02" })).toMatchObject({ code: "outOfRange" });
  });

  it("non-finite is unreadable", () => {
    expect(checkRate(Number.NaN, advance)).toMatchObject({ code: "unreadable" });
  });
});
