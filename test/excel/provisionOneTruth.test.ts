import { historyLedgersFromScan } from "../../src/core/history/historyLedgerFromScan";
import { provisionMatrix } from "../../src/core/history/provisionMatrix";
import { provisionBlockRows } from "../../src/core/report/provisionSheetPlan";
import { attachEngine } from "../preview/previewEngine";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { locateAndScan } from "./scanHelpers";

/* One truth: the Provision view (provisionMatrix over historyLedgersFromScan) and the AR Provision
   sheet's formulas give the same figures on a ledger with a Status and an Open amount column, where
   the two readings could part:
   - G: 600.00 with status "Paid", no paid date, open amount 0 — settled, but when cannot be told:
     left out of every month-end by both (kept in, it would sit in 91+ for ever and raise every rate);
   - H: 900.00 invoiced 2025-01-20 (45677), due 2025-02-19 (45707), paid date 2025-03-05 (45721) but
     400.00 still open — a part payment: still open at every month-end, by both.
   Blank statuses (B, E) are read as not paid. With the shared example A–F (see test/core/history), as of 2025-04-30, 4 month-ends:
   Snapshots (Current / 1-30 / 31-60 / 61-90 / 91+), H aged 45688−45707 = −19, 9, 40, 70 days:
     Jan31 2,400 / 2,000 / 1,500 / 0 / 0 · Feb28 800 / 1,400 / 3,500 / 0 / 0
     Mar31 0 / 800 / 900 / 2,000 / 0 · Apr30 0 / 0 / 800 / 900 / 2,000
   Rolled: Current 1,400 (C, H) + 800 (E) of 2,400 + 800 → 2,200 / 3,200 = 0.6875
           1-30 2,000 + 900 (H) + 800 of 2,000 + 1,400 + 800 → 3,700 / 4,200
           31-60 0 + 2,000 + 900 (H) of 1,500 + 3,500 + 900 → 2,900 / 5,900
           61-90 2,000 / 2,000 = 1 (Jan, Feb: no balance)
   Loss rates: 91+ 1, 61-90 1, 31-60 2,900/5,900 = 0.491525423729, 1-30 × 3,700/4,200 = 0.433010492333,
   Current × 0.6875 = 0.297694713479.
   Provision: 800 × 0.491525423729 = 393.2203… → 393.22; 900 × 1 = 900.00; 2,000 × 1 = 2,000.00;
   total 3,293.22. */

jest.setTimeout(180_000);

const HEADER = ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency", "Paid date", "Status", "Open amount"];
const ROWS: unknown[][] = [
  ["Acme", "A", 45667, 45697, 1000, "USD", 45708, "Paid", 0],
  ["Acme", "B", 45662, 45677, 2000, "USD", "", "", 2000],
  ["Acme", "C", 45682, 45712, 500, "USD", 45731, "Paid", 0],
  ["Acme", "D", 45672, 45672, -300, "USD", "", "Open", -300],
  ["Acme", "E", 45698, 45728, 800, "USD", "", "", 800],
  ["Acme", "F", 45627, 45657, 1500, "USD", 45726, "Paid", 0],
  ["Acme", "G", 45662, 45692, 600, "USD", "", "Paid", 0],
  ["Acme", "H", 45677, 45707, 900, "USD", 45721, "Open", 400],
];

const LOSS = [(2200 / 3200) * (3700 / 4200) * (2900 / 5900), (3700 / 4200) * (2900 / 5900), 2900 / 5900, 1, 1];

test("the Provision view and the AR Provision sheet give the same figures, the hand-worked ones", async () => {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", [HEADER, ...ROWS]);
  model.select("Ledger", "B3");
  const { workbook, outcome } = await locateAndScan(model, { asOfIso: "2025-04-30" });
  if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);

  // The view's figures.
  const [usd] = historyLedgersFromScan(outcome.ledger);
  const view = provisionMatrix(usd.ledger, { edges: [30, 60, 90], asOf: 45777, months: 4 });
  view.buckets.forEach((bucket, k) => expect(bucket.lossRate).toBeCloseTo(LOSS[k], 9));
  expect(view.buckets.map((b) => b.provisionCents)).toEqual([0, 0, 39322, 90000, 200000]);
  expect(view.provisionCents).toBe(329322);

  // The sheet's, computed by its formulas.
  expect(await workbook.insertProvision!({ ledger: outcome.ledger, language: "en", months: 4 })).toMatchObject({ kind: "done" });
  attachEngine(model);
  model.ensureCalculated();
  const sheet = model.sheet("AR Provision")!;
  const rows = provisionBlockRows(0, 4);
  const snapshots = [0, 1, 2, 3].map((t) => [1, 2, 3, 4, 5].map((c) => sheet.value(rows.snapshots + t, c)));
  expect(snapshots).toEqual([
    [2400, 2000, 1500, 0, 0],
    [800, 1400, 3500, 0, 0],
    [0, 800, 900, 2000, 0],
    [0, 0, 800, 900, 2000],
  ]);
  [1, 2, 3, 4, 5].forEach((c, k) => expect(sheet.value(rows.lossRate, c) as number).toBeCloseTo(LOSS[k], 9));
  expect(sheet.value(rows.provision, 6) as number).toBeCloseTo(3293.22, 9);
  expect(Math.round((sheet.value(rows.provision, 6) as number) * 100)).toBe(view.provisionCents);
});
