import { ArSheet, useArFunctions } from "../support/arSheet";

/* AR.DAYSLATETREND typed into a spreadsheet (HyperFormula through the bridge, as the preview runs
   it), on the shared ledger of issue #19. Month-ends 2025-01-31 = 45688 … 2025-04-30 = 45777.
     A 1,000 due 45697 paid 45708 → February, 11 days late
     B 2,000 due 45677 unpaid;  D −300 due 45672 unpaid;  E 800 due 45728 unpaid
     C   500 due 45712 paid 45731 → March, 19 days late
     F 1,500 due 45657 paid 45726 → March, 69 days late
   March: weighted (19 × 500 + 69 × 1,500) / 2,000 = 56.5; each invoice once (19 + 69) / 2 = 44. */
const LEDGER: (string | number | null)[][] = [
  ["Invoice", "Amount", "Due", "Paid"],
  ["A", 1000, 45697, 45708],
  ["B", 2000, 45677, null],
  ["C", 500, 45712, 45731],
  ["D", -300, 45672, null],
  ["E", 800, 45728, null],
  ["F", 1500, 45657, 45726],
];

let sheet: ArSheet;
const block = (from: string, to: string) => sheet.block(from, to);
const put = (cell: string, formula: string) => sheet.put(cell, formula);

useArFunctions();

beforeEach(() => {
  sheet = new ArSheet(LEDGER);
});

afterEach(() => sheet.destroy());

test("=AR.DAYSLATETREND(C2:C7,D2:D7,B2:B7,DATE(2025,1,31),DATE(2025,4,30)) spills the months; no payment is an empty cell", () => {
  put("F1", "=AR.DAYSLATETREND(C2:C7,D2:D7,B2:B7,DATE(2025,1,31),DATE(2025,4,30))");
  const out = block("F1", "H5");
  expect(out[0]).toEqual(["Month", "Days late", "Invoices paid"]);
  expect(out.slice(1).map((row) => [row[0], row[1] === "" || row[1] === null ? "blank" : row[1], row[2]])).toEqual([
    [45688, "blank", 0],
    [45716, 11, 1],
    [45747, 56.5, 2],
    [45777, "blank", 0],
  ]);
});

test("amounts left empty between two commas count each invoice once", () => {
  put("F1", '=AR.DAYSLATETREND(C2:C7,D2:D7,,DATE(2025,3,1),DATE(2025,3,31),"zh")');
  expect(block("F1", "H2")).toEqual([
    ["月份", "逾期天数", "已付发票数"],
    [45747, 44, 2],
  ]);
});
