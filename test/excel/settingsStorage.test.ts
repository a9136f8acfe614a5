import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from "../../src/excel/ledgerWorkbook";
import { LETTER_SETTINGS_KEY } from "../../src/excel/letterSettingsStore";
import { PANE_SETTINGS_KEY, parsePaneSettings } from "../../src/excel/paneSettingsStore";
import { readSettingsXml, SETTINGS_NAMESPACE, settingsXml } from "../../src/excel/settingsDocument";
import { DEFAULT_LETTER_SETTINGS_FORM } from "../../src/core/letters/letterSettingsFromForm";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { customXmlPartsOf } from "../support/workbookHost/hostCustomXmlParts";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";

function workbookOn(model: WorkbookModel, apiVersion = "1.20") {
  const host = createWorkbookHost(model, { apiVersion });
  return { host, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

const CHOSEN: PaneSettings = {
  ...DEFAULT_PANE_SETTINGS,
  minAmount: 25,
  keyAccounts: ["Acme Ltd"],
  agingEdges: [15, 45, 90],
  reviewThreshold: 0.25,
  minReminderIntervalDays: 10,
  smallBalanceByCurrency: [
    { currency: "USD", amount: 50 },
    { currency: "EUR", amount: 40 },
  ],
  creditLimitRange: "Limits!A1:C20",
};

describe("pane settings schema: the settings of issue #17", () => {
  test("records saved before the new settings take the core's defaults", () => {
    const old = parsePaneSettings(JSON.stringify({ minAmount: 50, keyAccounts: ["Acme"] }));
    expect(old.agingEdges).toEqual([30, 60, 90]);
    expect(old.reviewThreshold).toBe(0.1);
    expect(old.minReminderIntervalDays).toBe(7);
    // No saved list: the per-currency defaults (issue #18); a saved [] is kept (test/excel/smallBalanceDefaults.test.ts).
    expect(old.smallBalanceByCurrency).toEqual(DEFAULT_PANE_SETTINGS.smallBalanceByCurrency);
    expect(old.creditLimitRange).toBeNull();
    expect(old.minAmount).toBe(50);
  });

  test("each damaged new field falls back alone; the others are kept", () => {
    const parsed = parsePaneSettings(
      JSON.stringify({
        agingEdges: [30, 20], // not increasing
        reviewThreshold: -0.5, // below 0
        minReminderIntervalDays: 2.5, // not whole
        smallBalanceByCurrency: [
          { currency: "usd", amount: 5 },
          { currency: "EUR", amount: -1 },
          7,
          { currency: "USD", amount: 9 },
        ],
        creditLimitRange: "Limits!A:C",
      }),
    );
    expect(parsed.agingEdges).toEqual([30, 60, 90]);
    expect(parsed.reviewThreshold).toBe(0.1);
    expect(parsed.minReminderIntervalDays).toBe(7);
    // "usd" read as USD; EUR's -1 and the 7 dropped; the second USD ignored (the first wins).
    expect(parsed.smallBalanceByCurrency).toEqual([{ currency: "USD", amount: 5 }]);
    expect(parsed.creditLimitRange).toBe("Limits!A:C");
    expect(parsePaneSettings(JSON.stringify({ agingEdges: [0, 30] })).agingEdges).toEqual([30, 60, 90]);
    expect(parsePaneSettings(JSON.stringify({ agingEdges: [] })).agingEdges).toEqual([30, 60, 90]);
    expect(parsePaneSettings(JSON.stringify({ agingEdges: [15, 45, 90] })).agingEdges).toEqual([15, 45, 90]);
  });

  test("unknown and prototype keys never reach the settings", () => {
    const parsed = parsePaneSettings('{"minAmount":3,"extra":1,"__proto__":{"polluted":true},"constructor":{"x":1}}');
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_PANE_SETTINGS).sort());
    expect((parsed as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the settings document (custom XML part)", () => {
  test("round trip through its XML, with text that XML must escape", () => {
    const pane = { ...CHOSEN, keyAccounts: ["A & B <Ltd>", "Cafe\uFFFE", "引号\"'"] };
    const letters = { ...DEFAULT_LETTER_SETTINGS_FORM, company: "Smith & Sons </settings>" };
    const xml = settingsXml({ pane, letters });
    expect(xml.startsWith(`<settings xmlns="${SETTINGS_NAMESPACE}"`)).toBe(true);
    // No raw "<" or "&" in the body, and no noncharacter XML refuses.
    const body = xml.slice(xml.indexOf(">") + 1, xml.lastIndexOf("</settings>"));
    expect(body).not.toMatch(/[<\uFFFE]/);
    expect(body).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(readSettingsXml(xml)).toEqual({ pane, letters });
    // As Excel may hand it back: with a declaration and entities it chose itself.
    const declared = `<?xml version="1.0" encoding="UTF-8"?>\n${xml.replace("&amp;", "&#38;")}`;
    expect(readSettingsXml(declared)).toEqual({ pane, letters });
  });

  test("unreadable XML or JSON gives null; a document's unknown or prototype keys are ignored", () => {
    expect(readSettingsXml("<settings/>")).toBeNull();
    expect(readSettingsXml(`<settings xmlns="${SETTINGS_NAMESPACE}">{not json</settings>`)).toBeNull();
    expect(readSettingsXml(`<settings xmlns="${SETTINGS_NAMESPACE}">[1]</settings>`)).toBeNull();
    expect(readSettingsXml(42)).toBeNull();
    const crafted = `<settings xmlns="${SETTINGS_NAMESPACE}">{"__proto__":{"pane":{"minAmount":9}},"future":1,"pane":{"minAmount":4}}</settings>`;
    const read = readSettingsXml(crafted);
    expect(read?.pane).toEqual({ ...DEFAULT_PANE_SETTINGS, minAmount: 4 });
    expect(read?.letters).toEqual(DEFAULT_LETTER_SETTINGS_FORM);
  });
});

describe("settings stored in the workbook (in-memory host)", () => {
  test("save then load in a new session: the custom XML part holds them, not the workbook settings", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    await workbookOn(model).workbook.saveSettings(CHOSEN);
    const parts = customXmlPartsOf(model);
    expect(parts).toHaveLength(1);
    expect(parts[0].namespaceUri).toBe(SETTINGS_NAMESPACE);
    expect(model.settings.has(PANE_SETTINGS_KEY)).toBe(false);
    // A fresh adapter, as after reopening the workbook.
    expect(await workbookOn(model).workbook.loadSettings()).toEqual(CHOSEN);
  });

  test("pane and letter settings share the part: saving one keeps the other", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    const { workbook } = workbookOn(model);
    const letters = { ...DEFAULT_LETTER_SETTINGS_FORM, company: "Acme Ltd", payByDays: 10 };
    // Saved without awaiting in between: the adapter runs them one after the other.
    await Promise.all([workbook.saveLetterSettings(letters), workbook.saveSettings(CHOSEN)]);
    expect(customXmlPartsOf(model)).toHaveLength(1);
    expect(await workbook.loadLetterSettings()).toEqual(letters);
    expect(await workbook.loadSettings()).toEqual(CHOSEN);
  });

  test("migration: old workbook settings are read, written to the part, and left in place", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    const oldPane: PaneSettings = { ...DEFAULT_PANE_SETTINGS, minAmount: 50, keyAccounts: ["Acme"], language: "zh" };
    // Today's records hold only today's fields (no edges etc.).
    const { agingEdges, reviewThreshold, minReminderIntervalDays, smallBalanceByCurrency, creditLimitRange, ...today } = oldPane;
    void [agingEdges, reviewThreshold, minReminderIntervalDays, smallBalanceByCurrency, creditLimitRange];
    model.settings.set(PANE_SETTINGS_KEY, JSON.stringify(today));
    model.settings.set(LETTER_SETTINGS_KEY, JSON.stringify({ company: "Old Co", payByDays: 14 }));
    const { workbook } = workbookOn(model);
    expect(await workbook.loadSettings()).toEqual(oldPane);
    // Written to the part (read new) …
    const parts = customXmlPartsOf(model);
    expect(parts).toHaveLength(1);
    expect(readSettingsXml(parts[0].xml)?.pane).toEqual(oldPane);
    expect(readSettingsXml(parts[0].xml)?.letters.company).toBe("Old Co");
    // … and the old records stay, for an older version of the add-in.
    expect(model.settings.get(PANE_SETTINGS_KEY)).toBe(JSON.stringify(today));
    // Loading again neither duplicates the part nor reads the old records over it.
    await workbook.saveSettings({ ...oldPane, minAmount: 75 });
    expect((await workbook.loadSettings()).minAmount).toBe(75);
    expect(customXmlPartsOf(model)).toHaveLength(1);
    expect((await workbook.loadLetterSettings()).payByDays).toBe(14);
  });

  test("the old records are still read when the part is missing or unreadable", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    model.settings.set(PANE_SETTINGS_KEY, JSON.stringify({ minAmount: 12 }));
    customXmlPartsOf(model).push({
      id: "{X}",
      namespaceUri: SETTINGS_NAMESPACE,
      xml: `<settings xmlns="${SETTINGS_NAMESPACE}">{broken</settings>`,
    });
    const { workbook } = workbookOn(model);
    expect((await workbook.loadSettings()).minAmount).toBe(12);
    // The unreadable part was written over with the migrated settings, not left beside a second one.
    expect(customXmlPartsOf(model)).toHaveLength(1);
    expect(readSettingsXml(customXmlPartsOf(model)[0].xml)?.pane.minAmount).toBe(12);
  });

  test("a part of another add-in (other namespace) is left alone", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    customXmlPartsOf(model).push({ id: "{O}", namespaceUri: "urn:other", xml: '<x xmlns="urn:other">1</x>' });
    const { workbook } = workbookOn(model);
    expect(await workbook.loadSettings()).toEqual(DEFAULT_PANE_SETTINGS);
    await workbook.saveSettings(CHOSEN);
    expect(customXmlPartsOf(model).map((p) => p.namespaceUri)).toEqual(["urn:other", SETTINGS_NAMESPACE]);
    expect(customXmlPartsOf(model)[0].xml).toBe('<x xmlns="urn:other">1</x>');
  });

  test("a host without custom XML parts (ExcelApi 1.4) keeps using the workbook settings", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    const { workbook } = workbookOn(model, "1.4");
    await workbook.saveSettings(CHOSEN);
    expect(customXmlPartsOf(model)).toHaveLength(0);
    expect(parsePaneSettings(model.settings.get(PANE_SETTINGS_KEY))).toEqual(CHOSEN);
    expect(await workbookOn(model, "1.4").workbook.loadSettings()).toEqual(CHOSEN);
  });
});

describe("pane settings schema: the escalation policy of issue #18", () => {
  test("by steps unless saved as by age; a record without it or with a damaged value takes steps", () => {
    expect(DEFAULT_PANE_SETTINGS.escalation).toBe("steps");
    expect(parsePaneSettings(JSON.stringify({ minAmount: 50 })).escalation).toBe("steps");
    expect(parsePaneSettings(JSON.stringify({ escalation: "age" })).escalation).toBe("age");
    expect(parsePaneSettings(JSON.stringify({ escalation: "fast", minAmount: 5 }))).toMatchObject({
      escalation: "steps",
      minAmount: 5,
    });
  });
});
