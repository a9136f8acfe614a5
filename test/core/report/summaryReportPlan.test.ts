import { isFailure } from "../../../src/core/failure";
import type { ReportPlan } from "../../../src/core/report/reportTypes";
import { summaryReportPlan } from "../../../src/core/report/summaryReportPlan";

/* The plan for a single-currency ledger on a sheet named O'Brien: every formula's text, written out
   by hand. Layout: A1:B5 parameters (B2 as-of, B3 trailing days, B4 = B2 − B3, B5 flag; B6 the
   results check when the scan's Days overdue column is known); A7:B20 figures; A22 aging title,
   A23 the AR.AGING spill (header + 5 buckets + Total = A23:D29); A31 customers. */

const L = "'O''Brien'!";
const CUST = `${L}$A:$A`,
  AMT = `${L}$B:$B`,
  DUE = `${L}$C:$C`,
  INV = `${L}$D:$D`,
  PAID = `${L}$E:$E`;
const RANGES = {
  sheetName: "O'Brien",
  customer: "$A:$A",
  amount: "$B:$B",
  dueDate: "$C:$C",
  invoiceDate: "$D:$D",
  paidDate: "$E:$E",
};
const COUNTS = `(TRIM(${CUST})<>"")*ISNUMBER(${DUE})*ISNUMBER(${AMT})`;
const OPEN = `IF((ISNUMBER(${PAID})*(${PAID}<=$B$2))>0,0,${AMT})`;
const sum = (values: string, mask: string) => `=IFERROR(SUM(FILTER(${values},${mask})),0)`;

function plan(
  options: Partial<Parameters<typeof summaryReportPlan>[1]> = {},
  ranges: Parameters<typeof summaryReportPlan>[0] = RANGES,
): ReportPlan {
  const result = summaryReportPlan(ranges, { asOf: 45838, currencies: ["USD"], ...options });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

const cellsOf = (p: ReportPlan, address: string) => p.blocks.find((b) => b.address === address)!.cells;
const formulaOf = (p: ReportPlan, address: string, row: number, col = 1) => {
  const cell = cellsOf(p, address)[row][col];
  return cell.kind === "formula" ? cell.formula : cell;
};

test("parameters: as-of date, trailing days, window start and flag as inputs", () => {
  expect(cellsOf(plan(), "A1:B5")).toEqual([
    [{ kind: "text", text: "AR Summary" }, { kind: "empty" }],
    [
      { kind: "text", text: "As of" },
      { kind: "number", value: 45838, format: "m/d/yyyy" },
    ],
    [
      { kind: "text", text: "Trailing days" },
      { kind: "number", value: 90, format: "0" },
    ],
    [
      { kind: "text", text: "Window start (excluded)" },
      { kind: "formula", formula: "=$B$2-$B$3", format: "m/d/yyyy" },
    ],
    [
      { kind: "text", text: "Concentration flag above" },
      { kind: "number", value: 0.2, format: "0.0%" },
    ],
  ]);
});

test("every figure is a live formula over the ledger's whole columns, text asserted exactly", () => {
  const p = plan();
  const figure = (row: number) => formulaOf(p, "A7:B20", row);
  expect(cellsOf(p, "A7:B20")[0]).toEqual([
    { kind: "text", text: "Currency" },
    { kind: "text", text: "USD" },
  ]);
  expect(figure(1)).toBe(sum(OPEN, COUNTS));
  expect(figure(2)).toBe(sum(OPEN, `${COUNTS}*(${OPEN}>0)*(${DUE}<$B$2)`));
  expect(figure(3)).toBe("=IF(B8<=0,0,B9/B8)");
  expect(figure(4)).toBe(sum(OPEN, `${COUNTS}*(${DUE}>=$B$2)`));
  expect(figure(5)).toBe(sum(OPEN, `${COUNTS}*(${OPEN}<0)`));
  expect(figure(6)).toBe(sum(AMT, `${COUNTS}*ISNUMBER(${AMT})*ISNUMBER(${INV})*(${INV}>$B$4)*(${INV}<=$B$2)`));
  expect(figure(7)).toBe(
    sum(AMT, `${COUNTS}*ISNUMBER(${AMT})*ISNUMBER(${INV})*(${INV}<=$B$4)*(1-ISNUMBER(${PAID})*(${PAID}<=$B$4))`),
  );
  expect(figure(8)).toBe("=AR.DSO(B8,B13,$B$3)");
  expect(figure(9)).toBe("=AR.BPDSO(B11,B13,$B$3)");
  expect(figure(10)).toBe("=AR.ADD(B8,B11,B13,$B$3)");
  expect(figure(11)).toBe("=AR.CEI(B14,B13,B8,B11)");
  expect(figure(12)).toBe(`=AR.CONCENTRATION(FILTER(${CUST},${COUNTS}),FILTER(${OPEN},${COUNTS}))`);
  expect(figure(13)).toBe("=B19>$B$5");
  expect(cellsOf(p, "A7:B20").map((row) => (row[0].kind === "text" ? row[0].text : ""))).toEqual([
    "Currency",
    "Open",
    "Overdue",
    "Overdue %",
    "Not yet due",
    "Credit notes",
    "Invoiced in window",
    "Open at window start",
    "DSO",
    "Best possible DSO",
    "Average days delinquent",
    "CEI",
    "Largest customer's share",
    "Concentration flagged",
  ]);
});

test("the aging spill, its chart over Bucket and Amount, and the owned ranges; customers read from their own cells", () => {
  const p = plan({ customers: [{ customer: "=cmd|'/c calc'!A1", currency: "USD" }] });
  const invoices = `${COUNTS}*(${OPEN}>0)`;
  expect(p.spills).toEqual([
    {
      anchor: "A23",
      area: "A23:D29",
      formula: `=AR.AGING(FILTER(${OPEN},${invoices}),FILTER(${DUE},${invoices}),$B$2)`,
      columnFormats: [null, "#,##0.00", "0", "0.0%"],
    },
  ]);
  expect(cellsOf(p, "A22")).toEqual([[{ kind: "text", text: "Aging USD" }]]);
  expect(p.charts).toEqual([
    {
      name: "AR Summary aging 1",
      title: "Aging USD",
      type: "ColumnClustered",
      seriesBy: "Columns",
      sourceRange: "A23:B28",
      anchor: "F22",
    },
  ]);
  // customer table: a hostile name stays a text cell, and the formulas read it from that cell (A33)
  const table = cellsOf(p, "A31:D33");
  expect(table[2][0]).toEqual({ kind: "text", text: "=cmd|'/c calc'!A1" });
  expect(table[2][2]).toEqual({
    kind: "formula",
    formula: sum(OPEN, `${COUNTS}*(TRIM(${CUST})=TRIM($A$33))`),
    format: "#,##0.00",
  });
  expect(p.ownedRanges).toEqual(["A1:B5", "A7:B20", "A22", "A23:D29", "A31:D33"]);
  expect(p.sheetName).toBe("AR Summary");
});

test("without invoice or paid dates the window rows are left out, not guessed", () => {
  const p = plan({}, { sheetName: "Ledger", customer: "$A:$A", amount: "$B:$B", dueDate: "$C:$C" });
  const labels = p.blocks[1].cells.map((row) => (row[0].kind === "text" ? row[0].text : ""));
  expect(labels).toEqual([
    "Currency",
    "Open",
    "Overdue",
    "Overdue %",
    "Not yet due",
    "Credit notes",
    "Largest customer's share",
    "Concentration flagged",
  ]);
  expect(p.blocks[1].address).toBe("A7:B14");
  expect(formulaOf(p, "A7:B14", 1)).toBe(
    `=IFERROR(SUM(FILTER('Ledger'!$B:$B,(TRIM('Ledger'!$A:$A)<>"")*ISNUMBER('Ledger'!$C:$C)*ISNUMBER('Ledger'!$B:$B))),0)`,
  );
  // with invoice dates but no paid dates: DSO family without CEI or open at window start
  const q = plan({}, { ...RANGES, paidDate: undefined });
  expect(q.blocks[1].cells.map((row) => (row[0].kind === "text" ? row[0].text : ""))).not.toContain("CEI");
  expect(formulaOf(q, "A7:B18", 7)).toBe("=AR.DSO(B8,B13,$B$3)");
});

test("multi-currency: one column and one aging per currency, each reading its code from its header cell; Chinese labels", () => {
  const p = plan({ currencies: ["CNY", "USD"], language: "zh", trailingDays: 30 }, { ...RANGES, currency: "$F:$F" });
  expect(p.blocks[1].cells[0]).toEqual([
    { kind: "text", text: "币种" },
    { kind: "text", text: "CNY" },
    { kind: "text", text: "USD" },
  ]);
  expect(formulaOf(p, "A7:C20", 1, 2)).toContain(`*(TRIM(${L}$F:$F)=$C$7)`);
  expect(formulaOf(p, "A7:C20", 8, 2)).toBe("=AR.DSO(C8,C13,$B$3)");
  expect(p.spills.map((s) => s.anchor)).toEqual(["A23", "A32"]);
  expect(p.spills[0].formula).toMatch(/\(TRIM\('O''Brien'!\$F:\$F\)=\$B\$7\).*,\$B\$2,,,"zh"\)$/);
  expect(p.charts.map((c) => c.sourceRange)).toEqual(["A23:B28", "A32:B37"]);
  expect(cellsOf(p, "A1:B5")[2][1]).toMatchObject({ value: 30 });
  // blank currency cells are their own group, compared with empty text
  const blank = plan({ currencies: [""] }, { ...RANGES, currency: "$F:$F" });
  expect(blank.blocks[1].cells[0][1]).toEqual({ kind: "text", text: "(no currency)" });
  expect(formulaOf(blank, "A7:B20", 1)).toContain(`*(TRIM(${L}$F:$F)="")`);
});

test("bad options are failures", () => {
  expect(summaryReportPlan(RANGES, { asOf: 45838, currencies: ["USD"], trailingDays: -5 })).toMatchObject({ code: "outOfRange" });
  expect(summaryReportPlan(RANGES, { asOf: 45838, currencies: ["USD"], edges: [60, 30] })).toMatchObject({ code: "outOfRange" });
  expect(summaryReportPlan({ ...RANGES, currency: "$F:$F" }, { asOf: 45838, currencies: [] })).toMatchObject({
    code: "missing",
  });
});

test("with the scan's Days overdue column: B6 is TRUE while the figures can be computed, else says why; every figure shows it then", () => {
  const pastRows = { whole: "$A:$A", covered: "$A$1:$A$1011", lastRow: 1011 };
  const p = plan({}, { ...RANGES, daysOverdue: "$G:$G", resultsHeader: "$G$1", pastRows });
  expect(cellsOf(p, "A1:B6")[5]).toEqual([
    { kind: "text", text: "Figures computable" },
    {
      kind: "formula",
      formula:
        `=IF(AND(TRIM(${L}$G$1)<>"",COUNT(${L}$G:$G)>0),` +
        `IF(COUNTA(${L}$A:$A)>COUNTA(${L}$A$1:$A$1011),"Rows below row 1011 are not counted: scan, then insert the report again",TRUE()),` +
        `"No scan results: scan the ledger again")`,
    },
  ]);
  const open = formulaOf(p, "A7:B20", 1) as string;
  expect(open.startsWith("=IF($B$6=TRUE(),IFERROR(SUM(FILTER(")).toBe(true);
  expect(open.endsWith(")),0),$B$6)")).toBe(true);
  expect(formulaOf(p, "A7:B20", 8)).toBe("=IF($B$6=TRUE(),AR.DSO(B8,B13,$B$3),$B$6)");
  // a scan that accepted no row: the header alone is checked; Chinese sentences
  const none = plan({ expectResults: false, language: "zh" }, { ...RANGES, daysOverdue: "$G:$G", resultsHeader: "$G$1" });
  expect(cellsOf(none, "A1:B6")[5][1]).toEqual({
    kind: "formula",
    formula: `=IF(TRIM(${L}$G$1)<>"",TRUE(),"找不到扫描结果：请重新扫描账本")`,
  });
  // without the scan's column, rows typed past the ranges are still said
  const typed = plan({}, { ...RANGES, pastRows });
  expect(cellsOf(typed, "A1:B6")[5][1]).toEqual({
    kind: "formula",
    formula: `=IF(COUNTA(${L}$A:$A)>COUNTA(${L}$A$1:$A$1011),"Rows below row 1011 are not counted: scan, then insert the report again",TRUE())`,
  });
});

test("the user's entry in the as-of cell is written back as it was: a date or a formula", () => {
  expect(cellsOf(plan({ asOfEntry: "=TODAY()" }), "A1:B5")[1][1]).toEqual({
    kind: "formula",
    formula: "=TODAY()",
    format: "m/d/yyyy",
  });
  expect(cellsOf(plan({ asOfEntry: 45853 }), "A1:B5")[1][1]).toEqual({ kind: "number", value: 45853, format: "m/d/yyyy" });
});

test("the longest formulas stay under Excel's 8,192 characters: a 31-character sheet name, every column, far columns", () => {
  const far = (c: string) => `$${c}:$${c}`;
  const p = plan(
    {
      currencies: ["USD", "EUR", ""],
      customers: [{ customer: "x".repeat(32_767), currency: "USD" }],
      language: "zh",
      edges: [30, 60, 90, 120, 180],
    },
    {
      sheetName: "O'Brien's receivables ledger 25",
      customer: far("XFA"),
      amount: far("XFB"),
      openAmount: far("XFC"),
      dueDate: far("XFD"),
      invoiceDate: far("XEZ"),
      paidDate: far("XEY"),
      status: far("XEX"),
      currency: far("XEW"),
      invoiceNo: far("XEV"),
      daysOverdue: far("XEU"),
      resultsHeader: "$XEU$1",
      numberColumns: [far("XET"), far("XES")],
      repeatedInvoices: Array.from({ length: 500 }, (_, i) => `INV-2025-${String(i).padStart(6, "0")}`),
    },
  );
  const formulas = [
    ...p.blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c.kind === "formula" ? [c.formula] : []))),
    ...p.spills.map((s) => s.formula),
  ];
  const longest = Math.max(...formulas.map((f) => f.length));
  expect(formulas.length).toBeGreaterThan(40);
  expect(longest).toBeLessThan(8192);
});
