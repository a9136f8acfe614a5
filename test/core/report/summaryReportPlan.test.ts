import { isFailure } from "../../../src/core/failure";
import type { ReportPlan } from "../../../src/core/report/reportTypes";
import { summaryReportPlan } from "../../../src/core/report/summaryReportPlan";

/* The plan for a single-currency ledger on a sheet named O'Brien: every formula's text, written out
   by hand. Layout: A1:B5 parameters (B2 as-of, B3 trailing days, B4 = B2 − B3, B5 flag); A7:B19
   figures; A21 aging title, A22 the AR.AGING spill (header + 5 buckets + Total = A22:D28); A30 customers. */

const L = "'O''Brien'!";
const CUST = `${L}$A$2:$A$9`,
  AMT = `${L}$B$2:$B$9`,
  DUE = `${L}$C$2:$C$9`,
  INV = `${L}$D$2:$D$9`,
  PAID = `${L}$E$2:$E$9`;
const RANGES = {
  sheetName: "O'Brien",
  customer: "$A$2:$A$9",
  amount: "$B$2:$B$9",
  dueDate: "$C$2:$C$9",
  invoiceDate: "$D$2:$D$9",
  paidDate: "$E$2:$E$9",
};

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

test("every figure is a live formula over the ledger ranges, text asserted exactly", () => {
  const p = plan();
  const figure = (row: number) => formulaOf(p, "A7:B19", row);
  const base = `${AMT},${CUST},"<>",${DUE},">=0"`;
  expect(cellsOf(p, "A7:B19")[0]).toEqual([
    { kind: "text", text: "Currency" },
    { kind: "text", text: "USD" },
  ]);
  expect(figure(1)).toBe(`=SUMIFS(${base})-SUMIFS(${base},${PAID},"<="&$B$2)`);
  expect(figure(2)).toBe(`=SUMIFS(${base},${DUE},"<"&$B$2)-SUMIFS(${base},${DUE},"<"&$B$2,${PAID},"<="&$B$2)`);
  expect(figure(3)).toBe("=IF(B8=0,0,B9/B8)");
  expect(figure(4)).toBe(`=SUMIFS(${base},${DUE},">="&$B$2)-SUMIFS(${base},${DUE},">="&$B$2,${PAID},"<="&$B$2)`);
  expect(figure(5)).toBe(`=SUMIFS(${base},${INV},">"&$B$4,${INV},"<="&$B$2)`);
  expect(figure(6)).toBe(`=SUMIFS(${base},${INV},"<="&$B$4)-SUMIFS(${base},${INV},"<="&$B$4,${PAID},"<="&$B$4)`);
  expect(figure(7)).toBe("=AR.DSO(B8,B12,$B$3)");
  expect(figure(8)).toBe("=AR.BPDSO(B11,B12,$B$3)");
  expect(figure(9)).toBe("=AR.ADD(B8,B11,B12,$B$3)");
  expect(figure(10)).toBe("=AR.CEI(B13,B12,B8,B11)");
  const mask = `(${CUST}<>"")*ISNUMBER(${AMT})*ISNUMBER(${DUE})*(1-ISNUMBER(${PAID})*(${PAID}<=$B$2))`;
  expect(figure(11)).toBe(`=AR.CONCENTRATION(FILTER(${CUST},${mask}),FILTER(${AMT},${mask}))`);
  expect(figure(12)).toBe("=B18>$B$5");
  expect(cellsOf(p, "A7:B19").map((row) => (row[0].kind === "text" ? row[0].text : ""))).toEqual([
    "Currency",
    "Open",
    "Overdue",
    "Overdue %",
    "Not yet due",
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

test("the aging spill, its chart over Bucket and Amount, and the owned ranges", () => {
  const p = plan({ customers: [{ customer: "=cmd|'/c calc'!A1", currency: "USD" }] });
  const mask = `(${CUST}<>"")*ISNUMBER(${AMT})*ISNUMBER(${DUE})*(1-ISNUMBER(${PAID})*(${PAID}<=$B$2))`;
  expect(p.spills).toEqual([
    {
      anchor: "A22",
      area: "A22:D28",
      formula: `=AR.AGING(FILTER(${AMT},${mask}),FILTER(${DUE},${mask}),$B$2)`,
      columnFormats: [null, "#,##0.00", "0", "0.0%"],
    },
  ]);
  expect(cellsOf(p, "A21")).toEqual([[{ kind: "text", text: "Aging USD" }]]);
  expect(p.charts).toEqual([
    {
      name: "AR Summary aging 1",
      title: "Aging USD",
      type: "ColumnClustered",
      seriesBy: "Columns",
      sourceRange: "A22:B27",
      anchor: "F21",
    },
  ]);
  // customer table: a hostile name stays a text cell, and inside formulas a quoted, escaped criterion
  const table = cellsOf(p, "A30:D32");
  expect(table[2][0]).toEqual({ kind: "text", text: "=cmd|'/c calc'!A1" });
  const base = `${AMT},${CUST},"==cmd|'/c calc'!A1",${DUE},">=0"`;
  expect(table[2][2]).toEqual({
    kind: "formula",
    formula: `=SUMIFS(${base})-SUMIFS(${base},${PAID},"<="&$B$2)`,
    format: "#,##0.00",
  });
  expect(p.ownedRanges).toEqual(["A1:B5", "A7:B19", "A21", "A22:D28", "A30:D32"]);
  expect(p.sheetName).toBe("AR Summary");
});

test("without invoice or paid dates the window rows are left out, not guessed", () => {
  const p = plan({}, { sheetName: "Ledger", customer: "$A$2:$A$9", amount: "$B$2:$B$9", dueDate: "$C$2:$C$9" });
  const labels = p.blocks[1].cells.map((row) => (row[0].kind === "text" ? row[0].text : ""));
  expect(labels).toEqual([
    "Currency",
    "Open",
    "Overdue",
    "Overdue %",
    "Not yet due",
    "Largest customer's share",
    "Concentration flagged",
  ]);
  expect(p.blocks[1].address).toBe("A7:B13");
  expect(formulaOf(p, "A7:B13", 1)).toBe(`=SUMIFS('Ledger'!$B$2:$B$9,'Ledger'!$A$2:$A$9,"<>",'Ledger'!$C$2:$C$9,">=0")`);
  // with invoice dates but no paid dates: DSO family without CEI or open at window start
  const q = plan({}, { ...RANGES, paidDate: undefined });
  expect(q.blocks[1].cells.map((row) => (row[0].kind === "text" ? row[0].text : ""))).not.toContain("CEI");
  expect(formulaOf(q, "A7:B17", 6)).toBe("=AR.DSO(B8,B12,$B$3)");
});

test("multi-currency: one column and one aging per currency, Chinese labels", () => {
  const p = plan({ currencies: ["CNY", "USD"], language: "zh", trailingDays: 30 }, { ...RANGES, currency: "$F$2:$F$9" });
  expect(p.blocks[1].cells[0]).toEqual([
    { kind: "text", text: "币种" },
    { kind: "text", text: "CNY" },
    { kind: "text", text: "USD" },
  ]);
  expect(formulaOf(p, "A7:C19", 1, 2)).toContain(`${L}$F$2:$F$9,"=USD"`);
  expect(formulaOf(p, "A7:C19", 7, 2)).toBe("=AR.DSO(C8,C12,$B$3)");
  expect(p.spills.map((s) => s.anchor)).toEqual(["A22", "A31"]);
  expect(p.spills[0].formula).toMatch(/\('O''Brien'!\$F\$2:\$F\$9="CNY"\).*,\$B\$2,,,"zh"\)$/);
  expect(p.charts.map((c) => c.sourceRange)).toEqual(["A22:B27", "A31:B36"]);
  expect(cellsOf(p, "A1:B5")[2][1]).toMatchObject({ value: 30 });
});

test("bad options are failures", () => {
  expect(summaryReportPlan(RANGES, { asOf: 45838, currencies: ["USD"], trailingDays: -5 })).toMatchObject({ code: "outOfRange" });
  expect(summaryReportPlan(RANGES, { asOf: 45838, currencies: ["USD"], edges: [60, 30] })).toMatchObject({ code: "outOfRange" });
  expect(summaryReportPlan({ ...RANGES, currency: "$F$2:$F$9" }, { asOf: 45838, currencies: [] })).toMatchObject({
    code: "missing",
  });
});

test("with the scan's Days overdue column (F) the window sums too leave out rows listed in Issues", () => {
  const DAYS = `${L}$F$2:$F$9`;
  const p = plan({}, { ...RANGES, daysOverdue: "$F$2:$F$9" });
  const base = `${AMT},${CUST},"<>",${DUE},">=0",${DAYS},">=0"`;
  expect(formulaOf(p, "A7:B19", 1)).toBe(`=SUMIFS(${base})-SUMIFS(${base},${PAID},"<="&$B$2)`);
  expect(formulaOf(p, "A7:B19", 5)).toBe(`=SUMIFS(${base},${INV},">"&$B$4,${INV},"<="&$B$2)`);
  expect(formulaOf(p, "A7:B19", 6)).toBe(`=SUMIFS(${base},${INV},"<="&$B$4)-SUMIFS(${base},${INV},"<="&$B$4,${PAID},"<="&$B$4)`);
});
