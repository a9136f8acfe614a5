import { decimalSeparatorOf, readAmountText } from "../../../src/core/money/amountText";

const read = (text: string, decimal: "." | "," = ".") => {
  const result = readAmountText(text, decimal);
  return result ? { amount: result.amount.toString(), currency: result.currency } : result;
};

describe("readAmountText", () => {
  test.each([
    // [text, decimal separator, amount, currency] — each worked out by reading the text as a person would.
    ["1,234.50", ".", "1234.5", null],
    ["1.234,50", ",", "1234.5", null],
    ["1 234,50", ",", "1234.5", null],
    ["1\u00a0234,50", ",", "1234.5", null],
    ["1'234.50", ".", "1234.5", null],
    ["(1,234.50)", ".", "-1234.5", null],
    ["-1,234.50", ".", "-1234.5", null],
    ["1,234.50-", ".", "-1234.5", null], // SAP's trailing minus
    ["1.234,50-", ",", "-1234.5", null],
    ["USD 1,234.50", ".", "1234.5", "USD"],
    ["1.234,50 EUR", ",", "1234.5", "EUR"],
    ["US$1,234.50", ".", "1234.5", "USD"],
    ["€1.234,50", ",", "1234.5", "EUR"],
    ["¥1,234.50", ".", "1234.5", null], // yen or yuan: the symbol alone does not say
    ["RMB 1,234.50", ".", "1234.5", "CNY"],
    ["1,234.50元", ".", "1234.5", "CNY"],
    ["$ (1,234.50)", ".", "-1234.5", null],
    ["-", ".", "0", null],
    ["1234", ".", "1234", null],
  ])("%s with %s decimals is %s %s", (text, decimal, amount, currency) => {
    expect(read(text, decimal as "." | ",")).toEqual({ amount, currency });
  });

  test("blank is null; text that is not an amount is undefined", () => {
    expect(readAmountText("   ")).toBeNull();
    for (const text of ["Net 30", "abc", "1,23,4.5", "--5", "(-5)", "USD 5 EUR", "1.234,50"]) {
      expect(readAmountText(text, ".")).toBeUndefined();
    }
    // In a decimal-comma column, 1,234.50 is not an amount either.
    expect(readAmountText("1,234.50", ",")).toBeUndefined();
  });
});

describe("decimalSeparatorOf", () => {
  test("both separators: the last one is the decimal", () => {
    expect(decimalSeparatorOf([100, "1.234,50"])).toBe(",");
    expect(decimalSeparatorOf(["1,234.50"])).toBe(".");
  });

  test("a comma with two digits after it is a decimal comma; 1,234 alone proves nothing", () => {
    expect(decimalSeparatorOf(["1 234,50"])).toBe(",");
    expect(decimalSeparatorOf(["1,234", "2,500"])).toBe(".");
  });

  test("numbers and dates do not decide it", () => {
    expect(decimalSeparatorOf([1234.5, null, "30.06.2025"])).toBe(".");
  });
});
