import { readFileSync } from "node:fs";
import path from "node:path";
import { dashboardFigures } from "../../src/core/dashboard/dashboardFigures";
import type { CurrencyDashboard } from "../../src/core/dashboard/dashboardTypes";
import { isFailure } from "../../src/core/failure";
import type { ScannedLedger } from "../../src/excel/ledgerWorkbook";
import { csvAsExcel } from "../preview/openFile/csvAsExcel";
import { attachEngine } from "../preview/previewEngine";
import { registerArFunctions } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { parseAddress } from "../support/workbookHost/a1";
import { locateAndScan } from "./scanHelpers";
import { letterRowsFromLedger } from "../../src/core/letters/letterRowsFromLedger";
import { probabilisticForecastByCurrency } from "../../src/core/forecast/cashForecastByCurrency";
import { forecastLedgerFromScan } from "../../src/core/forecast/forecastLedgerFromScan";
import { CASH_FORECAST_SPILL, cashForecastFormula } from "../../src/core/forecast/cashForecastFormula";

/* Issue #17, "one truth": the part-payment fixture (test/fixtures/part-payments, every figure
   hand-computed in its README) is scanned and reported through the host, the AR Summary's formulas
   are computed by HyperFormula (the preview's engine), and every figure must equal the dashboard's
   AND the hand figure. Layout (summaryReportPlan): A1:B6 parameters (B6 "Scan results found"),
   A7 "Currency" with USD in B, EUR in C; rows 8.. open, overdue, overdue %, not yet due, disputed,
   credit notes, invoiced in window, open at window start, DSO, BPDSO, ADD, CEI, largest share,
   flagged. */

jest.setTimeout(60_000);

const S = "AR Summary";
const CSV = readFileSync(path.join(__dirname, "../fixtures/part-payments/ledger.csv"), "utf8");
const ROWS = csvAsExcel(CSV, "en-US");
const LABELS = [
  "Open",
  "Overdue",
  "Overdue %",
  "Not yet due",
  "Disputed",
  "Credit notes",
  "Invoiced in window",
  "Open at window start",
  "DSO",
  "Best possible DSO",
  "Average days delinquent",
  "CEI",
  "Largest customer's share",
  "Concentration flagged",
];

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
});

/** The fixture on Ledger!A1, scanned as of 2025-06-30, its AR Summary inserted and computed. */
async function reported(rows: readonly (readonly (string | number | boolean | null)[])[] = ROWS) {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", rows);
  model.select("Ledger", "B3");
  const { workbook, outcome } = await locateAndScan(model);
  if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);
  const ledger: ScannedLedger = outcome.ledger;
  const figures = dashboardFigures(ledger.rows, ledger.analysis, ledger.mapping, { asOf: ledger.asOf });
  if (isFailure(figures)) throw new Error(figures.message);
  const customers = ledger.analysis.customers.map((c) => ({ customer: c.customer, currency: c.currency }));
  const report = await workbook.insertReport({ ledger, language: "en", customers });
  if (report.kind !== "done") throw new Error(`report: ${JSON.stringify(report)}`);
  const engine = attachEngine(model);
  const at = (address: string, sheet = S): unknown => {
    model.ensureCalculated();
    const { r0, c0 } = parseAddress(address)!.rect;
    return model.sheet(sheet)!.value(r0, c0);
  };
  return { model, workbook, ledger, figures, at, engine };
}

/** Row of each figure label in column A (rows 8..21), checked against the layout. */
function figureRow(at: (a: string) => unknown, label: string): number {
  for (let r = 8; r < 30; r++) if (at(`A${r}`) === label) return r;
  throw new Error(`no '${label}' row`);
}

test("the fixture reads as its README says: two currencies, one issue row, the padded texts grouped", async () => {
  const { ledger } = await reported();
  expect(ledger.analysis.portfolio.map((p) => p.currency)).toEqual(["USD", "EUR"]);
  // INV-109 (sheet row 10, data row index 8): due before it was invoiced
  expect(ledger.analysis.issues.map((i) => [i.rowIndex, i.code])).toEqual([[8, "dueBeforeInvoice"]]);
  // "Acme " and "acme" are one customer; "Gamma " and "Gamma" too: 5 customers
  expect(ledger.analysis.customers.map((c) => c.customer).sort()).toEqual(["Acme", "Beta", "Delta", "Epsilon", "Gamma"]);
});

test("every AR Summary figure equals the dashboard's and the hand-computed one, per currency", async () => {
  const { at, figures } = await reported();
  expect([at("A7"), at("B7"), at("C7")]).toEqual(["Currency", "USD", "EUR"]);
  expect(LABELS.map((label) => figureRow(at, label))).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  expect(at("B6")).toBe(true); // scan results found
  const dashboardOf = (d: CurrencyDashboard) => [
    d.open,
    d.overdue,
    d.overduePct,
    d.window!.current,
    null,
    null,
    d.window!.invoiced,
    d.window!.openAtStart,
    d.dso,
    d.bpdso,
    d.add,
    d.cei,
    d.concentration.share,
    d.concentration.flagged,
  ];
  // Hand figures (README): USD E 3200, overdue 2900, current 500, credits −200, S 1300, B 2500;
  // EUR E 1350, overdue 150, disputed 1200, S 2700, B 0.
  const hand = {
    USD: [
      3200,
      2900,
      2900 / 3200,
      500,
      0,
      -200,
      1300,
      2500,
      (3200 / 1300) * 90,
      (500 / 1300) * 90,
      (2700 / 1300) * 90,
      600 / 3300,
      2500 / 3400,
      true,
    ],
    EUR: [1350, 150, 150 / 1350, 0, 1200, 0, 2700, 0, 45, 0, 45, 0.5, 1, true],
  };
  figures.forEach((d, i) => {
    const column = "BC"[i];
    const sheet = LABELS.map((_, k) => at(`${column}${8 + k}`));
    const expected = hand[d.currency as "USD" | "EUR"];
    sheet.forEach((value, k) => {
      if (typeof expected[k] === "boolean") expect(value).toBe(expected[k]);
      else expect(value).toBeCloseTo(expected[k] as number, 6);
    });
    // and the dashboard's own figures, where it has them
    dashboardOf(d).forEach((value, k) => {
      if (value === null) return;
      if (typeof value === "boolean") expect(sheet[k]).toBe(value);
      else expect(sheet[k]).toBeCloseTo(value, 6); // HyperFormula keeps 10 significant digits
    });
  });
});

test("each currency's aging spill equals the dashboard's buckets (current and overdue rows only)", async () => {
  const { at, figures } = await reported();
  // A23 "Aging USD" title, then the spill: header A24, buckets A25..A29
  const titles = ["Aging USD", "Aging EUR"];
  for (const [i, d] of figures.entries()) {
    let title = 0;
    for (let r = 22; r < 60 && title === 0; r++) if (at(`A${r}`) === titles[i]) title = r;
    expect(title).toBeGreaterThan(0);
    const buckets = d.buckets.map((_, b) => [at(`A${title + 2 + b}`), at(`B${title + 2 + b}`), at(`C${title + 2 + b}`)]);
    expect(buckets).toEqual(d.buckets.map((b) => [b.label, b.amount, b.count]));
  }
  // by hand: USD Current 500 (1), 1-30 400 (1), 31-60 0, 61-90 2500 (1), 91+ 0; EUR 1-30 150 (1)
  expect(figures[0].buckets.map((b) => [b.amount, b.count])).toEqual([
    [500, 1],
    [400, 1],
    [0, 0],
    [2500, 1],
    [0, 0],
  ]);
  expect(figures[1].buckets.map((b) => b.amount)).toEqual([0, 150, 0, 0, 0]);
});

test("the customer table's open and overdue equal the scan's per customer", async () => {
  const { at, ledger } = await reported();
  let top = 0;
  for (let r = 30; r < 80 && top === 0; r++) if (at(`A${r}`) === "Customers") top = r + 2;
  expect(top).toBeGreaterThan(0);
  ledger.analysis.customers.forEach((c, k) => {
    expect([at(`A${top + k}`), at(`B${top + k}`)]).toEqual([c.customer, c.currency]);
    expect(at(`C${top + k}`)).toBeCloseTo(c.open, 9);
    expect(at(`D${top + k}`)).toBeCloseTo(c.overdue, 9);
  });
  // by hand: Acme open 400 + 500 = 900, overdue 400; Epsilon 2500 / 2500; Gamma 1350 / 150; Beta −200 / 0
  const byName = Object.fromEntries(ledger.analysis.customers.map((c) => [c.customer, [c.open, c.overdue]]));
  expect(byName).toEqual({ Acme: [900, 400], Beta: [-200, 0], Gamma: [1350, 150], Delta: [0, 0], Epsilon: [2500, 2500] });
});

test("letters and the forecast read the same open balances: the inserted forecast formula equals the Forecast view", async () => {
  const { workbook, ledger, at } = await reported();
  // Letters: each customer's open invoices (letterRowsFromLedger) add up to the report's Open per customer.
  const letters = letterRowsFromLedger(ledger);
  const lettersOpen = new Map<string, number>();
  for (const row of letters)
    lettersOpen.set(row.customer.trim().toLowerCase(), (lettersOpen.get(row.customer.trim().toLowerCase()) ?? 0) + row.openCents);
  // by hand: Acme 400 + 500, Beta −200 (the credit note), Gamma 1200 + 150, Epsilon 2500 (cents)
  expect(Object.fromEntries(lettersOpen)).toEqual({ acme: 90000, beta: -20000, gamma: 135000, epsilon: 250000 });
  // The forecast: the view's per-currency forecast (AR.CASHFORECAST's default method, distribution), and the
  // live formula Insert forecast writes.
  const view = probabilisticForecastByCurrency(forecastLedgerFromScan(ledger), { asOf: ledger.asOf });
  if (isFailure(view)) throw new Error(view.message);
  // by hand (README): USD open rows 400 + 500 − 200 + 2500 = 3200; EUR 1200 (disputed) + 150 = 1350
  expect([...view].map(([currency, f]) => [currency, f.total.expectedCents])).toEqual([
    ["EUR", 135000],
    ["USD", 320000],
  ]);
  const blocks = [...view.keys()].map((currency) => {
    const formula = cashForecastFormula({ ...ledger, rowCount: ledger.rows.length }, currency);
    if (isFailure(formula)) throw new Error(formula.message);
    return { title: currency, formula, ...CASH_FORECAST_SPILL };
  });
  // The report exists: its B2 is the named as-of cell, the forecast block adds none of its own.
  expect(await workbook.insertForecast({ blocks, asOf: ledger.asOf })).toMatchObject({ kind: "done" });
  expect(at("T1")).toBe("EUR");
  // The forecast spills (computed by the preview's engine) equal the view's periods and total.
  [...view].forEach(([, forecast], k) => {
    const top = 2 + k * 20; // title row, formula row (T2 / T22), 18 rows of spill
    const total = top + 17;
    expect([at(`T${total}`), at(`V${total}`)]).toEqual(["Total open", forecast.total.expectedCents / 100]);
    forecast.periods.forEach((p, i) => expect(at(`V${top + 1 + i}`)).toBeCloseTo(p.expectedCents / 100, 6));
  });
});
