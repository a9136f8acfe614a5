import { DEFAULT_PANE_SETTINGS } from "../../src/excel/ledgerWorkbook";
import { parsePaneSettings } from "../../src/excel/paneSettingsStore";
import { paneSettingsOf } from "../../src/excel/storedSettings";
import { parseLetterSettings } from "../../src/excel/letterSettingsStore";

// Issue 18 item 4: the small-balance defaults live in the pane's settings; a workbook keeps what
// the user saved, and only one with no saved list gets the defaults.
describe("stored small-balance thresholds", () => {
  it("a workbook with no saved list gets the defaults (USD 50, CNY 300, JPY 7,500, …)", () => {
    const read = parsePaneSettings(JSON.stringify({ minAmount: 0 }));
    expect(read.smallBalanceByCurrency).toEqual(DEFAULT_PANE_SETTINGS.smallBalanceByCurrency);
    expect(read.smallBalanceByCurrency).toContainEqual({ currency: "JPY", amount: 7500 });
    expect(paneSettingsOf({}).smallBalanceByCurrency).toEqual(DEFAULT_PANE_SETTINGS.smallBalanceByCurrency);
  });

  it("a workbook saved with [] keeps [] (no thresholds), never the defaults", () => {
    expect(parsePaneSettings(JSON.stringify({ smallBalanceByCurrency: [] })).smallBalanceByCurrency).toEqual([]);
    expect(paneSettingsOf({ smallBalanceByCurrency: [] }).smallBalanceByCurrency).toEqual([]);
  });

  it("a workbook saved with its own list keeps exactly that list", () => {
    const own = [{ currency: "USD", amount: 20 }];
    expect(parsePaneSettings(JSON.stringify({ smallBalanceByCurrency: own })).smallBalanceByCurrency).toEqual(own);
  });
});

describe("stored letter settings: one letter per customer", () => {
  it("is saved and read back; a record from before the option reads as on; the old letters' threshold text is dropped", () => {
    expect(parseLetterSettings(JSON.stringify({ oneLetterPerCustomer: false })).oneLetterPerCustomer).toBe(false);
    const old = parseLetterSettings(JSON.stringify({ company: "Acme", smallBalances: "USD 10" }));
    expect(old.oneLetterPerCustomer).toBe(true);
    expect(old.company).toBe("Acme");
    expect("smallBalances" in old).toBe(false);
  });
});
