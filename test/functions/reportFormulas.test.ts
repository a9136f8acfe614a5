import { HyperFormula } from "hyperformula";
import { dashboardFigures } from "../../src/core/dashboard/dashboardFigures";
import type { CurrencyDashboard } from "../../src/core/dashboard/dashboardTypes";
import { isFailure } from "../../src/core/failure";
import type { LedgerRanges } from "../../src/core/report/ledgerFormulas";
import type { ReportPlan } from "../../src/core/report/reportTypes";
import { summaryReportPlan } from "../../src/core/report/summaryReportPlan";
import { AS_OF, FIXTURE, scanFixture } from "../core/dashboard/dashboardFixture";
import { registerArFunctions } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";
import { resultRow } from "../../src/excel/resultColumns";
import { fillSampleLedger } from "../support/workbookHost/sampleLedger";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";

/* The AR Summary plan evaluated by a real spreadsheet engine (HyperFormula with the AR.* functions)
   on a sheet holding the dashboard's fixture ledger: every figure must equal dashboardFigures'
   (whose values are hand-checked in test/core/dashboard/dashboardFigures.test.ts: USD open 6300,
   DSO 5670/73, CEI 3800/7200 …). The fixture's issue rows (no customer; "n/a" amount) must be
   left out by the formulas as by the scan. */

const RANGES: LedgerRanges = {
  sheetName: "Ledger",
  customer: "$A:$A",
  invoiceDate: "$B:$B",
  dueDate: "$C:$C",
  amount: "$D:$D",
  currency: "$E:$E",
  paidDate: "$F:$F",
  status: "$G:$G",
};
/* Rows of the figures (see summaryReportPlan): 8 open, 9 overdue, 10 overdue %, 11 not yet due,
   12 disputed, 13 credit notes, 14 invoiced in window, 15 open at window start, 16 DSO, 17 BPDSO,
   18 ADD, 19 CEI, 20 largest share, 21 flagged; the USD aging spill A24:D30, EUR's A33:D39. */

let hf: HyperFormula;
let plan: ReportPlan;
let dashboard: CurrencyDashboard[];

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
}, 60_000);

/**
 * Builds the workbook: the ledger, then the plan's cells and spill formulas on AR Summary. With
 * `daysColumn` the scan's Days overdue result column is written right of the ledger as the scan
 * writes it (a number on accepted rows, "" on rows in Issues).
 */
function build(
  ledger: (string | number | null)[][],
  ranges: LedgerRanges,
  asOf = AS_OF,
  customerRows?: number,
  daysColumn = false,
): void {
  const { rows, analysis, mapping } = scanFixture(ledger, asOf);
  const figures = dashboardFigures(rows, analysis, mapping, { asOf });
  if (isFailure(figures)) throw new Error(figures.message);
  dashboard = figures;
  const made = summaryReportPlan(ranges, {
    asOf,
    currencies: figures.map((f) => f.currency),
    customers: analysis.customers.slice(0, customerRows).map((c) => ({ customer: c.customer, currency: c.currency })),
  });
  if (isFailure(made)) throw new Error(made.message);
  plan = made;
  const sheetRows = daysColumn
    ? ledger.map((row, r) => [...row, r === 0 ? "Days overdue" : resultRow(analysis, r - 1)[0]])
    : ledger;
  hf = HyperFormula.buildFromSheets({ Ledger: sheetRows, "AR Summary": [] }, { licenseKey: "gpl-v3" });
  const sheet = hf.getSheetId("AR Summary")!;
  for (const block of plan.blocks) {
    const start = hf.simpleCellAddressFromString(block.address.split(":")[0], sheet)!;
    const content = block.cells.map((row) =>
      row.map((cell) =>
        cell.kind === "text" ? cell.text : cell.kind === "number" ? cell.value : cell.kind === "formula" ? cell.formula : null,
      ),
    );
    hf.setCellContents(start, content);
  }
  for (const spill of plan.spills) hf.setCellContents(hf.simpleCellAddressFromString(spill.anchor, sheet)!, [[spill.formula]]);
}

const value = (cell: string) => hf.getCellValue(hf.simpleCellAddressFromString(cell, hf.getSheetId("AR Summary")!)!);
const block = (range: string) => hf.getRangeValues(hf.simpleCellRangeFromString(range, hf.getSheetId("AR Summary")!)!);

afterEach(() => hf?.destroy());

test("the figures column of each currency computes to the dashboard's figures", () => {
  build(FIXTURE, RANGES);
  // Layout (see summaryReportPlan): B/C7 currencies; rows 8.. open, overdue, %, not yet due,
  // invoiced, open at start, DSO, BPDSO, ADD, CEI, largest share, flagged.
  expect([value("B7"), value("C7")]).toEqual(["USD", "EUR"]);
  dashboard.forEach((d, i) => {
    const col = "BC"[i];
    const at = (row: number) => value(`${col}${row}`) as number;
    expect(at(8)).toBeCloseTo(d.open, 9);
    expect(at(9)).toBeCloseTo(d.overdue, 9);
    expect(at(10)).toBeCloseTo(d.overduePct, 9);
    expect(at(11)).toBeCloseTo(d.window!.current, 9);
    expect(at(14)).toBeCloseTo(d.window!.invoiced, 9);
    expect(at(15)).toBeCloseTo(d.window!.openAtStart, 9);
    expect(at(16)).toBeCloseTo(d.dso!, 9);
    expect(at(17)).toBeCloseTo(d.bpdso!, 9);
    expect(at(18)).toBeCloseTo(d.add!, 9);
    expect(at(19)).toBeCloseTo(d.cei!, 9);
    expect(at(20)).toBeCloseTo(d.concentration.share!, 9);
    expect(value(`${col}21`)).toBe(d.concentration.flagged);
  });
  // and the hand figures themselves, so a shared mistake cannot pass: USD DSO 5670/73, CEI 3800/7200
  expect(value("B16")).toBeCloseTo(5670 / 73, 9);
  expect(value("B19")).toBeCloseTo(3800 / 7200, 9);
  expect(value("C16")).toBe(90);
  // Delta's 700 is disputed, Gamma's −200 a credit note (balances.ts): their own lines
  expect([value("B12"), value("B13")]).toEqual([700, -200]);
});

test("each currency's AR.AGING spill equals the dashboard's aging, Total = open", () => {
  build(FIXTURE, RANGES);
  const [usdSpill, eurSpill] = plan.spills;
  expect(usdSpill.area).toBe("A24:D30");
  const usd = block(usdSpill.area);
  expect(usd[0]).toEqual(["Bucket", "Amount", "Count", "Share"]);
  expect(usd.slice(1, 6).map((r) => [r[0], r[1], r[2]])).toEqual(dashboard[0].buckets.map((b) => [b.label, b.amount, b.count]));
  // current and overdue rows only: open 6300 less Delta's disputed 700 plus Gamma's credit 200 = 5800 over 5 rows
  expect(usd[6].slice(0, 3)).toEqual(["Total", 5800, 5]);
  const eur = block(eurSpill.area);
  expect(eur[1].slice(0, 3)).toEqual(["Current", 900, 1]);
  expect(eur[6].slice(0, 3)).toEqual(["Total", 900, 1]);
  // the chart reads the Bucket and Amount columns, header row first, Total left out
  expect(plan.charts[0].sourceRange).toBe("A24:B29");
  expect(block("A24:B29").map((r) => r[0])).toEqual(["Bucket", "Current", "1-30", "31-60", "61-90", "91+"]);
});

test("the customer table's open and overdue equal the scan's per customer", () => {
  build(FIXTURE, RANGES);
  const customers = scanFixture().analysis.customers;
  const first = plan.blocks[plan.blocks.length - 1];
  const top = Number(first.address.match(/^A(\d+)/)![1]) + 2; // title row, header row, then customers
  customers.forEach((c, i) => {
    const row = top + i;
    expect([value(`A${row}`), value(`B${row}`)]).toEqual([c.customer, c.currency]);
    expect(value(`C${row}`)).toBeCloseTo(c.open, 9);
    expect(value(`D${row}`)).toBeCloseTo(c.overdue, 9);
  });
  // Gamma: open −200 (a credit note), overdue max(0, −200) = 0
  const gamma = customers.findIndex((c) => c.customer === "Gamma");
  expect(value(`D${top + gamma}`)).toBe(0);
});

test("rows the scan listed in Issues (a due date before the invoice date) are left out through its Days overdue column", () => {
  // Row 16: Acme, invoiced 45800, due 45700 (before the invoice date), USD 640, open — the scan rejects it
  // (dueBeforeInvoice) and writes "" in its Days overdue cell (column I). Typed cells alone would count it:
  // USD open 6300 + 640 = 6940. With the Days overdue column the report leaves it out like the dashboard.
  const ledger = [...FIXTURE, ["Acme", 45800, 45700, 640, "USD", null, null, null]];
  expect(scanFixture(ledger).analysis.issues.map((issue) => issue.code)).toContain("dueBeforeInvoice");
  // whole columns: the row typed below is read (data rows 2..17)
  build(ledger, RANGES);
  expect(value("B8")).toBeCloseTo(6940, 9);
  hf.destroy();
  build(ledger, { ...RANGES, daysOverdue: "$I:$I" }, AS_OF, undefined, true);
  // the hand figures of the fixture (USD open 6300, DSO 5670/73, CEI 3800/7200), untouched by row 16
  expect(value("B8")).toBeCloseTo(6300, 9);
  expect(value("B16")).toBeCloseTo(5670 / 73, 9);
  expect(value("B19")).toBeCloseTo(3800 / 7200, 9);
  dashboard.forEach((d, i) => {
    const at = (row: number) => value(`${"BC"[i]}${row}`) as number;
    expect([at(8), at(9), at(11), at(14), at(15), at(16), at(17), at(18), at(19), at(20)]).toEqual(
      [
        d.open,
        d.overdue,
        d.window!.current,
        d.window!.invoiced,
        d.window!.openAtStart,
        d.dso,
        d.bpdso,
        d.add,
        d.cei,
        d.concentration.share,
      ].map((n) => expect.closeTo(n!, 9)),
    );
    const spill = block(plan.spills[i].area);
    expect(spill.slice(1, 6).map((r) => [r[0], r[1], r[2]])).toEqual(d.buckets.map((b) => [b.label, b.amount, b.count]));
  });
  // USD aging Total = the 5 current and overdue USD rows, 5800, as in the fixture without row 16
  expect(block(plan.spills[0].area)[6].slice(0, 3)).toEqual(["Total", 5800, 5]);
  // the customer table: Acme's open and overdue as the scan has them (row 16's 640 not among them)
  const customers = scanFixture(ledger).analysis.customers;
  const top = Number(plan.blocks[plan.blocks.length - 1].address.match(/^A(\d+)/)![1]) + 2;
  customers.forEach((c, i) => {
    expect(value(`C${top + i}`)).toBeCloseTo(c.open, 9);
    expect(value(`D${top + i}`)).toBeCloseTo(c.overdue, 9);
  });
});

test("the formulas follow the ledger: an edit recalculates the report", () => {
  build(FIXTURE, RANGES);
  // Epsilon's 1200 (row 13 of the data, sheet row 14) paid on 2025-06-15 (45823): USD open 6300 − 1200 = 5100,
  // overdue (Acme 1000 + Beta 500 + Epsilon 1200, Delta's 700 disputed apart) 2700 − 1200 = 1500, DSO = 5100/7300 × 90
  hf.setCellContents({ sheet: hf.getSheetId("Ledger")!, row: 13, col: 5 }, [[45823]]);
  expect(value("B8")).toBeCloseTo(5100, 9);
  expect(value("B9")).toBeCloseTo(1500, 9);
  expect(value("B16")).toBeCloseTo((5100 / 7300) * 90, 9);
  // moving the as-of date in B2 re-dates every figure: as of 2025-07-10 row 3 (due 45850) is still current
  hf.setCellContents(hf.simpleCellAddressFromString("B2", hf.getSheetId("AR Summary")!)!, [[45848]]);
  expect(value("B4")).toBe(45758);
  // row 4 (Beta 500, paid 45840) is now settled: open 5100 − 500 = 4600
  expect(value("B8")).toBeCloseTo(4600, 9);
});

test("a single-currency ledger without currency or status columns", () => {
  const single = FIXTURE.filter((row) => row[4] !== "EUR").map((row) => [row[0], row[1], row[2], row[3], row[5]]);
  // Without a status column row 7 (Delta 800, "Paid") is open: USD E = 6300 + 800 = 7100, overdue 3400 + 800 = 4200,
  // B = 2800 + 800 = 3600; DSO = 7100/7300 × 90
  build(single, {
    sheetName: "Ledger",
    customer: "$A:$A",
    invoiceDate: "$B:$B",
    dueDate: "$C:$C",
    amount: "$D:$D",
    paidDate: "$E:$E",
  });
  expect(dashboard).toHaveLength(1);
  const d = dashboard[0];
  expect([d.open, d.overdue, d.window!.openAtStart]).toEqual([7100, 4200, 3600]);
  expect(value("B8")).toBeCloseTo(7100, 9);
  expect(value("B9")).toBeCloseTo(4200, 9);
  // no status column: rows 12 credit notes, 13 invoiced, 14 open at start, 15 DSO … 18 CEI, 19 share
  expect(value("B14")).toBeCloseTo(3600, 9);
  expect(value("B15")).toBeCloseTo((7100 / 7300) * 90, 9);
  expect(value("B18")).toBeCloseTo(d.cei!, 9);
  expect(value("B19")).toBeCloseTo(d.concentration.share!, 9);
});

test("the preview's sample ledger (text junk in due dates, empty-text paid cells, two currencies) agrees too", () => {
  // fillSampleLedger writes through a sheet's writeValue; a grid that keeps every value as given
  // (the empty text of open rows' paid dates included) stands in for the host's sheet.
  const grid: (string | number | null)[][] = [];
  const sheet = {
    writeValue(r: number, c: number, v: string | number) {
      (grid[r] ??= Array<string | number | null>(8).fill(null))[c] = v;
    },
  };
  fillSampleLedger({ sheet: () => sheet } as unknown as WorkbookModel, "Ledger", 400, AS_OF);
  // issue rows the scan leaves out, made sure of (the generator's 0.1% of bad dates may miss 400 rows)
  grid[5][3] = "next Tuesday";
  grid[9][0] = null;
  const col = (c: string) => `$${c}:$${c}`;
  const ranges: LedgerRanges = {
    sheetName: "Ledger",
    customer: col("A"),
    invoiceDate: col("C"),
    dueDate: col("D"),
    amount: col("E"),
    currency: col("F"),
    paidDate: col("G"),
    status: col("H"),
  };
  build(grid, ranges, AS_OF, 25);
  expect(dashboard.map((d) => d.currency)).toEqual(["USD", "EUR"]);
  dashboard.forEach((d, i) => {
    const at = (row: number) => value(`${"BC"[i]}${row}`) as number;
    expect([at(8), at(9), at(11), at(14), at(15)]).toEqual(
      [d.open, d.overdue, d.window!.current, d.window!.invoiced, d.window!.openAtStart].map((n) => expect.closeTo(n, 6)),
    );
    expect([at(16), at(17), at(18), at(19), at(20)]).toEqual(
      // HyperFormula shows 10 significant digits (DSO 364.86492615), hence 6 decimals here
      [d.dso, d.bpdso, d.add, d.cei, d.concentration.share].map((n) => expect.closeTo(n!, 6)),
    );
    const spill = block(plan.spills[i].area);
    expect(spill.slice(1, 6).map((r) => [r[0], r[2]])).toEqual(d.buckets.map((b) => [b.label, b.count]));
    spill.slice(1, 6).forEach((r, b) => expect(r[1]).toBeCloseTo(d.buckets[b].amount, 6));
  });
  expect(dashboard[0].open).toBeGreaterThan(0);
  expect(
    scanFixture(grid)
      .analysis.issues.map((issue) => issue.code)
      .sort(),
  ).toEqual(["noCustomer", "unreadableDate"]);
});
