import { formatLetterAmount } from "../../../src/core/letters/formatLetterAmount";

const NBSP = "\u00a0";

describe("formatLetterAmount", () => {
  it("Chinese letters: CNY as ¥ with grouping and two decimals", () => {
    expect(formatLetterAmount(1234560, "CNY", "zh")).toBe("¥12,345.60");
    expect(formatLetterAmount(1234560, "cny", "zh")).toBe("¥12,345.60");
    expect(formatLetterAmount(1234560, "USD", "zh")).toBe("US$12,345.60");
  });

  it("English letters: USD as $, other currencies by their symbol", () => {
    expect(formatLetterAmount(1234560, "USD", "en")).toBe("$12,345.60");
    expect(formatLetterAmount(1234560, "CNY", "en")).toBe("CN¥12,345.60");
    expect(formatLetterAmount(100, "GBP", "en")).toBe("£1.00");
    expect(formatLetterAmount(0, "USD", "en")).toBe("$0.00");
  });

  it("credit notes are negative", () => {
    expect(formatLetterAmount(-4000, "EUR", "en")).toBe("-€40.00");
    expect(formatLetterAmount(-34560, "CNY", "zh")).toBe("-¥345.60");
  });

  it("is exact to the cent at the largest safe integer of cents (no float rounding)", () => {
    // 9,007,199,254,740,991 cents = 90,071,992,547,409.91 exactly
    expect(formatLetterAmount(Number.MAX_SAFE_INTEGER, "USD", "en")).toBe("$90,071,992,547,409.91");
    expect(formatLetterAmount(-Number.MAX_SAFE_INTEGER, "CNY", "zh")).toBe("-¥90,071,992,547,409.91");
    // 0.1 + 0.2 style values: 30 cents and 1 cent
    expect(formatLetterAmount(30, "USD", "en")).toBe("$0.30");
    expect(formatLetterAmount(1, "USD", "en")).toBe("$0.01");
  });

  it("currencies without minor units show whole units, but never hide cents the ledger holds", () => {
    expect(formatLetterAmount(123400, "JPY", "en")).toBe("¥1,234");
    expect(formatLetterAmount(123450, "JPY", "en")).toBe("¥1,234.50");
  });

  it("three-decimal currencies keep their digits", () => {
    expect(formatLetterAmount(123, "BHD", "en")).toBe(`BHD${NBSP}1.230`);
  });

  it("blank currency: a plain number; Chinese names and RMB read as CNY; other text appended", () => {
    expect(formatLetterAmount(1234560, "", "en")).toBe("12,345.60");
    expect(formatLetterAmount(1234560, "  ", "zh")).toBe("12,345.60");
    expect(formatLetterAmount(1234560, "RMB", "zh")).toBe("¥12,345.60");
    expect(formatLetterAmount(1234560, "人民币", "zh")).toBe("¥12,345.60");
    expect(formatLetterAmount(1234560, "US Dollar", "en")).toBe("12,345.60 US Dollar");
  });

  it("throws on non-integer cents (a programmer error, not data)", () => {
    expect(() => formatLetterAmount(12.5, "USD", "en")).toThrow(RangeError);
  });
});
