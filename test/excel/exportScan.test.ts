import { readFileSync } from "node:fs";
import path from "node:path";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { ScanOutcome } from "../../src/excel/ledgerWorkbook";
import { csvAsExcel, type CsvLocale } from "../preview/openFile/csvAsExcel";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { standardScanRequest } from "./scanHelpers";

/* The whole path an analyst takes with an export, through the Office.js adapter (issue #15): the
   export sits on a sheet of its own behind an empty active sheet; Find ledger looks through every
   sheet, finds its header below the title rows, and the scan ages it to the cent of
   test/fixtures/exports/expected.json (worked out by expected.py, independently of this code),
   leaving out subtotals and totals and checking its own total against the export's. */

const DIR = path.resolve(__dirname, "../fixtures/exports");
const EXPECTED = JSON.parse(readFileSync(path.join(DIR, "expected.json"), "utf8")) as {
  fixtures: { file: string; asOf: string; headerRow: number; currencies: Record<string, { openCents: number }> }[];
};

function workbookWith(file: string, locale: CsvLocale) {
  const model = new WorkbookModel(["Start"]);
  model.setRows("Export", "A1", csvAsExcel(readFileSync(path.join(DIR, file), "utf8"), locale));
  model.select("Start", "B2");
  const host = createWorkbookHost(model, { apiVersion: "1.20" });
  return { model, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

function done(outcome: ScanOutcome) {
  if (outcome.kind !== "done") throw new Error(outcome.kind === "invalid" ? outcome.message : outcome.kind);
  return outcome;
}

const CASES: readonly [string, CsvLocale][] = [
  ["quickbooks-ar-aging-detail.csv", "en-US"],
  ["quickbooks-open-invoices.csv", "en-US"],
  ["xero-aged-receivables-detail.csv", "en-GB"],
  ["sap-fbl5n.csv", "en-US"], // opened on a US machine: its dates and amounts stay text
  ["kingdee-receivable-aging.csv", "zh-CN"],
  ["raw-dump-camelcase.csv", "en-US"],
];

describe("an export on another sheet, found and scanned without help", () => {
  test.each(CASES)("%s opened in %s", async (file, locale) => {
    const fixture = EXPECTED.fixtures.find((f) => f.file === file)!;
    const { workbook } = workbookWith(file, locale);
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error(`not found: ${found.reason}`);
    expect(found.location.sheet).toBe("Export");
    expect(found.location.sheetsSearched).toEqual(["Start", "Export"]);
    expect(found.location.headerRow).toBe(fixture.headerRow - 1);
    const outcome = done(await workbook.scan(standardScanRequest(found.location, { asOfIso: fixture.asOf })));
    expect(outcome.issues.map((i) => i.reason)).toEqual([]);
    const open = Object.fromEntries(outcome.portfolio.map((p) => [p.currency, p.openCents]));
    const expected = Object.fromEntries(
      Object.entries(fixture.currencies).map(([label, c]) => [label.startsWith("(") ? "" : label.split(" ")[0], c.openCents]),
    );
    expect(open).toEqual(expected);
  });

  test("QuickBooks' TOTAL row agrees with the scan, and the report rows are counted, not read", async () => {
    const { workbook } = workbookWith("quickbooks-ar-aging-detail.csv", "en-US");
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    const outcome = done(await workbook.scan(standardScanRequest(found.location)));
    expect(outcome.readings.map((m) => m.key)).toEqual(expect.arrayContaining(["rowsSetAside", "grandTotalAgrees"]));
    // 5 bucket headings + the footer timestamp, 5 "Total for …" and TOTAL (expected.json's counts).
    expect(outcome.skipped).toEqual({ section: 6, subtotal: 5, total: 1, header: 0 });
  });

  test("Business Central's D/M/Y dates opened on a US machine: reported as misread, nothing written", async () => {
    const { model, workbook } = workbookWith("bc-customer-ledger-entries.csv", "en-US");
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    const before = model.snapshot();
    const outcome = await workbook.scan(standardScanRequest(found.location));
    expect(outcome.kind).toBe("invalid");
    expect(outcome.kind === "invalid" && outcome.text.key).toBe("localeMisread");
    expect(outcome.kind === "invalid" && outcome.message).toMatch(
      /text such as '14\/06\/2025' beside 4 date cells — the file writes day\/month\/year/,
    );
    expect(model.snapshot()).toBe(before);
  });
});

describe("a ledger whose headers name nothing can still be scanned", () => {
  test("the address given is the ledger; its fields are mapped by hand from the dropdowns", async () => {
    const model = new WorkbookModel(["Dump"]);
    // Hand check: as of 2025-06-30 (45838), X due 2025-05-31 (45808) is 30 days overdue, 100.00 open;
    // Y due 2025-07-10 (45848) is current, 250.50 open: open 350.50, overdue 100.00.
    model.setRows("Dump", "A1", [
      ["c1", "c2", "c3"],
      ["X Ltd", 45808, 100],
      ["Y Ltd", 45848, 250.5],
    ]);
    const workbook = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model, { apiVersion: "1.20" })));
    expect((await workbook.locateLedger()).kind).toBe("notFound");
    const found = await workbook.locateLedger("Dump!A1:C3");
    if (found.kind !== "found") throw new Error("not found");
    expect(found.location.autoMapping).toEqual({});
    const outcome = done(
      await workbook.scan(
        standardScanRequest(found.location, {
          mappingOverrides: {
            customer: { header: "c1", column: 0 },
            dueDate: { header: "c2", column: 1 },
            amount: { header: "c3", column: 2 },
          },
        }),
      ),
    );
    expect(outcome.portfolio.map((p) => [p.openCents, p.overdueCents])).toEqual([[35050, 10000]]);
  });
});

describe("bad input: a clear answer, nothing written", () => {
  const open = (model: WorkbookModel) => createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model, { apiVersion: "1.20" })));

  test("an empty workbook: no ledger found, and the reason", async () => {
    const model = new WorkbookModel(["Sheet1", "Sheet2"]);
    const found = await open(model).locateLedger();
    expect(found).toEqual({ kind: "notFound", reason: "noHeader", address: "Sheet1" });
  });

  test("300 header columns: the ledger's three fields are found among them", async () => {
    const model = new WorkbookModel(["Wide"]);
    const header = Array.from({ length: 300 }, (_, k) => `Attribute ${k + 1}`);
    header[120] = "Customer";
    header[200] = "Due date";
    header[299] = "Open balance";
    const row = Array.from({ length: 300 }, (_, k) => (k === 120 ? "Acme" : k === 200 ? 45808 : k === 299 ? 100 : "x"));
    model.setRows("Wide", "A1", [header, row]);
    const found = await open(model).locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    expect(found.location.autoMapping).toEqual({ customer: 120, dueDate: 200, openAmount: 299 });
  });

  test("a merged two-row header (Excel keeps a merged cell's text in its first cell): the missing column is named", async () => {
    const model = new WorkbookModel(["Merged"]);
    model.setRows("Merged", "A1", [
      ["Customer", "Amounts", "", "Dates"],
      ["", "Amount", "Open amount", "Due date"],
      ["Acme", 100, 100, 45808],
    ]);
    const workbook = open(model);
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    expect(found.location.headerRow).toBe(1);
    const before = model.snapshot();
    const outcome = await workbook.scan(standardScanRequest(found.location));
    expect(outcome.kind === "invalid" && outcome.text.key).toBe("noCustomerColumn");
    expect(model.snapshot()).toBe(before);
  });
});

test("many wide sheets before the ledger: found on the last, sheets read in batches, no response near Excel's 5 MB", async () => {
  const model = new WorkbookModel(["Start"]);
  const filler = Array.from({ length: 50 }, (_, r) => Array.from({ length: 200 }, (_, c) => `note ${r}-${c}`));
  for (let k = 1; k <= 12; k++) model.setRows(`Notes ${k}`, "A1", filler);
  model.setRows("Ledger", "A1", [
    ["Customer", "Due date", "Amount"],
    ["Acme", 45808, 100],
  ]);
  model.select("Start", "A1");
  const host = createWorkbookHost(model, { apiVersion: "1.20" });
  const found = await createExcelLedgerWorkbook(hostRunner(host)).locateLedger();
  expect(found.kind === "found" && found.location.sheet).toBe("Ledger");
  // 12 sheets × 50 rows × 200 columns = 120,000 top cells, read 100,000 at a time at most: settings,
  // selection, used ranges, then two batches of sheets = 5 syncs.
  const responses = host.stats.syncs.map((s) => s.responseBytes);
  expect(host.stats.syncs.length).toBe(5);
  expect(Math.max(...responses)).toBeLessThan(5 * 1024 * 1024);
});
