import fc from "fast-check";
import Decimal from "decimal.js";
import {
  centsToMoney,
  centsToNumber,
  money,
  moneyToNumber,
  roundMoney,
  toCents,
  toCentsFast,
} from "../../../src/core/money/money";

describe("roundMoney: 2 decimals, half away from zero", () => {
  it.each([
    ["0.005", "0.01"],
    ["-0.005", "-0.01"],
    ["2.675", "2.68"], // the float 2.675 is 2.67499999…; read as the decimal the analyst typed
    ["-2.675", "-2.68"],
    ["1.004999", "1"],
    ["-1.004999", "-1"],
    ["1234.5", "1234.5"],
    ["0.125", "0.13"],
    ["-0.125", "-0.13"],
  ])("%s → %s", (input, expected) => {
    expect(roundMoney(input).toString()).toBe(expected);
  });

  it("reads floats through their shortest decimal form (2.675 → 2.68, not 2.67)", () => {
    expect(roundMoney(2.675).toString()).toBe("2.68");
    expect(roundMoney(-2.675).toString()).toBe("-2.68");
    expect(roundMoney(1.005).toString()).toBe("1.01");
  });

  it("moneyToNumber rounds once and returns a plain number", () => {
    expect(moneyToNumber(new Decimal("1234.565"))).toBe(1234.57);
    expect(moneyToNumber("-1234.565")).toBe(-1234.57);
    expect(moneyToNumber(money("0.1").plus("0.2"))).toBe(0.3);
  });

  it("money() keeps full precision (no early rounding)", () => {
    expect(money("0.1").plus("0.2").toString()).toBe("0.3");
    expect(money("0.001").toString()).toBe("0.001");
    expect(money("1").dividedBy(3).toString()).toBe("0." + "3".repeat(40)); // 40 significant digits
  });
});

describe("toCents", () => {
  it("ignores float drift: 0.1 + 0.2 = 0.30000000000000004 is 30 cents", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the drift is real
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCentsFast(0.1 + 0.2)).toBe(30);
  });

  it("4.35 is 435 cents although 4.35 × 100 = 434.99999999999994 in floats (likewise 0.57, 1.1)", () => {
    expect(4.35 * 100).not.toBe(435);
    expect(toCents(4.35)).toBe(435);
    expect(toCentsFast(4.35)).toBe(435);
    expect(toCentsFast(0.57)).toBe(57);
    expect(toCentsFast(1.1)).toBe(110);
    expect(toCentsFast(1234.56)).toBe(123456);
  });

  it("rounds sub-cent amounts half away from zero: 1.005 → 101, −1.005 → −101, 2.675 → 268", () => {
    // Math.round(1.005 * 100) would give 100: 1.005 * 100 = 100.49999999999999.
    expect(toCents(1.005)).toBe(101);
    expect(toCentsFast(1.005)).toBe(101);
    expect(toCents(-1.005)).toBe(-101);
    expect(toCentsFast(-1.005)).toBe(-101);
    expect(toCentsFast(2.675)).toBe(268);
    expect(toCentsFast(-2.675)).toBe(-268);
    expect(toCentsFast(-0.005)).toBe(-1); // Math.round(-0.5) would give -0
  });

  it("gives +0, never -0, for amounts that round to zero", () => {
    expect(Object.is(toCents(-0.001), 0)).toBe(true);
    expect(Object.is(toCentsFast(-0.004), 0)).toBe(true);
    expect(Object.is(toCentsFast(0), 0)).toBe(true);
    expect(Object.is(toCentsFast(-0), 0)).toBe(true);
    expect(Object.is(toCentsFast(-1e-9), 0)).toBe(true);
  });

  it("handles negatives and large whole amounts", () => {
    expect(toCentsFast(-1234.5)).toBe(-123450);
    expect(toCentsFast(1e12)).toBe(1e14);
    expect(toCentsFast(99999999999.99)).toBe(9999999999999);
  });

  it("property: toCentsFast(n / 100) = n for any whole number of cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(toCentsFast(cents / 100)).toBe(cents);
        expect(toCents(cents / 100)).toBe(cents);
      }),
    );
  });

  it("property: the fast path agrees with the exact path on any finite amount", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(toCentsFast(value)).toBe(toCents(value));
      }),
    );
  });
});

describe("centsToNumber / centsToMoney", () => {
  it("divides by 100", () => {
    expect(centsToNumber(123456)).toBe(1234.56);
    expect(centsToNumber(-5)).toBe(-0.05);
    expect(centsToMoney(-5).toString()).toBe("-0.05");
    expect(centsToMoney(123456).toString()).toBe("1234.56");
  });
});
