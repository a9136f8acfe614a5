import Decimal from "decimal.js";
import { isFailure } from "../../../src/core/failure";
import { amountToCents, sumAmounts } from "../../../src/core/metrics/sumAmounts";

describe("amountToCents", () => {
  it("reads whole-cent floats exactly, drift included", () => {
    // 0.1 + 0.2 = 0.30000000000000004 in floats; as money it is 30 cents.
    expect(amountToCents(0.1 + 0.2)).toBe(30);
    expect(amountToCents(1234.56)).toBe(123456);
  });

  it("rounds beyond the second decimal half away from zero", () => {
    // 2.345 → 234.5 cents → 235; -2.345 → -235 (away from zero, not toward +∞).
    expect(amountToCents(2.345)).toBe(235);
    expect(amountToCents(-2.345)).toBe(-235);
  });

  it("takes the Decimals parseAmount returns", () => {
    expect(amountToCents(new Decimal("-1234.50"))).toBe(-123450);
  });

  it("fails on non-finite and on amounts too large for exact cents", () => {
    expect(amountToCents(Number.NaN)).toMatchObject({ code: "unreadable" });
    expect(amountToCents(new Decimal(Infinity))).toMatchObject({ code: "unreadable" });
    expect(amountToCents(1e14)).toMatchObject({ code: "outOfRange" }); // 1e16 cents > 2^53
  });
});

describe("sumAmounts", () => {
  it("skips blanks as SUMIF does and sums in cents", () => {
    // 100.10 + 200.20 = 300.30 → 30030 cents (floats would give 300.29999999999995).
    expect(sumAmounts([100.1, null, 200.2])).toBe(30030);
  });

  it("takes a single cell, a blank cell and credit notes", () => {
    expect(sumAmounts(5)).toBe(500);
    expect(sumAmounts(null)).toBe(0);
    expect(sumAmounts([1000, -250.5])).toBe(74950);
  });

  it("names the argument in its failure", () => {
    const result = sumAmounts([1, Number.POSITIVE_INFINITY], "credit_sales");
    expect(isFailure(result) && result.message).toBe("credit_sales is not a finite number");
  });

  it("fails rather than drift when the total passes 2^53 cents", () => {
    // Each 5e13 is 5e15 cents (safe); two of them, 1e16, are not.
    expect(sumAmounts([5e13, 5e13])).toMatchObject({ code: "outOfRange" });
  });
});
