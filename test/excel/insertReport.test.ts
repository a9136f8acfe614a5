import type { ReportRequest } from "../../src/excel/insertReport";
import type { ScannedLedger } from "../../src/excel/ledgerWorkbook";
import { OWNED_REPORTS_KEY } from "../../src/excel/ownedReports";
import { FIXTURE } from "../core/dashboard/dashboardFixture";
import { cellAt, fixtureWorkbook, formatAt } from "./reportWorkbook";
import { locateAndScan, scanWith } from "./scanHelpers";

/* The fixture ledger is on Ledger!A1:H16: A customer, B invoice date, C due date, D amount,
   E currency, F paid date, G status, H credit limit; data rows 2..16. Currencies USD then EUR.
   Expected AR Summary layout (hand-derived from the layout the report promises):
   A1:B5 parameters · A7:C19 figures (B = USD, C = EUR) · A21 "Aging USD", AR.AGING at A22
   (spill A22:D28: header, 5 buckets, Total), its chart over A22:B27 at F21 · A30 "Aging EUR",
   A31:D37, chart A31:B36 at F30 · A39 "Customers", header A40, the four USD overdue customers
   (Epsilon, Acme, Delta, Beta) A41:D44. The scan's Days overdue column is I (right of the ledger):
   every sum and FILTER keeps only rows with a number there. Every formula text below is written out by hand. */

const S = "AR Summary";
const L = "'Ledger'!";
const CUST = `${L}$A$2:$A$16`,
  INV = `${L}$B$2:$B$16`,
  DUE = `${L}$C$2:$C$16`,
  AMT = `${L}$D$2:$D$16`,
  CUR = `${L}$E$2:$E$16`,
  PAID = `${L}$F$2:$F$16`,
  STAT = `${L}$G$2:$G$16`,
  DAYS = `${L}$I$2:$I$16`;
const NOT_PAID = `${STAT},"<>paid",${STAT},"<>已付",${STAT},"<>已付款"`;
const base = (cur: string, who = '"<>"') => `${AMT},${CUST},${who},${DUE},">=0",${DAYS},">=0",${CUR},"=${cur}",${NOT_PAID}`;
const open = (b: string, extra = "", at = "$B$2") => `SUMIFS(${b}${extra})-SUMIFS(${b}${extra},${PAID},"<="&${at})`;
const mask = (cur: string) =>
  `(${CUST}<>"")*ISNUMBER(${AMT})*ISNUMBER(${DUE})*ISNUMBER(${DAYS})*(${CUR}="${cur}")` +
  `*ISNA(MATCH(${STAT},{"paid","已付","已付款"},0))*(1-ISNUMBER(${PAID})*(${PAID}<=$B$2))`;

function figureFormulas(cur: string, col: string): string[] {
  const b = base(cur);
  return [
    `=${open(b)}`,
    `=${open(b, `,${DUE},"<"&$B$2`)}`,
    `=IF(${col}8=0,0,${col}9/${col}8)`,
    `=${open(b, `,${DUE},">="&$B$2`)}`,
    `=SUMIFS(${AMT},${CUST},"<>",${DUE},">=0",${DAYS},">=0",${CUR},"=${cur}",${INV},">"&$B$4,${INV},"<="&$B$2)`,
    `=${open(b, `,${INV},"<="&$B$4`, "$B$4")}`,
    `=AR.DSO(${col}8,${col}12,$B$3)`,
    `=AR.BPDSO(${col}11,${col}12,$B$3)`,
    `=AR.ADD(${col}8,${col}11,${col}12,$B$3)`,
    `=AR.CEI(${col}13,${col}12,${col}8,${col}11)`,
    `=AR.CONCENTRATION(FILTER(${CUST},${mask(cur)}),FILTER(${AMT},${mask(cur)}))`,
    `=${col}18>$B$5`,
  ];
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
  expect(["A1", "A2", "B2", "B3", "B4", "B5"].map(at)).toEqual(["AR Summary", "As of", 45838, 90, "=$B$2-$B$3", 0.2]);
  expect([formatAt(model, S, "B2"), formatAt(model, S, "B5"), formatAt(model, S, "A2")]).toEqual(["m/d/yyyy", "0.0%", "@"]);
  expect(["A7", "B7", "C7", "A14"].map(at)).toEqual(["Currency", "USD", "EUR", "DSO"]);
  const usd = figureFormulas("USD", "B");
  const eur = figureFormulas("EUR", "C");
  for (let i = 0; i < 12; i++) {
    expect(at(`B${8 + i}`)).toBe(usd[i]);
    expect(at(`C${8 + i}`)).toBe(eur[i]);
  }
  expect([formatAt(model, S, "B8"), formatAt(model, S, "B10"), formatAt(model, S, "B14")]).toEqual(["#,##0.00", "0.0%", "0.0"]);

  expect([at("A21"), at("A30")]).toEqual(["Aging USD", "Aging EUR"]);
  expect(at("A22")).toBe(`=AR.AGING(FILTER(${AMT},${mask("USD")}),FILTER(${DUE},${mask("USD")}),$B$2)`);
  expect(at("A31")).toBe(`=AR.AGING(FILTER(${AMT},${mask("EUR")}),FILTER(${DUE},${mask("EUR")}),$B$2)`);
  // only the anchor holds the formula; the spill area's amount column is formatted as amounts
  expect([at("A23"), at("B28")]).toEqual(["", ""]);
  expect([formatAt(model, S, "B28"), formatAt(model, S, "D28")]).toEqual(["#,##0.00", "0.0%"]);

  expect(model.sheet(S)!.charts).toEqual([
    expect.objectContaining({ name: "AR Summary aging 1", type: "ColumnClustered", seriesBy: "Columns", source: "A22:B27" }),
    expect.objectContaining({ name: "AR Summary aging 2", type: "ColumnClustered", seriesBy: "Columns", source: "A31:B36" }),
  ]);
  expect(model.sheet(S)!.charts.map((c) => [c.title, c.position])).toEqual([
    ["Aging USD", "F21"],
    ["Aging EUR", "F30"],
  ]);

  expect(["A39", "A40", "D40", "A41", "B41", "A44"].map(at)).toEqual([
    "Customers",
    "Customer",
    "Overdue",
    "Epsilon",
    "USD",
    "Beta",
  ]);
  const eps = base("USD", '"=Epsilon"');
  expect(at("C41")).toBe(`=${open(eps)}`);
  expect(at("D41")).toBe(`=MAX(0,${open(eps, `,${AMT},">0",${DUE},"<"&$B$2`)}+${open(eps, `,${AMT},"<0"`)})`);
  expect(at("A45")).toBe("");
  expect(model.selection.sheet.name).toBe(S);
});

test("a refresh replaces only its own cells and charts; the user's cells elsewhere stay", async () => {
  const { model, workbook, ledger } = await scanned();
  await workbook.insertReport(request(ledger));
  // The user types beside the report and over one of its figures.
  model.setRows(S, "H2", [["my note"]]);
  model.setRows(S, "B8", [[12345]]);
  model.setRows(S, "A46", [["below"]]);
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
  expect([cellAt(model, S, "H2"), cellAt(model, S, "A46")]).toEqual(["my note", "below"]);
  expect(cellAt(model, S, "B8")).toBe(figureFormulas("USD", "B")[0]);
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
  // USD only: the customers move up to A30:D35; EUR's column, spill (A31:D37) and the old table (A39:D44) are gone
  expect(["C7", "C8", "A36", "A37", "A39", "A41"].map((a) => cellAt(model, S, a))).toEqual(["", "", "", "", "", ""]);
  expect([cellAt(model, S, "A30"), cellAt(model, S, "A32")]).toEqual(["Customers", "Epsilon"]);
  expect(cellAt(model, S, "B7")).toBe("USD");
  expect(model.sheet(S)!.charts.map((c) => c.name)).toEqual(["AR Summary aging 1"]);
  expect(cellAt(model, S, "H2")).toBe("my note");
  // the record lists only what is there now
  const record = JSON.parse(model.settings.get(OWNED_REPORTS_KEY) as string);
  expect(record).toEqual([
    {
      sheet: S,
      ranges: ["A1:B5", "A7:B19", "A21", "A22:D28", "A30:D35"],
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
  model.setRows(S, "B25", [["keep me"]]);
  const before = model.snapshot();
  expect(await workbook.insertReport(request(ledger))).toEqual({
    kind: "occupied",
    address: "'AR Summary'!B25",
    value: "keep me",
  });
  expect(model.snapshot()).toBe(before);
  // after a report, a user cell where the next plan grows (a new customer row) blocks the refresh too
  model.setRows(S, "B25", [[""]]);
  await workbook.insertReport(request(ledger, { customers: TOP_USD.slice(0, 1) }));
  model.setRows(S, "C42", [["=1+1"]]);
  expect(await workbook.insertReport(request(ledger))).toEqual({ kind: "occupied", address: "'AR Summary'!C42", value: "=1+1" });
});

test("text from the ledger is written as text, never as a formula; Chinese labels and AR.AGING in zh", async () => {
  const { model, workbook, ledger } = await scanned();
  const evil = '=HYPERLINK("http://x","y")';
  await workbook.insertReport(request(ledger, { language: "zh", customers: [{ customer: evil, currency: "USD" }] }));
  expect(cellAt(model, S, "A1")).toBe("应收账款汇总");
  expect(cellAt(model, S, "A41")).toBe(evil);
  expect(model.sheet(S)!.formula(40, 0)).toBeUndefined();
  expect(cellAt(model, S, "A22")).toBe(`=AR.AGING(FILTER(${AMT},${mask("USD")}),FILTER(${DUE},${mask("USD")}),$B$2,,,"zh")`);
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
