import { HyperFormula } from "hyperformula";
import { isFailure } from "../../../src/core/failure";
import { cashForecastFormula } from "../../../src/core/forecast/cashForecastFormula";
import { AS_OF_NAME } from "../../../src/core/report/asOfName";
import { registerArFunctions } from "../../support/hyperformulaAr";
import { loadArFunctions } from "../../support/loadArFunctions";

/* The formula Insert forecast writes, typed into a real spreadsheet engine with the AR functions
   registered. It relies on AR.CASHFORECAST's default method, "distribution"; every figure below is
   worked out by hand (weekly periods from as-of 2025-06-30 = serial 45838, period k = as-of + 7k …
   as-of + 7k + 6).

   USD. Acme paid two invoices of 1,000.00, both due 45658 (= as-of − 180: each weighs amount × ½ in
   the history), one 10 days late (paid 45668), one 30 days late (paid 45688, its open-amount cell 0:
   fully paid rows are history). Acme's INV-3 of 1,000.00 has 400.00 open (a part payment on 45830):
   the open balance is forecast, not the amount. Beta has no history: it takes the ledger's. The
   open invoices are not yet due or only 5 days late, below the first payment delay, so they change
   nothing of the history (censored before delay 10): F(10) = ½, F(30) = 1, for Acme (own = ledger's)
   and Beta alike.
   - INV-3, due as-of + 3 (d = −3): delay 10 → as-of + 13 (period 1), delay 30 → as-of + 33
     (period 4): 200.00 each.
   - Beta INV-4, 600.00 due as-of − 5 (d = 5, unpaid so far: P(delay > 5) = 1): delay 10 → as-of + 5
     (period 0), delay 30 → as-of + 25 (period 3): 300.00 each.
   - Zed's row says Paid: nothing open, no paid date to learn from: left out.
   Periods 0…4: 300, 200, 0, 300, 200; Later 0; Total open 1,000.00 over 2 invoices (the invoice
   amounts would have made it 1,600.00).

   EUR. Nobody paid: every invoice is expected on its due date. Delta's 250.50 due as-of + 12 →
   period 1; Gamma's 800.00 is 100 days past due (> 90): At risk; Delta's 300.00 is Disputed.
   Total open 1,350.50 over 3 invoices. */

const AS_OF = 45838;
const LEDGER = [
  ["Customer", "Invoice no", "Due date", "Amount", "Open amount", "Currency", "Paid date", "Status"],
  ["Acme", "INV-1", 45658, 1000, null, "USD", 45668, null],
  ["Acme", "INV-2", 45658, 1000, 0, "USD", 45688, null],
  ["Acme", "INV-3", AS_OF + 3, 1000, 400, "USD", 45830, null],
  ["Beta", "INV-4", AS_OF - 5, 600, null, "USD", null, null],
  ["Zed", "INV-9", AS_OF + 3, 999, null, "USD", null, "Paid"],
  ["Gamma", "INV-5", AS_OF - 100, 800, null, "EUR", null, null],
  ["Delta", "INV-6", AS_OF + 3, 300, null, "EUR", null, "Disputed"],
  ["Delta", "INV-7", AS_OF + 12, 250.5, null, "EUR", null, null],
];
const MAPPING = { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3, openAmount: 4, currency: 5, paidDate: 6, status: 7 };

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
}, 60_000);

interface SpillOptions {
  readonly ledger?: (string | number | null)[][];
  readonly resultColumn?: number;
  readonly issues?: { code: "duplicateInvoice"; rowIndex: number }[];
  /** Arguments appended after the written ones (the formula passes statuses, its 9th). */
  readonly extraArgs?: string;
  readonly columns?: number;
}

function spill(currency: string, options: SpillOptions = {}): unknown[][] {
  const ledger = options.ledger ?? LEDGER;
  const written = cashForecastFormula(
    {
      sheet: "Ledger",
      firstDataRow: 1,
      firstColumn: 0,
      rowCount: ledger.length - 1,
      mapping: MAPPING,
      asOf: AS_OF,
      dateSystem: 1900,
      ...(options.resultColumn === undefined ? {} : { resultColumn: options.resultColumn }),
      ...(options.issues === undefined ? {} : { analysis: { issues: options.issues }, rows: ledger.slice(1) }),
    },
    currency,
  );
  if (isFailure(written)) throw new Error(written.message);
  const formula = options.extraArgs === undefined ? written : `${written.slice(0, -1)},${options.extraArgs})`;
  const hf = HyperFormula.buildFromSheets(
    { Ledger: ledger, "AR Summary": [] },
    { licenseKey: "gpl-v3", useArrayArithmetic: true },
    // The one as-of cell the formula reads by its workbook name (the AR Summary's B2 in a workbook).
    [{ name: AS_OF_NAME, expression: `=${AS_OF}` }],
  );
  try {
    const sheet = hf.getSheetId("AR Summary")!;
    // Entered once the name exists, as a user or the add-in enters it (HyperFormula sizes a spill when
    // the formula is entered: at build time the name has no value yet).
    hf.setCellContents({ sheet, row: 0, col: 0 }, [[formula]]);
    const columns = options.columns ?? 5;
    return Array.from({ length: 18 }, (_, row) =>
      Array.from({ length: columns }, (_, col) => hf.getCellValue({ sheet, row, col })),
    );
  } finally {
    hf.destroy();
  }
}

/** Expected, Cumulative and Invoices of periods 0 … 4. */
const firstPeriods = (rows: unknown[][]) => rows.slice(1, 6).map((r) => r.slice(2, 5));

describe("the inserted AR.CASHFORECAST in a spreadsheet engine (default method: distribution)", () => {
  test("USD: open balances spread by the customer's delays; a part-paid invoice forecasts its 400.00 open", () => {
    const rows = spill("USD");
    expect(rows[0]).toEqual(["Period start", "Period end", "Expected", "Cumulative", "Invoices"]);
    expect(rows[1].slice(0, 2)).toEqual([AS_OF, AS_OF + 6]);
    expect(firstPeriods(rows)).toEqual([
      [300, 300, 1],
      [200, 500, 1],
      [0, 500, 0],
      [300, 800, 1],
      [200, 1000, 1],
    ]);
    expect(rows.slice(14).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["Later", 0, 1000, 0],
      ["At risk (>90 days)", 0, 1000, 0],
      ["Disputed", 0, 1000, 0],
      ["Total open", 1000, 1000, 2],
    ]);
  });

  test("the part-paid invoice alone: 1,000.00 with 400.00 open forecasts 400.00", () => {
    // Only Acme's rows: its history and INV-3. Total open 400.00, in periods 1 and 4 (200.00 each).
    const rows = spill("USD", { ledger: LEDGER.slice(0, 4) });
    expect(rows[17]).toEqual(["Total open", "", 400, 400, 1]);
    expect([rows[2][2], rows[5][2]]).toEqual([200, 200]);
  });

  test("EUR: no history, so due dates; at-risk and disputed rows apart", () => {
    const rows = spill("EUR");
    expect(rows[2]).toEqual([AS_OF + 7, AS_OF + 13, 250.5, 250.5, 1]);
    expect(rows.slice(14).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["Later", 0, 250.5, 0],
      ["At risk (>90 days)", 800, 1050.5, 1],
      ["Disputed", 300, 1350.5, 1],
      ["Total open", 1350.5, 1350.5, 3],
    ]);
  });

  test('the same rows with method "point" appended: the old placement, on due + the average delay', () => {
    // Acme's habit: (1,000 × 10 + 1,000 × 30) / 2,000 = 20 days; Beta, without history, the ledger's 20.
    // INV-3 (400.00) due as-of + 3 → as-of + 23 (period 3); Beta's 600.00 due as-of − 5 → as-of + 15 (period 2).
    const rows = spill("USD", { extraArgs: '"point"' });
    expect(firstPeriods(rows)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [600, 600, 1],
      [400, 1000, 1],
      [0, 1000, 0],
    ]);
    expect(rows[17]).toEqual(["Total open", "", 1000, 1000, 2]);
  });

  test("bands TRUE adds P10 and P90: the written formula's five columns are the first five", () => {
    // Period 0: Beta's 600.00 with p = ½: μ = 300, σ = √(600² × ½ × ½) = 300, μ ∓ 1.2816σ = −84.48 … 684.48,
    // clipped to what can land there, [0, 600]. Period 1: INV-3's 400.00, p = ½: μ 200, σ 200 → [0, 400].
    // (HyperFormula spells the constant TRUE as a function, TRUE().)
    const rows = spill("USD", { extraArgs: ",TRUE()", columns: 7 });
    expect(rows[0].slice(5)).toEqual(["P10", "P90"]);
    expect(rows.slice(1, 4).map((r) => r.slice(2))).toEqual([
      [300, 300, 1, 0, 600],
      [200, 500, 1, 0, 400],
      [0, 500, 0, 0, 0],
    ]);
    expect(rows[17]).toEqual(["Total open", "", 1000, 1000, 2, "", ""]);
  });

  test("with the scan's Days overdue column (I) a row listed in Issues is left out", () => {
    // Row 10 repeats Acme's INV-2 (a duplicate invoice number the scan rejects): open USD 5,000.00 due
    // as-of + 12 (d = −12): delay 10 → as-of + 22 (period 3), delay 30 → as-of + 42 (period 6), 2,500.00
    // each. Days overdue as the scan writes it: a number on accepted rows, "" on the rejected one.
    // Typed cells alone count it: period 3 = 300 + 2,500 = 2,800, Total open 1,000 + 5,000 = 6,000,
    // 3 invoices; so does the Days overdue column alone (an empty cell is also a row typed since the scan).
    const days = [190, 170, 0, 5, 0, 100, 0, 0, ""];
    const ledger = [
      [...LEDGER[0], "Days overdue"],
      ...[...LEDGER.slice(1), ["Acme", "INV-2", AS_OF + 12, 5000, null, "USD", null, null]].map((row, i) => [...row, days[i]]),
    ];
    for (const rows of [spill("USD", { ledger }), spill("USD", { ledger, resultColumn: 8 })]) {
      expect(rows[4].slice(2)).toEqual([2800, 3300, 2]);
      expect(rows[7].slice(2)).toEqual([2500, 6000, 1]);
      expect(rows[17].slice(2)).toEqual([6000, 6000, 3]);
    }
    // With the scan's issue (data row 8, 0-based, repeats INV-2) the repeated number is left out of unseen rows.
    const rows = spill("USD", { ledger, resultColumn: 8, issues: [{ code: "duplicateInvoice", rowIndex: 8 }] });
    expect(rows[4].slice(2)).toEqual([300, 800, 1]);
    expect(rows[17]).toEqual(["Total open", "", 1000, 1000, 2]);
  });
});
