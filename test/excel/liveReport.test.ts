import { readFileSync } from "node:fs";
import path from "node:path";
import { AS_OF_NAME } from "../../src/core/report/asOfName";
import { csvAsExcel } from "../preview/openFile/csvAsExcel";
import { attachEngine } from "../preview/previewEngine";
import { registerArFunctions } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";
import { parseAddress } from "../support/workbookHost/a1";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { nameFormula } from "../support/workbookHost/workbookModel";
import { locateAndScan } from "./scanHelpers";
import { isFailure } from "../../src/core/failure";
import { CASH_FORECAST_SPILL, cashForecastFormula } from "../../src/core/forecast/cashForecastFormula";

/* Issue #17, "live where a user expects live", on the part-payment fixture (test/fixtures/part-payments,
   hand figures in its README: USD open 3200, overdue 2900; EUR open 1350). The AR Summary is
   inserted through the host and computed by HyperFormula; then the ledger and the as-of cell change
   under it. Figures: B8 USD open, B9 USD overdue, C8 EUR open. */

jest.setTimeout(60_000);

const S = "AR Summary";
const ROWS = csvAsExcel(readFileSync(path.join(__dirname, "../fixtures/part-payments/ledger.csv"), "utf8"), "en-US");
type Row = (string | number | boolean | null)[];

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
});

async function reported(rows: readonly Row[] = ROWS, customers?: { customer: string; currency: string }[]) {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", rows);
  model.select("Ledger", "B3");
  const { workbook, outcome } = await locateAndScan(model);
  if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);
  const ledger = outcome.ledger;
  const list = customers ?? ledger.analysis.customers.map((c) => ({ customer: c.customer, currency: c.currency }));
  const report = await workbook.insertReport({ ledger, language: "en", customers: list });
  attachEngine(model);
  const at = (address: string, sheet = S): unknown => {
    model.ensureCalculated();
    const { r0, c0 } = parseAddress(address)!.rect;
    return model.sheet(sheet)!.value(r0, c0);
  };
  return { model, workbook, ledger, report, at };
}

test("rows typed below the ledger after the report are in its figures at the next recalculation", async () => {
  const { model, at } = await reported();
  expect([at("B8"), at("B9"), at("C8")]).toEqual([3200, 2900, 1350]);
  // Row 12: Zeta, USD 1000 due 2025-06-25 (45833), open: overdue 5 days. Row 13: "Acme " in " eur",
  // 250 due 2025-07-05 (45843): EUR not yet due. Row 14: a typed row that cannot count (text amount).
  model.setRows("Ledger", "A12", [
    ["Zeta", "INV-111", 45800, 45833, 1000, "", "USD", "", ""],
    ["Acme ", "INV-112", 45830, 45843, 250, "", " eur", "", ""],
    ["Zeta", "INV-113", 45830, 45843, "n/a", "", "USD", "", ""],
  ]);
  // USD open 3200 + 1000 = 4200, overdue 2900 + 1000 = 3900; EUR open 1350 + 250 = 1600, not yet due 0 + 250
  expect([at("B8"), at("B9"), at("C8"), at("C11")]).toEqual([4200, 3900, 1600, 250]);
  // S (invoiced in window) grows too: USD 1300 + 1000 = 2300 (row 14's text amount is in no figure)
  expect(at("B14")).toBe(2300);
});

test("the as-of cell is the workbook name ARCreditDesk_AsOf; a date typed there re-dates the report and survives a refresh", async () => {
  const { model, workbook, ledger, at } = await reported();
  const name = model.names.find((n) => n.name === AS_OF_NAME);
  expect(name && nameFormula(name)).toBe("='AR Summary'!$B$2");
  // As of 2025-07-15 (45853): acme's 500 (due 45850) is overdue too: USD overdue 2900 + 500 = 3400;
  // Gamma's 1200 is disputed whatever its age, EUR overdue stays 150.
  model.setRows(S, "B2", [[45853]]);
  expect([at("B9"), at("C9")]).toEqual([3400, 150]);
  const again = await workbook.insertReport({ ledger, language: "en" });
  expect(again).toMatchObject({ kind: "done", refreshed: true });
  expect(at("B2")).toBe(45853);
  expect(at("B9")).toBe(3400);
  // a formula such as =TODAY() is kept as written
  model.setRows(S, "B2", [["=DATE(2025,7,15)"]]);
  expect(await workbook.insertReport({ ledger, language: "en" })).toMatchObject({ kind: "done" });
  expect(model.sheet(S)!.formula(1, 1)).toBe("=DATE(2025,7,15)");
  expect(at("B9")).toBe(3400);
});

test("after Clear the report says it cannot compute instead of showing 0.00 or errors", async () => {
  const { workbook, at } = await reported();
  expect(at("B6")).toBe(true);
  const cleared = await workbook.clear();
  expect(cleared).toBeDefined();
  const message = "No scan results: scan the ledger again";
  // B6, open, overdue %, DSO, the largest share and the customer table all say so
  for (const cell of ["B6", "B8", "B10", "C16", "B20", "C45"]) expect(at(cell)).toBe(message);
});

test("rows typed past the rows the formulas read (1,000 below the ledger) make the report say so", async () => {
  const { model, at } = await reported();
  // the ledger's data rows 2..11, read to row 11 + 1,000 = 1011; a row typed on row 1200 is past them
  model.setRows("Ledger", "A1200", [["Far", "INV-900", 45800, 45833, 1000, "", "USD", "", ""]]);
  const message = "Rows below row 1011 are not counted: scan, then insert the report again";
  for (const cell of ["B6", "B8", "C9"]) expect(at(cell)).toBe(message);
  // on row 1011 it is counted: USD open 3200 + 1000
  model.setRows("Ledger", "A1200", [["", "", "", "", "", "", "", "", ""]]);
  model.setRows("Ledger", "A1011", [["Near", "INV-901", 45800, 45833, 1000, "", "USD", "", ""]]);
  expect([at("B6"), at("B8")]).toEqual([true, 4200]);
});

test("a 300-character and a 32,767-character customer name give a complete report, every formula under 8,192 characters", async () => {
  const long300 = `Long ${"x".repeat(295)}`;
  const long32k = `Huge ${"y".repeat(32_762)}`;
  expect([long300.length, long32k.length]).toEqual([300, 32_767]);
  // 1000 USD due 45800 (38 days overdue) for the 300-character name, 2000 USD not yet due for the other
  const rows: Row[] = [
    ...ROWS,
    [long300, "INV-201", 45790, 45800, 1000, "", "USD", "", ""],
    [long32k, "INV-202", 45830, 45860, 2000, "", "USD", "", ""],
  ];
  const { model, report, at, ledger } = await reported(rows);
  expect(report).toMatchObject({ kind: "done" });
  const names = ledger.analysis.customers.map((c) => c.customer);
  expect(names).toContain(long300);
  expect(names).toContain(long32k);
  const sheet = model.sheet(S)!;
  let longest = 0;
  let formulas = 0;
  for (let r = 0; r < 80; r++)
    for (let c = 0; c < 6; c++) {
      const f = sheet.formula(r, c);
      if (f === undefined) continue;
      formulas++;
      longest = Math.max(longest, f.length);
      expect(f).not.toContain("xxxxx");
    }
  expect(formulas).toBeGreaterThan(30);
  expect(longest).toBeLessThan(8192);
  // USD open 3200 + 1000 + 2000 = 6200, overdue 2900 + 1000 = 3900
  expect([at("B8"), at("B9")]).toEqual([6200, 3900]);
  let top = 0;
  for (let r = 30; r < 90 && top === 0; r++) if (at(`A${r}`) === "Customers") top = r + 2;
  const row300 = top + names.indexOf(long300),
    row32k = top + names.indexOf(long32k);
  expect([at(`A${row300}`), at(`C${row300}`), at(`D${row300}`)]).toEqual([long300, 1000, 1000]);
  expect([at(`A${row32k}`), at(`C${row32k}`), at(`D${row32k}`)]).toEqual([long32k, 2000, 0]);
});

test("a forecast inserted before the report owns the as-of cell: the report's B2 shows it, one date for both", async () => {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", ROWS);
  model.select("Ledger", "B3");
  const { workbook, outcome } = await locateAndScan(model);
  if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);
  const ledger = outcome.ledger;
  const formula = cashForecastFormula({ ...ledger, rowCount: ledger.rows.length }, "USD");
  if (isFailure(formula)) throw new Error(formula.message);
  expect(
    await workbook.insertForecast({ blocks: [{ title: "USD", formula, ...CASH_FORECAST_SPILL }], asOf: ledger.asOf }),
  ).toMatchObject({
    kind: "done",
  });
  const name = () => model.names.find((n) => n.name === AS_OF_NAME)!;
  // No report yet: the forecast's own as-of cell, T1 "As of", U1 the scan's date
  expect(nameFormula(name())).toBe("='AR Summary'!$U$1");
  expect(await workbook.insertReport({ ledger, language: "en" })).toMatchObject({ kind: "done" });
  expect(nameFormula(name())).toBe("='AR Summary'!$U$1");
  expect(model.sheet(S)!.formula(1, 1)).toBe(`=${AS_OF_NAME}`);
  attachEngine(model);
  const at = (address: string) => {
    model.ensureCalculated();
    const { r0, c0 } = parseAddress(address)!.rect;
    return model.sheet(S)!.value(r0, c0);
  };
  expect([at("B2"), at("B8"), at("B9")]).toEqual([45838, 3200, 2900]);
  // one date for both: as of 2025-07-15 (45853) acme's 500 (due 45850) is overdue too: 2900 + 500
  model.setRows(S, "U1", [[45853]]);
  expect([at("B2"), at("B9")]).toEqual([45853, 3400]);
});
