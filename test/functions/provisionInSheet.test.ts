import { ArSheet, useArFunctions } from "../support/arSheet";

/* AR.ROLLRATES → AR.LOSSRATES → AR.ECL chained in a real spreadsheet engine (HyperFormula through the
   test bridge), each formula reading the cells the one before spilled, on the shared hand-worked
   example of issue #19 (USD; edges 30/60/90). Serials: 2025-01-31 = 45688, 2025-04-30 = 45777.
     A 1,000.00 invoiced 45667 due 45697 paid 45708     B 2,000.00 45662 / 45677 unpaid
     C   500.00 45682 / 45712 paid 45731                E   800.00 45698 / 45728 unpaid
     F 1,500.00 45627 / 45657 paid 45726
   Pooled roll rates: Current 1,300/2,300, 1-30 2,800/3,300, 31-60 0.4, 61-90 1.
   Loss rates: 0.191831357049, 0.339393939394, 0.4, 1, 1.
   Provision at 2025-04-30: E 800 (49 d, 31-60) × 0.4 = 320 + B 2,000 (100 d, 91+) × 1 = 2,000 → 2,320. */
const LEDGER: (string | number | null)[][] = [
  ["Invoice", "Amount", "Invoiced", "Due", "Paid"],
  ["A", 1000, 45667, 45697, 45708],
  ["B", 2000, 45662, 45677, null],
  ["C", 500, 45682, 45712, 45731],
  ["E", 800, 45698, 45728, null],
  ["F", 1500, 45627, 45657, 45726],
];

let sheet: ArSheet;
const block = (from: string, to: string) => sheet.block(from, to);
const put = (cell: string, formula: string) => sheet.put(cell, formula);

useArFunctions();

beforeEach(() => {
  sheet = new ArSheet(LEDGER);
});

afterEach(() => sheet.destroy());

test("roll rates, loss rates and the provision, each from the cells of the one before", () => {
  put("G1", "=AR.ROLLRATES(B2:B6,C2:C6,D2:D6,E2:E6,DATE(2025,1,31),DATE(2025,4,30))");
  expect(block("G1", "I5")).toEqual([
    ["Bucket", "Roll rate", "Balance"],
    ["Current", expect.closeTo(1300 / 2300, 9), 2300],
    ["1-30", expect.closeTo(2800 / 3300, 9), 3300],
    ["31-60", expect.closeTo(0.4, 9), 5000],
    ["61-90", 1, 2000],
  ]);
  put("K1", "=AR.LOSSRATES(G1:I5)");
  expect(block("K1", "L6")).toEqual([
    ["Bucket", "Loss rate"],
    ["Current", expect.closeTo(0.191831357049, 9)],
    ["1-30", expect.closeTo(0.339393939394, 9)],
    ["31-60", expect.closeTo(0.4, 9)],
    ["61-90", 1],
    ["91+", 1],
  ]);
  put("N1", "=AR.ECL(B2:B6,D2:D6,DATE(2025,4,30),K1:L6,,E2:E6)");
  expect(sheet.value("N1")).toBe(2320);
});

test("a window whose 61-90 bucket held nothing: the blank flows through, and AR.ECL names the bucket it needs", () => {
  // Jan→Feb: 61-90 never held a balance, so only 91+ has a loss rate (1).
  put("G1", "=AR.ROLLRATES(B2:B6,C2:C6,D2:D6,E2:E6,DATE(2025,1,31),DATE(2025,2,28))");
  put("K1", "=AR.LOSSRATES(G1:I5)");
  expect(block("L2", "L6").map(([rate]) => rate)).toEqual(["", "", "", "", 1]);
  // As of 2025-03-31: Current is empty, E (19 days) puts 800.00 in 1-30, which has no rate: the first
  // bucket in order that needs one is named (B's 2,000.00 in 61-90 would be next).
  put("N1", "=AR.ECL(B2:B6,D2:D6,DATE(2025,3,31),K1:L6,,E2:E6)");
  const error = sheet.value("N1") as { type?: string; message?: string };
  expect(error.message).toMatch(/^no loss rate for 1-30: its balance is 800\.00/);
});
