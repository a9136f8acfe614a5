import fc from "fast-check";
import type Decimal from "decimal.js";
import { isFailure, type Failure } from "../../../src/core/failure";
import { parseAmount, parseAmountWithCurrency } from "../../../src/core/money/parseAmount";

const amountOf = (value: unknown): string => {
  const result = parseAmount(value);
  if (result === null || isFailure(result)) throw new Error(`expected an amount for ${String(value)}`);
  return (result as Decimal).toString();
};
const failure = (value: unknown, argName?: string): Failure => {
  const result = parseAmount(value, argName);
  expect(isFailure(result)).toBe(true);
  return result as Failure;
};

describe("parseAmount text", () => {
  it.each([
    ["1,234.50", "1234.5"],
    ["1234.50", "1234.5"],
    ["$1,234.50", "1234.5"],
    ["¥1,234.50", "1234.5"],
    ["￥1,234.50", "1234.5"],
    ["€1,234.50", "1234.5"],
    ["£1,234.50", "1234.5"],
    ["USD 1,234.50", "1234.5"],
    ["usd 1,234.50", "1234.5"],
    ["USD1,234.50", "1234.5"],
    ["CNY 1,234.50", "1234.5"],
    ["RMB 1,234.50", "1234.5"],
    ["US$1,234.50", "1234.5"],
    ["HK$1,234.50", "1234.5"],
    ["CN¥1,234.50", "1234.5"],
    ["1234.5 USD", "1234.5"],
    ["1,234.50 EUR", "1234.5"],
    ["1234元", "1234"],
    ["  1,234.50  ", "1234.5"],
    ["+1,234.50", "1234.5"],
    ["1,234,567.891", "1234567.891"], // sub-cent digits are kept; rounding happens at the end
    ["0.30", "0.3"],
    ["0", "0"],
    // Forms the ledger's reader takes (readAmountText), now read the same way by the functions:
    ["-", "0"], // an accounting export's zero (was refused)
    ["–", "0"],
    ["1 234.50", "1234.5"], // space as the thousands separator (was refused)
    ["1\u00a0234.50", "1234.5"], // no-break space
    ["1'234.50", "1234.5"], // Swiss
    ["EUR +5", "5"],
  ])("reads %s as %s", (text, expected) => {
    expect(amountOf(text)).toBe(expected);
  });

  it.each([
    ["(1,234.50)", "-1234.5"],
    ["-1,234.50", "-1234.5"],
    ["($1,234.50)", "-1234.5"],
    ["-$1,234.50", "-1234.5"],
    ["$-1,234.50", "-1234.5"],
    ["USD -1,234.50", "-1234.5"],
    ["-1234.5 USD", "-1234.5"],
    ["( 1,234.50 )", "-1234.5"],
    ["1,234.50-", "-1234.5"], // SAP's trailing minus
    ["USD 1,234.50-", "-1234.5"],
  ])("reads %s as the negative %s", (text, expected) => {
    expect(amountOf(text)).toBe(expected);
  });

  it.each([
    ["1,23,4"],
    ["1,2345"],
    ["12,345,67"],
    ["1 234,50"], // a decimal comma: read only where a ledger column proves it, never in a function
    ["1.234,50"],
    ["1.234,50-"],
    [",123"],
    ["1,234."],
    [".50"],
    ["1.2.3"],
    ["abc"],
    ["Net 30"], // was read as 30 when any three letters counted as a currency code
    ["INV123"], // was read as 123
    ["ABC 100"],
    ["$--5"], // was read as +5: the second minus flipped the sign back
    ["--5"],
    ["(-5)"],
    ["(5"],
    ["5)"],
    ["$"],
    ["USD"],
    ["--"],
    ["()"],
    ["1e5"],
    ["N/A"],
  ])("refuses %s, quoting it", (text) => {
    const result = failure(text);
    expect(result.code).toBe("unreadable");
    expect(result.excelError).toBe("#VALUE!");
    expect(result.message).toBe(`cannot read '${text}' as an amount`);
  });

  it("shortens very long text in the message", () => {
    const message = failure("x".repeat(100)).message;
    expect(message).toBe(`cannot read '${"x".repeat(39)}…' as an amount`);
  });
});

describe("parseAmountWithCurrency", () => {
  const read = (value: unknown) => {
    const result = parseAmountWithCurrency(value);
    if (result === null || isFailure(result)) throw new Error(`expected an amount for ${String(value)}`);
    return { amount: result.amount.toString(), currency: result.currency };
  };

  it.each([
    ["USD 1,234.50", "1234.5", "USD"],
    ["usd 1,234.50", "1234.5", "USD"],
    ["1,234.50 EUR", "1234.5", "EUR"],
    ["€1,234.50", "1234.5", "EUR"],
    ["£5", "5", "GBP"],
    ["US$5", "5", "USD"],
    ["HK$5", "5", "HKD"],
    ["RMB 5", "5", "CNY"],
    ["CN¥5", "5", "CNY"],
    ["5元", "5", "CNY"],
    ["(JPY 1,000)", "-1000", "JPY"],
    ["CHF 1'234.50-", "-1234.5", "CHF"],
  ])("%s is %s in %s", (text, amount, currency) => {
    expect(read(text)).toEqual({ amount, currency });
  });

  it.each([["1,234.50"], ["$1,234.50"], ["¥1,234.50"], ["￥1,234.50"], ["-"]])(
    "%s names no currency (a bare $ or ¥ is no ISO code: yen or yuan, US or another dollar)",
    (text) => {
      expect(read(text).currency).toBeNull();
    },
  );

  it("a number names no currency; blanks are null; failures are parseAmount's", () => {
    expect(read(12.5)).toEqual({ amount: "12.5", currency: null });
    expect(parseAmountWithCurrency("  ")).toBeNull();
    expect(parseAmountWithCurrency(null)).toBeNull();
    expect((parseAmountWithCurrency("Net 30", "amounts") as Failure).message).toBe("cannot read 'Net 30' as an amount");
    expect((parseAmountWithCurrency(true, "amounts") as Failure).message).toBe("amounts must be a number, not TRUE");
  });
});

describe("parseAmount other values", () => {
  it("takes numbers as they are, credit notes included", () => {
    expect(amountOf(1234.5)).toBe("1234.5");
    expect(amountOf(-50)).toBe("-50");
    expect(amountOf(0.1 + 0.2)).toBe("0.30000000000000004"); // exact; toCents removes the drift
  });

  it("gives null for blanks", () => {
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount(undefined)).toBeNull();
    expect(parseAmount("")).toBeNull();
    expect(parseAmount("   ")).toBeNull();
  });

  it("refuses booleans, naming the argument", () => {
    expect(failure(true, "credit_limit").message).toBe("credit_limit must be a number, not TRUE");
    expect(failure(false).message).toBe("amount must be a number, not FALSE");
  });

  it("refuses NaN, infinities and objects", () => {
    expect(failure(Number.NaN).message).toBe("amount is not a finite number");
    expect(failure(Number.NEGATIVE_INFINITY).code).toBe("unreadable");
    expect(failure({ value: 1 }).message).toBe("cannot read amount as an amount");
  });

  it("property: any cent amount written with thousands separators reads back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const units = Math.floor(Math.abs(cents) / 100);
        const fraction = String(Math.abs(cents) % 100).padStart(2, "0");
        const grouped = units.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        const text = `${cents < 0 ? "(" : ""}$${grouped}.${fraction}${cents < 0 ? ")" : ""}`;
        const parsed = parseAmount(text) as Decimal;
        expect(parsed.times(100).toNumber()).toBe(cents === 0 ? 0 : cents);
      }),
    );
  });
});
