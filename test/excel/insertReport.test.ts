import type { ReportRequest } from "../../src/excel/insertReport";
import type { ScannedLedger } from "../../src/excel/ledgerWorkbook";
import { OWNED_REPORTS_KEY } from "../../src/excel/ownedReports";
import { FIXTURE } from "../core/dashboard/dashboardFixture";
import { cellAt, fixtureWorkbook, formatAt } from "./reportWorkbook";
import { locateAndScan, scanWith } from "./scanHelpers";

/* The fixture ledger is on Ledger!A1:H16: A customer, B invoice date, C due date, D amount,
   E currency, F paid date, G status, H credit limit; data rows 2..16. Currencies USD then EUR.
   Expected AR Summary layout (hand-derived from the layout the report promises):
   A1:B6 parameters (B6: TRUE while the figures can be computed) · A7:C21 figures (B = USD, C = EUR) · A23 "Aging USD",
   AR.AGING at A24 (spill A24:D30: header, 5 buckets, Total), its chart over A24:B29 at F23 · A32
   "Aging EUR", A33:D39, chart A33:B38 at F32 · A41 "Customers", header A42, the four USD overdue
   customers (Epsilon, Acme, Delta, Beta) A43:D46. The formulas read rows 2..1016; the scan's Days
   overdue column is I (right of the ledger): a row counts with a number there, or — empty there, a
   row typed since — when its typed cells pass the checks. Every formula text below is written out by hand. */

const S = "AR Summary";
const L = "'Ledger'!";
// data rows 2..16, read to 1,000 rows below the ledger (row 1016) so rows typed later count
const [CUST, INV, DUE, AMT, CUR, PAID, STAT, LIMIT, DAYS] = ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map(
  (c) => `${L}$${c}$2:$${c}$1016`,
);
const PAID_WORDS = `ISNUMBER(MATCH(TRIM(${STAT}),{"paid","已付","已付款"},0))`;
const DISPUTED = `ISNUMBER(MATCH(TRIM(${STAT}),{"disputed","dispute","in dispute","争议","有争议"},0))`;
const FRESH = `(${DAYS}="")*((${INV}="")+ISNUMBER(${INV})*(${DUE}>=${INV})>0)*((${PAID}="")+ISNUMBER(${PAID})>0)*((${LIMIT}="")+ISNUMBER(${LIMIT})>0)`;
const COUNTS = `(TRIM(${CUST})<>"")*ISNUMBER(${DUE})*ISNUMBER(${AMT})*((ISNUMBER(${DAYS})+${FRESH})>0)`;
const OPEN = `IF((ISNUMBER(${PAID})*(${PAID}<=$B$2)+${PAID_WORDS})>0,0,${AMT})`;
const guard = (f: string) => `=IF($B$6=TRUE(),${f},$B$6)`;
const sum = (values: string, mask: string) => `IFERROR(SUM(FILTER(${values},${mask})),0)`;
const group = (cur: string, customer?: string) =>
  `${COUNTS}*(TRIM(${CUR})=${cur})${customer === undefined ? "" : `*(TRIM(${CUST})=TRIM(${customer}))`}`;
const invoices = (g: string) => `${g}*(${OPEN}>0)*(1-${DISPUTED})`;
const mask = (cur: string) => invoices(group(cur));

function figureFormulas(cur: string, col: string): string[] {
  const g = group(cur);
  return [
    sum(OPEN, g),
    sum(OPEN, `${invoices(g)}*(${DUE}<$B$2)`),
    `IF(${col}8<=0,0,${col}9/${col}8)`,
    sum(OPEN, `${g}*(${DUE}>=$B$2)`),
    sum(OPEN, `${g}*(${OPEN}>0)*${DISPUTED}`),
    sum(OPEN, `${g}*(${OPEN}<0)`),
    sum(AMT, `${g}*ISNUMBER(${AMT})*ISNUMBER(${INV})*(${INV}>$B$4)*(${INV}<=$B$2)`),
    sum(AMT, `${g}*ISNUMBER(${AMT})*ISNUMBER(${INV})*(${INV}<=$B$4)*(1-${PAID_WORDS})*(1-ISNUMBER(${PAID})*(${PAID}<=$B$4))`),
    `AR.DSO(${col}8,${col}14,$B$3)`,
    `AR.BPDSO(${col}11,${col}14,$B$3)`,
    `AR.ADD(${col}8,${col}11,${col}14,$B$3)`,
    `AR.CEI(${col}15,${col}14,${col}8,${col}11)`,
    `AR.CONCENTRATION(FILTER(${CUST},${g}),FILTER(${OPEN},${g}))`,
    `${col}20>$B$5`,
  ].map(guard);
}

async function scanned(ledger = FIXTURE) {
  const model = fixtureWorkbook(ledger);
  const { host, workbook, outcome } = await locateAndScan(model);
  if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);
  return { model, host, workbook, ledger: outcome.ledger };
}

const TOP_USD = ["Epsilon", "Acme", "Delta", "Beta"].map((customer) => ({ customer, currency: "USD" }));
const request = (ledger: ScannedLedger, more: Partial<ReportRequest> = {}): ReportRequest => ({
  ledger,
  language: "en",
  customers: TOP_USD,
  ...more,
});

test("Insert report writes the parameters, every figure as a live formula, the aging spills and their charts", async () => {
  const { model, workbook, ledger } = await scanned();
  expect(await workbook.insertReport(request(ledger))).toEqual({ kind: "done", sheet: S, refreshed: false, charts: 2 });
  const at = (address: string) => cellAt(model, S, address);
  expect(["A1", "A2", "B2", "B3", "B4", "B5", "A6", "B6"].map(at)).toEqual([
    "AR Summary",
    "As of",
    45838,
    90,
    "=$B$2-$B$3",
    0.2,
    "Figures computable",
    `=IF(AND(TRIM(${L}$I$1)<>"",COUNT(${DAYS})>0),IF(COUNTA(${L}$A:$A)>COUNTA(${L}$A$1:$A$1016),` +
      `"Rows below row 1016 are not counted: scan, then insert the report again",TRUE()),"No scan results: scan the ledger again")`,
  ]);
  expect([formatAt(model, S, "B2"), formatAt(model, S, "B5"), formatAt(model, S, "A2")]).toEqual(["m/d/yyyy", "0.0%", "@"]);
  expect(["A7", "B7", "C7", "A16"].map(at)).toEqual(["Currency", "USD", "EUR", "DSO"]);
  const usd = figureFormulas("$B$7", "B");
  const eur = figureFormulas("$C$7", "C");
  for (let i = 0; i < 14; i++) {
    expect(at(`B${8 + i}`)).toBe(usd[i]);
    expect(at(`C${8 + i}`)).toBe(eur[i]);
  }
  expect([formatAt(model, S, "B8"), formatAt(model, S, "B10"), formatAt(model, S, "B16")]).toEqual(["#,##0.00", "0.0%", "0.0"]);

  expect([at("A23"), at("A32")]).toEqual(["Aging USD", "Aging EUR"]);
  expect(at("A24")).toBe(`=AR.AGING(FILTER(${OPEN},${mask("$B$7")}),FILTER(${DUE},${mask("$B$7")}),$B$2)`);
  expect(at("A33")).toBe(`=AR.AGING(FILTER(${OPEN},${mask("$C$7")}),FILTER(${DUE},${mask("$C$7")}),$B$2)`);
  // only the anchor holds the formula; the spill area's amount column is formatted as amounts
  expect([at("A25"), at("B30")]).toEqual(["", ""]);
  expect([formatAt(model, S, "B30"), formatAt(model, S, "D30")]).toEqual(["#,##0.00", "0.0%"]);

  expect(model.sheet(S)!.charts).toEqual([
    expect.objectContaining({ name: "AR Summary aging 1", type: "ColumnClustered", seriesBy: "Columns", source: "A24:B29" }),
    expect.objectContaining({ name: "AR Summary aging 2", type: "ColumnClustered", seriesBy: "Columns", source: "A33:B38" }),
  ]);
  expect(model.sheet(S)!.charts.map((c) => [c.title, c.position])).toEqual([
    ["Aging USD", "F23"],
    ["Aging EUR", "F32"],
  ]);

  expect(["A41", "A42", "D42", "A43", "B43", "A46"].map(at)).toEqual([
    "Customers",
    "Customer",
    "Overdue",
    "Epsilon",
    "USD",
    "Beta",
  ]);
  // Epsilon's row reads its name and currency from A43 and B43
  const eps = group("$B$43", "$A$43");
  expect(at("C43")).toBe(guard(sum(OPEN, eps)));
  expect(at("D43")).toBe(guard(sum(OPEN, `${invoices(eps)}*(${DUE}<$B$2)`)));
  expect(at("A47")).toBe("");
  expect(model.selection.sheet.name).toBe(S);
});

test("a refresh replaces only its own cells and charts; the user's cells elsewhere stay", async () => {
  const { model, workbook, ledger } = await scanned();
  await workbook.insertReport(request(ledger));
  // The user types beside the report and over one of its figures.
  model.setRows(S, "H2", [["my note"]]);
  model.setRows(S, "B8", [[12345]]);
  model.setRows(S, "A48", [["below"]]);
  // A cell typed over inside the last report is the user's now (issue #16): the refresh refuses and names it.
  const before = model.snapshot();
  expect(await workbook.insertReport(request(ledger, { trailingDays: 30 }))).toEqual({
    kind: "occupied",
    address: "'AR Summary'!B8",
    value: "12345",
  });
  expect(model.snapshot()).toBe(before);
  // Emptied again, the cell is the report's to fill.
  model.setRows(S, "B8", [[""]]);
  const outcome = await workbook.insertReport(request(ledger, { trailingDays: 30 }));
  expect(outcome).toMatchObject({ kind: "done", refreshed: true });
  expect([cellAt(model, S, "H2"), cellAt(model, S, "A48")]).toEqual(["my note", "below"]);
  expect(cellAt(model, S, "B8")).toBe(figureFormulas("$B$7", "B")[0]);
  expect(cellAt(model, S, "B3")).toBe(30);
  expect(model.sheet(S)!.charts.map((c) => c.name)).toEqual(["AR Summary aging 1", "AR Summary aging 2"]);
});

test("a refresh after the ledger lost a currency clears the old column, spill and chart", async () => {
  const { model, host, workbook, ledger } = await scanned();
  await workbook.insertReport(request(ledger));
  model.setRows(S, "H2", [["my note"]]);
  // The user books the two EUR rows (ledger rows 10 and 11) in USD and scans again.
  model.setRows("Ledger", "E10", [["USD"], ["USD"]]);
  model.select("Ledger", "B3");
  const rescan = await scanWith(workbook);
  if (rescan.kind !== "done") throw new Error(rescan.kind);
  expect(await workbook.insertReport(request(rescan.ledger))).toMatchObject({ kind: "done", charts: 1 });
  // USD only: the customers move up to A32:D37; EUR's column, spill (A33:D39) and the old table (A41:D46) are gone
  expect(["C7", "C8", "A38", "A39", "A41", "A43"].map((a) => cellAt(model, S, a))).toEqual(["", "", "", "", "", ""]);
  expect([cellAt(model, S, "A32"), cellAt(model, S, "A34")]).toEqual(["Customers", "Epsilon"]);
  expect(cellAt(model, S, "B7")).toBe("USD");
  expect(model.sheet(S)!.charts.map((c) => c.name)).toEqual(["AR Summary aging 1"]);
  expect(cellAt(model, S, "H2")).toBe("my note");
  // the record lists only what is there now
  const record = JSON.parse(model.settings.get(OWNED_REPORTS_KEY) as string);
  expect(record).toEqual([
    {
      sheet: S,
      ranges: ["A1:B6", "A7:B21", "A23", "A24:D30", "A32:D37"],
      charts: ["AR Summary aging 1"],
      // the names that follow the ranges, and each range's cell fingerprints
      key: expect.stringMatching(/^[a-z0-9]+$/),
      prints: [expect.any(String), expect.any(String), expect.any(String), expect.any(String), expect.any(String)],
    },
  ]);
  expect(host.stats.runs[host.stats.runs.length - 1]).toEqual({ mergeUndoGroup: true });
});

test("refuses, naming the cell, when a planned cell holds the user's data; nothing written", async () => {
  const { model, workbook, ledger } = await scanned();
  model.setRows(S, "B27", [["keep me"]]);
  const before = model.snapshot();
  expect(await workbook.insertReport(request(ledger))).toEqual({
    kind: "occupied",
    address: "'AR Summary'!B27",
    value: "keep me",
  });
  expect(model.snapshot()).toBe(before);
  // after a report, a user cell where the next plan grows (a new customer row) blocks the refresh too
  model.setRows(S, "B27", [[""]]);
  await workbook.insertReport(request(ledger, { customers: TOP_USD.slice(0, 1) }));
  model.setRows(S, "C44", [["=1+1"]]);
  expect(await workbook.insertReport(request(ledger))).toEqual({ kind: "occupied", address: "'AR Summary'!C44", value: "=1+1" });
});

test("text from the ledger is written as text, never as a formula; Chinese labels and AR.AGING in zh", async () => {
  const { model, workbook, ledger } = await scanned();
  const evil = '=HYPERLINK("http://x","y")';
  await workbook.insertReport(request(ledger, { language: "zh", customers: [{ customer: evil, currency: "USD" }] }));
  expect(cellAt(model, S, "A1")).toBe("应收账款汇总");
  expect(cellAt(model, S, "A43")).toBe(evil);
  expect(model.sheet(S)!.formula(42, 0)).toBeUndefined();
  expect(cellAt(model, S, "A24")).toBe(`=AR.AGING(FILTER(${OPEN},${mask("$B$7")}),FILTER(${DUE},${mask("$B$7")}),$B$2,,,"zh")`);
});

test("a ledger without a due-date column cannot make a report", async () => {
  const { workbook, ledger } = await scanned();
  const mapping = { ...ledger.mapping };
  delete mapping.dueDate;
  expect(await workbook.insertReport(request({ ...ledger, mapping }))).toEqual({
    kind: "invalid",
    message: "the report needs a due-date column (due dates from terms cannot be written as formulas)",
    text: expect.objectContaining({ zh: "报表需要到期日列（按付款条件推算的到期日无法写成公式）" }),
  });
});
