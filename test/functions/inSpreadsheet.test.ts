import { DetailedCellError, HyperFormula } from "hyperformula";
import { registerArFunctions } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";

/* AR formulas evaluated by a real spreadsheet engine (HyperFormula, GPL, test-only) with every AR
   function registered through the bridge: ranges, DATE(), empty arguments, spills and error cells
   as a workbook has them. Sample ledger (as of 2025-06-30 = 45838), bucketed by hand:
     row 2  Acme   1000.00  due 2025-06-30 (0 days)            → Current
     row 3  Beta    250.50  due 2025-06-20 (10 days)           → 1-30
     row 4  Acme   (100.00) due 2025-06-10 (20 days), credit   → 1-30
     row 5  Gamma   400.00  due 2025-05-11 (50 days)           → 31-60
     row 6  (no amount)                                        → skipped
     row 7  Delta   300.00  due 2025-02-12 (138 days)          → 91+
     row 8  Beta    500.00  due 2025-05-23, paid 2025-06-22    → left out (paid)
   Current 1000 (1) · 1-30 150.50 (2) · 31-60 400 (1) · 61-90 0 · 91+ 300 (1) · Total 1850.50 (5).
   Serials: 2025-01-01 = 45658, so 2025-06-20 = 45828, 06-10 = 45818, 05-11 = 45788,
   02-12 = 45700, 05-23 = 45800, 06-22 = 45830. */

const AS_OF = 45838;
const LEDGER: (string | number | null)[][] = [
  ["Customer", "Amount", "Due", "Paid"],
  ["Acme", 1000, 45838, null],
  ["Beta", 250.5, 45828, null],
  ["Acme", "(100.00)", 45818, null],
  ["Gamma", 400, 45788, null],
  ["Note", null, "see file", null],
  ["Delta", 300, 45700, null],
  ["Beta", 500, 45800, 45830],
];

let hf: HyperFormula;
const at = (cell: string) => hf.simpleCellAddressFromString(cell, 0)!;
const value = (cell: string) => hf.getCellValue(at(cell));
const block = (from: string, to: string) => hf.getRangeValues(hf.simpleCellRangeFromString(`${from}:${to}`, 0)!);
const put = (cell: string, formula: string) => hf.setCellContents(at(cell), [[formula]]);

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
}, 60_000);

beforeEach(() => {
  hf = HyperFormula.buildFromArray(LEDGER, { licenseKey: "gpl-v3" });
  hf.setCellContents(at("K1"), [[60000], [60000], [730000]]);
});

afterEach(() => hf.destroy());

test("=AR.AGING(B2:B200,C2:C200,DATE(2025,6,30)) spills the hand-computed table", () => {
  put("F1", "=AR.AGING(B2:B200,C2:C200,DATE(2025,6,30),,D2:D200)");
  // shares as HyperFormula shows them, rounded to 10 decimals
  expect(block("F1", "I7")).toEqual([
    ["Bucket", "Amount", "Count", "Share"],
    ["Current", 1000, 1, expect.closeTo(100000 / 185050, 9)],
    ["1-30", 150.5, 2, expect.closeTo(15050 / 185050, 9)],
    ["31-60", 400, 1, expect.closeTo(40000 / 185050, 9)],
    ["61-90", 0, 0, 0],
    ["91+", 300, 1, expect.closeTo(30000 / 185050, 9)],
    ["Total", 1850.5, 5, 1],
  ]);
  // without paid dates the paid 500 is open again, 38 days past due: 31-60 = 900, total 2350.50
  put("F1", "=AR.AGING(B2:B200,C2:C200,DATE(2025,6,30))");
  expect(block("F4", "H4")).toEqual([["31-60", 900, 2]]);
  expect(block("F7", "H7")).toEqual([["Total", 2350.5, 6]]);
});

test("=AR.DSO over ranges matches the hand figure 120,000 / 730,000 × 365 = 60", () => {
  put("F1", "=AR.DSO(K1:K2,K3)");
  expect(value("F1")).toBe(60);
  put("F2", "=AR.DSO(K1:K2,K3,90)");
  // 120,000 / 730,000 × 90 = 14.7945…
  // HyperFormula rounds what it shows to 10 significant decimals (its precisionRounding)
  expect(value("F2")).toBeCloseTo((120000 / 730000) * 90, 9);
});

test("element-wise functions spill the shape of their first range; blank rows stay empty", () => {
  put("F1", "=AR.AGEBUCKET(C2:C8,DATE(2025,6,30),,D2:D8)");
  // row 6 has no due date ("see file" is unreadable text: its own #VALUE!)
  expect(block("F1", "F5").map((r) => r[0])).toEqual(["Current", "1-30", "1-30", "31-60", expect.any(DetailedCellError)]);
  expect(block("F6", "F7").map((r) => r[0])).toEqual(["91+", "Paid"]);
  put("H1", "=AR.DAYSOVERDUE(C2:C4,DATE(2025,6,30))");
  expect(block("H1", "H3")).toEqual([[0], [10], [20]]);
});

test("spilled schedules: AR.PAYMENTPLAN with DATE() and AR.DUEDATE as dates", () => {
  put("M1", "=AR.PAYMENTPLAN(1000,3,DATE(2025,1,31),1,0.12)");
  // hand-worked in test/functions/financingInterest.test.ts: 340.02 / 340.02 / 340.03, interest 10, 6.70, 3.37
  expect(block("M2", "R4")).toEqual([
    [1, 45688, 340.02, 10, 330.02, 669.98],
    [2, 45716, 340.02, 6.7, 333.32, 336.66],
    [3, 45747, 340.03, 3.37, 336.66, 0],
  ]);
  put("F1", '=AR.DUEDATE(DATE(2025,1,15),"Net 30 EOM")');
  expect(value("F1")).toBe(45718);
});

test("errors show as errors with their messages", () => {
  put("F1", "=AR.DSO(K1,0)");
  expect((value("F1") as DetailedCellError).value).toBe("#DIV/0!");
  put("F2", "=AR.FACTORADVANCE(10000,80)");
  expect(value("F2")).toMatchObject({
    value: "#VALUE!",
    message: "advance_rate must be between 0 and 1 (e.g. 80% or 0.8); got 80",
  });
  put("F3", "=AR.DAYSOVERDUE(C2,)");
  expect(value("F3")).toMatchObject({ value: "#N/A", message: "as_of is blank" });
  put("F4", "=AR.AGING(B2:B3,C2:C4,DATE(2025,6,30))");
  expect(value("F4")).toMatchObject({ value: "#VALUE!", message: expect.stringContaining("must have the same shape") });
});

test("an error cell in a range reaches the function as that error", () => {
  hf.setCellContents(at("C3"), [["=NA()"]]);
  put("F1", "=AR.AGING(B2:B200,C2:C200,DATE(2025,6,30))");
  expect((value("F1") as DetailedCellError).value).toBe("#N/A");
  put("H1", "=AR.DAYSOVERDUE(C2:C3,DATE(2025,6,30))");
  expect(value("H1")).toBe(0);
  expect((value("H2") as DetailedCellError).value).toBe("#N/A");
});

test("AR.CASHFORECAST spills 1 + 13 + 4 rows; AR.NEXTACTION reads a preset by name", () => {
  put("F1", "=AR.CASHFORECAST(A2:A8,B2:B8,C2:C8,D2:D8,DATE(2025,6,30))");
  expect(value("F18")).toBe("Total open");
  // open: 1000 + 250.50 − 100 + 400 + 300 = 1850.50 over 5 invoices
  expect(block("H18", "J18")).toEqual([[1850.5, 1850.5, 5]]);
  put("M1", `=AR.NEXTACTION(${AS_OF - 38},${AS_OF},"five-step")`);
  // five-step: 30 days → "Third-party collection"
  expect(value("M1")).toBe("Third-party collection");
});
