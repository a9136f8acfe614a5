import { readFileSync } from "node:fs";
import path from "node:path";
import { isFailure } from "../../src/core/failure";
import { CASH_FORECAST_SPILL, cashForecastFormula } from "../../src/core/forecast/cashForecastFormula";
import { forecastLedgerFromScan } from "../../src/core/forecast/forecastLedgerFromScan";
import { probabilisticForecastByCurrency } from "../../src/core/forecast/cashForecastByCurrency";
import type { ProbabilisticForecast } from "../../src/core/forecast/distribution/probabilisticForecast";
import type { ScannedLedger } from "../../src/excel/ledgerWorkbook";
import { sampleWorkbook } from "../fixtures/sampleWorkbook";
import { csvAsExcel } from "../preview/openFile/csvAsExcel";
import { attachEngine } from "../preview/previewEngine";
import { registerArFunctions } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { locateAndScan } from "./scanHelpers";

/* Issue #20, one truth: the live forecast block Insert forecast writes on the AR Summary (one
   AR.CASHFORECAST per currency, its default method "distribution", open balances) computes, in the
   preview's engine, the figures the Forecast view computes from the scan (forecastLedgerFromScan,
   probabilisticForecastByCurrency) — to the cent, period by period — and the hand figures. */

jest.setTimeout(120_000);

const AS_OF = 45838; // 2025-06-30, the scan helpers' as-of

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
});

/** The view's forecasts, as ForecastView computes them: the scan's rows per currency, the default method. */
function viewForecasts(ledger: ScannedLedger): Map<string, ProbabilisticForecast> {
  const forecasts = probabilisticForecastByCurrency(forecastLedgerFromScan(ledger), { asOf: ledger.asOf });
  if (isFailure(forecasts)) throw new Error(forecasts.message);
  return forecasts;
}

/** One spilled block as numbers: per period [expected, cumulative, invoices], then Later … Total open. */
interface SheetBlock {
  readonly title: unknown;
  readonly periods: unknown[][];
  readonly summary: unknown[][];
}

/**
 * Scans the model's ledger, inserts the forecast as the Forecast view does (one block per currency
 * the view shows, the formula of cashForecastFormula), computes the workbook with the preview's
 * engine and reads each block back.
 */
async function insertedAndComputed(model: WorkbookModel, select: { sheet: string; cell: string }) {
  model.select(select.sheet, select.cell);
  const { workbook, outcome } = await locateAndScan(model);
  if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);
  const ledger = outcome.ledger;
  const view = viewForecasts(ledger);
  const blocks = [...view.keys()].map((currency) => {
    const formula = cashForecastFormula(
      { ...ledger, rowCount: ledger.rows.length },
      ledger.mapping.currency === undefined ? undefined : currency,
    );
    if (isFailure(formula)) throw new Error(formula.message);
    return { title: currency, formula, ...CASH_FORECAST_SPILL };
  });
  const inserted = await workbook.insertForecast({ blocks, asOf: ledger.asOf });
  if (inserted.kind !== "done") throw new Error(`insert: ${JSON.stringify(inserted)}`);
  attachEngine(model);
  model.ensureCalculated();
  const sheet = model.sheet("AR Summary")!;
  const value = (r: number, c: number) => sheet.value(r, c);
  // No report: the block starts with its own As of row (T1:U1) and a blank row; then per currency a
  // title, the formula's 18-row spill and a blank row (T = column 19).
  const T = 19;
  const read = (k: number): SheetBlock => {
    const title = 2 + k * 20;
    const spill = (r: number) => [2, 3, 4].map((c) => value(title + 1 + r, T + c));
    return {
      title: value(title, T),
      periods: Array.from({ length: 13 }, (_, i) => spill(1 + i)),
      summary: Array.from({ length: 4 }, (_, i) => [value(title + 15 + i, T), ...spill(14 + i)]),
    };
  };
  return { view, sheet: blocks.map((_, k) => read(k)), asOfCell: [value(0, T), value(0, T + 1)] };
}

/** The view's forecast as the sheet shows it (amounts in currency units). */
function asSheet(forecast: ProbabilisticForecast) {
  const money = (row: { expectedCents: number; cumulativeCents: number; invoices: number }) => [
    row.expectedCents / 100,
    row.cumulativeCents / 100,
    row.invoices,
  ];
  return {
    periods: forecast.periods.map(money),
    summary: [
      ["Later", ...money(forecast.later)],
      [`At risk (>${forecast.atRiskDays} days)`, ...money(forecast.atRisk)],
      ["Disputed", ...money(forecast.disputed)],
      ["Total open", ...money(forecast.total)],
    ],
  };
}

/** Sheet and view equal to the cent: amounts compared rounded to cents (the sheet holds doubles). */
function expectSame(sheet: SheetBlock, view: ReturnType<typeof asSheet>) {
  const cents = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === "number" ? Math.round(v * 100) : v)));
  expect(cents(sheet.periods)).toEqual(cents(view.periods));
  expect(cents(sheet.summary)).toEqual(cents(view.summary));
}

test("a hand-worked ledger: the sheet and the view both spread open balances, a part-paid 1,000.00 forecasting its 400.00", async () => {
  /* By hand (as in test/core/forecast/cashForecastFormulaInSheet.test.ts): Acme paid 1,000.00 10 days
     late and 1,000.00 30 days late, both due 2025-01-01 (serial 45658); F(10) = ½, F(30) = 1 for Acme
     and for Beta (no history: the ledger's). Acme's INV-3, 1,000.00 with 400.00 open, due as-of + 3:
     200.00 in period 1 (as-of + 13), 200.00 in period 4 (as-of + 33). Beta's 600.00, 5 days late:
     300.00 in period 0 (as-of + 5), 300.00 in period 3 (as-of + 25). USD Total open 1,000.00, 2
     invoices. EUR: nobody paid: Delta's 250.50 on its due date as-of + 12 (period 1); Gamma's 800.00
     100 days late is At risk; Delta's 300.00 Disputed; Total open 1,350.50, 3 invoices. */
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", [
    ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Open amount", "Currency", "Paid date", "Status"],
    ["Acme", "INV-1", 45628, 45658, 1000, null, "USD", 45668, null],
    ["Acme", "INV-2", 45628, 45658, 1000, 0, "USD", 45688, null],
    ["Acme", "INV-3", 45811, AS_OF + 3, 1000, 400, "USD", 45830, null],
    ["Beta", "INV-4", 45803, AS_OF - 5, 600, null, "USD", null, null],
    ["Zed", "INV-9", 45811, AS_OF + 3, 999, null, "USD", null, "Paid"],
    ["Gamma", "INV-5", 45708, AS_OF - 100, 800, null, "EUR", null, null],
    ["Delta", "INV-6", 45811, AS_OF + 3, 300, null, "EUR", null, "Disputed"],
    ["Delta", "INV-7", 45820, AS_OF + 12, 250.5, null, "EUR", null, null],
  ]);
  const { view, sheet, asOfCell } = await insertedAndComputed(model, { sheet: "Ledger", cell: "B3" });
  expect(asOfCell).toEqual(["As of", AS_OF]);
  // One block per currency, in the view's order (currencies sorted).
  expect([...view.keys()]).toEqual(["EUR", "USD"]);
  const [eur, usd] = sheet;
  expect(usd.title).toBe("USD");
  expect(usd.periods.slice(0, 5)).toEqual([
    [300, 300, 1],
    [200, 500, 1],
    [0, 500, 0],
    [300, 800, 1],
    [200, 1000, 1],
  ]);
  expect(usd.summary[3]).toEqual(["Total open", 1000, 1000, 2]);
  expect(eur.title).toBe("EUR");
  expect(eur.periods[1]).toEqual([250.5, 250.5, 1]);
  expect(eur.summary).toEqual([
    ["Later", 0, 250.5, 0],
    ["At risk (>90 days)", 800, 1050.5, 1],
    ["Disputed", 300, 1350.5, 1],
    ["Total open", 1350.5, 1350.5, 3],
  ]);
  // The view: the same figures, every row.
  expectSame(usd, asSheet(view.get("USD")!));
  expectSame(eur, asSheet(view.get("EUR")!));
});

test("the part-payment fixture: the sheet's forecast equals the view's, on the open balances of its README", async () => {
  const csv = readFileSync(path.join(__dirname, "../fixtures/part-payments/ledger.csv"), "utf8");
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", csvAsExcel(csv, "en-US"));
  const { view, sheet } = await insertedAndComputed(model, { sheet: "Ledger", cell: "B3" });
  // by hand (test/fixtures/part-payments/README.md): USD open 400 + 500 − 200 + 2,500 = 3,200 over 4
  // invoices; EUR 1,200 (disputed) + 150 = 1,350 over 2.
  const totals = new Map(sheet.map((block) => [block.title, block.summary[3]]));
  expect(totals.get("USD")).toEqual(["Total open", 3200, 3200, 4]);
  expect(totals.get("EUR")).toEqual(["Total open", 1350, 1350, 2]);
  expect(sheet.find((b) => b.title === "EUR")!.summary[2]).toEqual(["Disputed", 1200, 1350, 1]);
  [...view].forEach(([, forecast], k) => expectSame(sheet[k], asSheet(forecast)));
});

test("the preview's sample workbook: the sheet's forecast equals the view's, per currency, to the cent", async () => {
  const model = sampleWorkbook("en", AS_OF);
  const { view, sheet } = await insertedAndComputed(model, { sheet: "Ledger", cell: "B3" });
  expect([...view.keys()].sort()).toEqual(["EUR", "USD"]);
  [...view].forEach(([currency, forecast], k) => {
    expect(sheet[k].title).toBe(currency);
    expectSame(sheet[k], asSheet(forecast));
    // Something is spread (the sample has paid history and open invoices): the check is not of zeros.
    expect(forecast.periods.filter((p) => p.expectedCents > 0).length).toBeGreaterThan(3);
  });
});
