import { Money } from "../../../src/core/money/money";
import { formatMoney, formatNumber, formatPercent } from "../../../src/core/money/formatMoney";

const NBSP = "\u00a0";

// Every expectation below is written out by hand, not computed with Intl.
describe("formatMoney", () => {
  it("Chinese: CNY as ¥ with grouping and two decimals", () => {
    expect(formatMoney(1234560, "CNY", "zh")).toBe("¥12,345.60");
    expect(formatMoney(1234560, "cny", "zh")).toBe("¥12,345.60");
  });

  it("Chinese: every other currency as its ISO code, a space, the number — never US$", () => {
    expect(formatMoney(1234560, "USD", "zh")).toBe("USD 12,345.60");
    expect(formatMoney(402964, "USD", "zh")).toBe("USD 4,029.64");
    expect(formatMoney(402964, "usd", "zh")).toBe("USD 4,029.64");
    expect(formatMoney(402964, "美元", "zh")).toBe("USD 4,029.64");
    expect(formatMoney(50025, "EUR", "zh")).toBe("EUR 500.25");
    expect(formatMoney(12345600, "HKD", "zh")).toBe("HKD 123,456.00");
    expect(formatMoney(123400, "JPY", "zh")).toBe("JPY 1,234");
    expect(formatMoney(-4000, "USD", "zh")).toBe("-USD 40.00");
    expect(formatMoney(402964, "USD", "zh")).not.toContain("US$");
  });

  it("English letters: USD as $, other currencies by their symbol", () => {
    expect(formatMoney(1234560, "USD", "en")).toBe("$12,345.60");
    expect(formatMoney(1234560, "CNY", "en")).toBe("CN¥12,345.60");
    expect(formatMoney(100, "GBP", "en")).toBe("£1.00");
    expect(formatMoney(0, "USD", "en")).toBe("$0.00");
    expect(formatMoney(402964, "USD", "en")).toBe("$4,029.64");
  });

  it("credit notes are negative", () => {
    expect(formatMoney(-4000, "EUR", "en")).toBe("-€40.00");
    expect(formatMoney(-34560, "CNY", "zh")).toBe("-¥345.60");
  });

  it("is exact to the cent at the largest safe integer of cents (no float rounding)", () => {
    // 9,007,199,254,740,991 cents = 90,071,992,547,409.91 exactly
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "USD", "en")).toBe("$90,071,992,547,409.91");
    expect(formatMoney(-Number.MAX_SAFE_INTEGER, "CNY", "zh")).toBe("-¥90,071,992,547,409.91");
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "USD", "zh")).toBe("USD 90,071,992,547,409.91");
    // 0.1 + 0.2 style values: 30 cents and 1 cent
    expect(formatMoney(30, "USD", "en")).toBe("$0.30");
    expect(formatMoney(1, "USD", "en")).toBe("$0.01");
  });

  it("currencies without minor units show whole units, but never hide cents the ledger holds", () => {
    expect(formatMoney(123400, "JPY", "en")).toBe("¥1,234");
    expect(formatMoney(123450, "JPY", "en")).toBe("¥1,234.50");
    expect(formatMoney(123450, "JPY", "zh")).toBe("JPY 1,234.50");
  });

  it("three-decimal currencies keep their digits", () => {
    expect(formatMoney(123, "BHD", "en")).toBe(`BHD${NBSP}1.230`);
    expect(formatMoney(123, "BHD", "zh")).toBe("BHD 1.230");
  });

  it("blank currency: a plain number; Chinese names and RMB read as CNY; other text appended", () => {
    expect(formatMoney(1234560, "", "en")).toBe("12,345.60");
    expect(formatMoney(1234560, "  ", "zh")).toBe("12,345.60");
    expect(formatMoney(1234560, "RMB", "zh")).toBe("¥12,345.60");
    expect(formatMoney(1234560, "人民币", "zh")).toBe("¥12,345.60");
    expect(formatMoney(1234560, "US Dollar", "en")).toBe("12,345.60 US Dollar");
  });

  it("display number: the grouped figure in the currency's digits, without the currency", () => {
    expect(formatMoney(123456789, "USD", "en", { display: "number" })).toBe("1,234,567.89");
    expect(formatMoney(123456789, "USD", "zh", { display: "number" })).toBe("1,234,567.89");
    expect(formatMoney(123400, "JPY", "en", { display: "number" })).toBe("1,234");
    expect(formatMoney(-25050, "", "en", { display: "number" })).toBe("-250.50");
    expect(formatMoney(1200000, "US Dollar", "en", { display: "number" })).toBe("12,000.00");
  });

  it("takes currency units as a Decimal, exactly", () => {
    expect(formatMoney(new Money("4029.64"), "USD", "zh")).toBe("USD 4,029.64");
    expect(formatMoney(new Money("1234.5"), "", "en")).toBe("1,234.50");
    expect(formatMoney(new Money("90071992547409.91"), "USD", "en")).toBe("$90,071,992,547,409.91");
    expect(formatMoney(new Money("1234"), "JPY", "en")).toBe("¥1,234");
    expect(formatMoney(new Money("-0.5"), "EUR", "en")).toBe("-€0.50");
  });

  it("throws on non-integer cents (a programmer error, not data)", () => {
    expect(() => formatMoney(12.5, "USD", "en")).toThrow(RangeError);
  });
});

describe("formatPercent and formatNumber", () => {
  it("percentages with the digits asked for", () => {
    expect(formatPercent(3400 / 6300, "en", 1)).toBe("54.0%");
    expect(formatPercent(0.3724489, "en", 2)).toBe("37.24%");
    expect(formatPercent(0.365, "zh", 2)).toBe("36.50%");
    expect(formatPercent(1, "en", 1)).toBe("100.0%");
  });

  it("numbers grouped with fixed decimals", () => {
    expect(formatNumber((6300 / 7300) * 90, "en", 1)).toBe("77.7");
    expect(formatNumber(2300, "en", 0)).toBe("2,300");
    expect(formatNumber(1234.5, "zh", 1)).toBe("1,234.5");
  });
});
