import { currencyAmountsFromText, currencyAmountsText, edgesFromText, edgesText } from "../../src/taskpane/settingsText";

describe("settings typed as text", () => {
  test("aging edges: whole increasing days, any usual separator; anything else refused", () => {
    expect(edgesFromText("15, 45, 90")).toEqual([15, 45, 90]);
    expect(edgesFromText(" 30 60\t90 120 ")).toEqual([30, 60, 90, 120]);
    expect(edgesFromText("30，60、90")).toEqual([30, 60, 90]);
    expect(edgesFromText("15, 45, ")).toEqual([15, 45]);
    for (const bad of ["", "  ", "30, 20", "30, 30", "0, 30", "-5, 30", "1e2", "12.5", "abc", "30, sixty"]) {
      expect(edgesFromText(bad)).toBeNull();
    }
    expect(edgesText([15, 45, 90])).toBe("15, 45, 90");
  });

  test("small balances per currency: code or known name, then the amount; one line each", () => {
    expect(currencyAmountsFromText("USD 50\n\n eur: 12.5 \n人民币：300")).toEqual([
      { currency: "USD", amount: 50 },
      { currency: "EUR", amount: 12.5 },
      { currency: "CNY", amount: 300 },
    ]);
    expect(currencyAmountsFromText("")).toEqual([]);
    // Refused, with the line: no amount, a word for an amount, a negative, a name no one knows, a repeat.
    expect(currencyAmountsFromText("USD")).toEqual({ line: 1, text: "USD" });
    expect(currencyAmountsFromText("USD 50\nEUR fifty")).toEqual({ line: 2, text: "EUR fifty" });
    expect(currencyAmountsFromText("USD -5")).toEqual({ line: 1, text: "USD -5" });
    expect(currencyAmountsFromText("Dollars 5")).toEqual({ line: 1, text: "Dollars 5" });
    expect(currencyAmountsFromText("USD 5\nusd 6")).toEqual({ line: 2, text: "usd 6" });
    // Items may also share a line, separated by commas or semicolons; a comma between digits groups thousands.
    expect(currencyAmountsFromText("USD 50, EUR 50; JPY 7,500，CNY: 300.5")).toEqual([
      { currency: "USD", amount: 50 },
      { currency: "EUR", amount: 50 },
      { currency: "JPY", amount: 7500 },
      { currency: "CNY", amount: 300.5 },
    ]);
    expect(currencyAmountsFromText("USD 1,000,000")).toEqual([{ currency: "USD", amount: 1000000 }]);
    expect(currencyAmountsFromText("USD 50, EUR fifty")).toEqual({ line: 1, text: "EUR fifty" });
    expect(currencyAmountsFromText("USD 7,50")).toEqual({ line: 1, text: "50" });
    expect(
      currencyAmountsText([
        { currency: "USD", amount: 50 },
        { currency: "EUR", amount: 12.5 },
      ]),
    ).toBe("USD 50\nEUR 12.5");
  });
});
