import { DEFAULT_PANE_SETTINGS } from "../../src/excel/ledgerWorkbook";
import { parseOwnedForecast } from "../../src/excel/insertForecast";
import { parseLetterSettings } from "../../src/excel/letterSettingsStore";
import { parseOwnedReports } from "../../src/excel/ownedReports";
import { parseOwnedScans } from "../../src/excel/ownedScans";
import { parsePaneSettings } from "../../src/excel/paneSettingsStore";
import { parseOwnedReminders } from "../../src/excel/writeReminders";

/* Issue #16: the six records kept in workbook settings are read through one schema reader
   (src/excel/storedSettings.ts) that keeps only the keys it names. A crafted setting — an unknown
   key, or "__proto__" (JSON.parse makes it an own key) — changes nothing. */

describe("one schema for every stored setting", () => {
  test("a crafted __proto__ in the mapping changes the mapping not at all, and the pane shows none", () => {
    const crafted = '{"mappingOverrides":{"__proto__":{"amount":{"header":"Customer","column":0}}},"minAmount":5}';
    const settings = parsePaneSettings(crafted);
    expect(settings.mappingOverrides).toEqual({});
    expect(Object.getPrototypeOf(settings.mappingOverrides)).toBe(Object.prototype);
    expect((settings.mappingOverrides as Record<string, unknown>).amount).toBeUndefined();
    expect(settings.minAmount).toBe(5);
  });

  test("a __proto__ at the top level or unknown keys are dropped from every record", () => {
    const pane = parsePaneSettings('{"__proto__":{"minAmount":9},"minAmount":2,"evil":true}');
    expect(pane).toEqual({ ...DEFAULT_PANE_SETTINGS, minAmount: 2 });
    expect(Object.keys(parseLetterSettings('{"company":"Acme","__proto__":{"company":"X"},"x":1}'))).not.toContain("x");
    expect(parseLetterSettings('{"company":"Acme","__proto__":{"company":"X"}}').company).toBe("Acme");
    const block = { sheet: "S", r0: 0, c0: 0, r1: 1, c1: 1 };
    expect(parseOwnedForecast(JSON.stringify({ ...block, extra: 1 }))).toEqual(block);
    expect(parseOwnedReports(JSON.stringify([{ sheet: "AR Summary", ranges: ["A1:B2"], charts: [], x: 1 }]))).toEqual([
      { sheet: "AR Summary", ranges: ["A1:B2"], charts: [] },
    ]);
    const scan = { sheet: "S", ledger: block, result: { ...block, c0: 2, c1: 3 }, conditionalFormatIds: [], junk: 1 };
    expect(parseOwnedScans(JSON.stringify([scan]))[0]).not.toHaveProperty("junk");
    expect(parseOwnedReminders(JSON.stringify({ sheet: "Reminders", rows: 1, columns: 2, hashes: "a,b", x: 1 }))).toEqual({
      sheet: "Reminders",
      rows: 1,
      columns: 2,
      hashes: "a,b",
    });
  });

  test("damaged fields take their defaults one by one; a record that does not fit is no record", () => {
    expect(parseLetterSettings('{"payByDays":"ten","lateInterest":{"on":"yes","ratePercent":5}}').lateInterest).toEqual({
      on: false,
      ratePercent: 5,
      basis: "annual",
      fixedFee: 0,
    });
    expect(parseOwnedReminders(JSON.stringify({ sheet: "Reminders", rows: 2, columns: 2, hashes: "a,b" }))).toBeNull();
    expect(parseOwnedForecast('{"sheet":"S"}')).toBeNull();
  });
});
