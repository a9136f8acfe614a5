import { DEFAULT_PANE_SETTINGS } from "../../src/excel/ledgerWorkbook";
import { parseOwnedScans } from "../../src/excel/ownedScans";
import { parsePaneSettings } from "../../src/excel/paneSettingsStore";

describe("settings kept in the workbook", () => {
  test("pane settings: each field checked, damaged values give the defaults", () => {
    expect(parsePaneSettings(undefined)).toEqual(DEFAULT_PANE_SETTINGS);
    expect(parsePaneSettings("{not json")).toEqual(DEFAULT_PANE_SETTINGS);
    expect(parsePaneSettings("null")).toEqual(DEFAULT_PANE_SETTINGS);
    const parsed = parsePaneSettings(
      JSON.stringify({
        minAmount: 50,
        keyAccounts: ["Acme", 3],
        language: "zh",
        ladder: { kind: "range", address: "L!A1:B3" },
        ledgerAddress: 7,
      }),
    );
    expect(parsed).toEqual({
      ...DEFAULT_PANE_SETTINGS,
      minAmount: 50,
      keyAccounts: ["Acme"],
      language: "zh",
      ladder: { kind: "range", address: "L!A1:B3" },
    });
    expect(parsePaneSettings(JSON.stringify({ minAmount: -1, language: "fr", ladder: { kind: "preset" } }))).toEqual(
      DEFAULT_PANE_SETTINGS,
    );
  });

  test("owned-scan records: unreadable ones are dropped, so a damaged setting never blocks the pane", () => {
    const block = { sheet: "Sheet1", r0: 0, c0: 7, r1: 8, c1: 10 };
    const good = { sheet: "Sheet1", ledger: { ...block, c0: 0, c1: 6 }, result: block, conditionalFormatIds: ["a"] };
    expect(parseOwnedScans(JSON.stringify([good, { sheet: "x" }, 5]))).toEqual([good]);
    expect(parseOwnedScans("[")).toEqual([]);
    expect(parseOwnedScans(42)).toEqual([]);
  });
});
