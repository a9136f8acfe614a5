import { HyperFormula } from "hyperformula";
import { isFailure } from "../../../src/core/failure";
import { cashForecastFormula } from "../../../src/core/forecast/cashForecastFormula";
import { AS_OF_NAME } from "../../../src/core/report/asOfName";
import { registerArFunctions } from "../../support/hyperformulaAr";
import { loadArFunctions } from "../../support/loadArFunctions";

/* The formula Insert forecast writes, typed into a real spreadsheet engine with the AR functions
   registered, must spill the per-currency forecast the Forecast view shows (worked out by hand in
   test/taskpane/forecast/ForecastView.test.tsx for the same ledger):
   USD period 0 2,000.00, period 4 10,000.00, At risk 800.00, Disputed 300.00, Total open 13,100.00;
   EUR period 0 500.00, period 5 250.50, Total open 750.50. The ledger here has no unreadable rows:
   the live formula shows an issue row's error rather than leaving it out (see cashForecastFormula). */

const AS_OF = 45838;
const LEDGER = [
  ["Customer", "Invoice no", "Due date", "Amount", "Currency", "Paid date", "Status"],
  ["Acme", "INV-1", 45700, 1000, "USD", 45710, null],
  ["Acme", "INV-2", 45750, 3000, "USD", 45770, null],
  ["Acme", "INV-3", AS_OF + 12, 10000, "USD", null, null],
  ["Acme", "INV-4", AS_OF - 20, 2000, "USD", null, null],
  ["Beta", "INV-5", AS_OF + 5, 500, "EUR", null, null],
  ["Beta", "INV-6", AS_OF + 40, 250.5, "EUR", null, null],
  ["Gamma", "INV-7", AS_OF - 100, 800, "USD", null, null],
  ["Delta", "INV-8", AS_OF + 3, 300, "USD", null, "Disputed"],
  ["Zed", "INV-9", AS_OF + 3, 999, "USD", null, "Paid"],
];

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
}, 60_000);

function spill(
  currency: string,
  ledger: (string | number | null)[][] = LEDGER,
  resultColumn?: number,
  issues?: { code: "duplicateInvoice"; rowIndex: number }[],
): unknown[][] {
  const formula = cashForecastFormula(
    {
      sheet: "Ledger",
      firstDataRow: 1,
      firstColumn: 0,
      rowCount: ledger.length - 1,
      mapping: { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3, currency: 4, paidDate: 5, status: 6 },
      asOf: AS_OF,
      dateSystem: 1900,
      ...(resultColumn === undefined ? {} : { resultColumn }),
      ...(issues === undefined ? {} : { analysis: { issues }, rows: ledger.slice(1) }),
    },
    currency,
  );
  if (isFailure(formula)) throw new Error(formula.message);
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
    return Array.from({ length: 18 }, (_, row) => Array.from({ length: 5 }, (_, col) => hf.getCellValue({ sheet, row, col })));
  } finally {
    hf.destroy();
  }
}

describe("the inserted AR.CASHFORECAST in a spreadsheet engine", () => {
  test("USD: the view's figures, the paid-status row left out", () => {
    const rows = spill("USD");
    expect(rows[0]).toEqual(["Period start", "Period end", "Expected", "Cumulative", "Invoices"]);
    expect(rows[1]).toEqual([AS_OF, AS_OF + 6, 2000, 2000, 1]);
    expect(rows[5]).toEqual([AS_OF + 28, AS_OF + 34, 10000, 12000, 1]);
    expect(rows.slice(14).map((r) => [r[0], r[2], r[4]])).toEqual([
      ["Later", 0, 0],
      ["At risk (>90 days)", 800, 1],
      ["Disputed", 300, 1],
      ["Total open", 13100, 4],
    ]);
  });

  test("EUR: the view's figures", () => {
    const rows = spill("EUR");
    expect(rows[1][2]).toBe(500);
    expect(rows[6]).toEqual([AS_OF + 35, AS_OF + 41, 250.5, 750.5, 1]);
    expect(rows[17]).toEqual(["Total open", "", 750.5, 750.5, 2]);
  });

  test("with the scan's Days overdue column (H) a row listed in Issues is left out", () => {
    // Row 10 repeats Acme's INV-2 (a duplicate invoice number the scan rejects): open USD 5,000 due in 12 days.
    // Days overdue as the scan writes it: a number on accepted rows (paid late 10 and 20 days, open 0/20/100 …),
    // "" on the rejected row. Typed cells alone count it: Total open 13,100 + 5,000 = 18,100, 5 invoices;
    // so does the Days overdue column alone (an empty cell is also a row typed since the scan).
    const days = [10, 20, 0, 20, 0, 0, 100, 0, 0, ""];
    const ledger = [
      [...LEDGER[0], "Days overdue"],
      ...[...LEDGER.slice(1), ["Acme", "INV-2", AS_OF + 12, 5000, "USD", null, null]].map((row, i) => [...row, days[i]]),
    ];
    expect(spill("USD", ledger)[17].slice(2)).toEqual([18100, 18100, 5]);
    expect(spill("USD", ledger, 7)[17].slice(2)).toEqual([18100, 18100, 5]);
    // With the scan's issue (data row 9 repeats INV-2) the repeated number is left out of unseen rows.
    const rows = spill("USD", ledger, 7, [{ code: "duplicateInvoice", rowIndex: 9 }]);
    expect(rows[5]).toEqual([AS_OF + 28, AS_OF + 34, 10000, 12000, 1]);
    expect(rows[17]).toEqual(["Total open", "", 13100, 13100, 4]);
  });
});
