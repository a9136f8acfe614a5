import { DEFAULT_PANE_SETTINGS } from "../../src/excel/ledgerWorkbook";
import { highlightsUnrecorded, parseOwnedScans, type OwnedScan } from "../../src/excel/ownedScans";
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

  test("highlights unrecorded: a highlight range with no ids (a scan cut off before saving them)", () => {
    const block = { sheet: "Sheet1", r0: 0, c0: 7, r1: 8, c1: 10 };
    const scan: OwnedScan = {
      sheet: "Sheet1",
      ledger: { ...block, c0: 0, c1: 6 },
      result: block,
      table: null,
      tableColumns: [],
      conditionalFormatIds: [],
      highlight: { ...block, r0: 1, c0: 0 },
      noteCell: "H1",
      asOfIso: "2025-06-30",
    };
    expect(highlightsUnrecorded(scan)).toBe(true);
    expect(highlightsUnrecorded({ ...scan, conditionalFormatIds: ["{1}", "{2}", "{3}", "{4}", "{5}"] })).toBe(false);
    // No data rows: no highlight range, nothing to look for.
    expect(highlightsUnrecorded({ ...scan, highlight: null })).toBe(false);
    // A damaged record (an old or hand-edited setting) is not probed with a made-up range.
    expect(highlightsUnrecorded({ ...scan, highlight: { sheet: "Sheet1" } as unknown as OwnedScan["highlight"] })).toBe(false);
    expect(highlightsUnrecorded(parseOwnedScans(JSON.stringify([{ ...scan, highlight: undefined }]))[0])).toBe(false);
  });
});
