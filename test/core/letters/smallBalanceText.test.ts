import { parseSmallBalances, smallBalancesText } from "../../../src/core/letters/smallBalanceText";

describe("small-balance thresholds as text", () => {
  it("reads codes and amounts in cents (50 → 5000, 300.5 → 30050), any separator", () => {
    expect(parseSmallBalances("usd 50; CNY: 300.5\nEUR=0，JPY 7500")).toEqual({ USD: 5000, CNY: 30050, EUR: 0, JPY: 750000 });
  });

  it("leaves out what it cannot read", () => {
    expect(parseSmallBalances("dollars 50, USD -5, US 5, GBP 1.234, , CHF 40")).toEqual({ CHF: 4000 });
  });

  it("writes them back", () => {
    expect(smallBalancesText({ USD: 5000, CNY: 30050 })).toBe("USD 50, CNY 300.5");
  });
});
