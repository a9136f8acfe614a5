import { parseAmount } from "../../../src/core/money/parseAmount";
import { plainTextCents } from "../../../src/core/ledger/plainTextCents";
import { isFailure } from "../../../src/core/failure";

describe("plainTextCents", () => {
  it.each([
    ["1234.5", 123450], // 1234.50 → 123,450 cents
    ["$1234.56", 123456],
    ["$-12.30", -1230], // minus after the symbol
    ["-$7", -700], // minus before the symbol
    ["-5", -500],
    ["0123.4", 12340], // leading zero: 123.40
    ["0.07", 7],
    ["9999999999999.99", 999999999999999], // 13 whole digits, the most read here
  ])("reads %s as %d cents", (text, cents) => {
    expect(plainTextCents(text)).toBe(cents);
  });

  it("keeps the sign of a negative zero as parseAmount's cents do", () => {
    expect(Object.is(plainTextCents("-0.00"), -0)).toBe(true);
  });

  it.each([
    "",
    "-",
    "$",
    "1,234.50",
    " 12",
    "12 ",
    "1.234",
    "1.",
    ".5",
    "+5",
    "-$-5",
    "$--5",
    "(5)",
    "USD 5",
    "1e3",
    "12a",
    "99999999999999",
  ])("leaves %p to parseAmount", (text) => {
    expect(plainTextCents(text)).toBeNaN();
  });

  it("agrees with parseAmount on every form it reads", () => {
    for (const text of ["1234.5", "$1234.56", "$-12.30", "-$7", "-5", "0123.4", "0.07", "$0.1"]) {
      const parsed = parseAmount(text);
      if (isFailure(parsed) || parsed === null) throw new Error(text);
      expect(plainTextCents(text)).toBe(parsed.times(100).toNumber());
    }
  });
});
