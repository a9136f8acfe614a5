import { isFailure } from "../../../src/core/failure";
import { cashForecastByCurrency } from "../../../src/core/forecast/cashForecastByCurrency";
import { forecastLedgerFromScan } from "../../../src/core/forecast/forecastLedgerFromScan";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";

const AS_OF = 45838; // 2025-06-30
const MAPPING: LedgerMapping = { customer: 0, amount: 1, openAmount: 2, dueDate: 3, paidDate: 4, status: 5, currency: 6 };

/* A hand-built ledger, one row per case (customer, amount, open amount, due, paid, status, currency):
   0 Acme open 1,000.00                                 → 100000, no paid date, USD
   1 Acme paid "2025-06-10" = 45818 (text), due 45800   → history: 50000 with paid 45818 (habit 18 days)
   2 Beta 800.00 with open cell 300.00, paid 45820      → part payment: 30000 open, paid date dropped
   3 Beta 200.00 paid 45900, after as-of                → still open: 20000, paid 45900 kept
   4 Gamma status "Paid", no paid date                  → nothing open, no habit: left out
   5 Delta unreadable due date                          → an issue: left out
   6 blank row                                          → left out
   7 Echo credit note −50.00                            → −5000
   8 Fox 70.00 "Disputed"                               → 7000 with its status
   9 " acme " open cell 0, no paid date                 → nothing open, no habit: left out */
const ROWS: unknown[][] = [
  ["Acme", 1000, "", 45791, "", "", "usd"],
  ["Acme", 500, "", 45800, "2025-06-10", "", "USD"],
  ["Beta", 800, 300, 45830, 45820, "", "EUR"],
  ["Beta", 200, "", 45850, 45900, "", "EUR"],
  ["Gamma", 300, "", 45800, "", "Paid", "USD"],
  ["Delta", 100, "", "next Tuesday", "", "", "USD"],
  ["", "", "", "", "", "", ""],
  ["Echo", -50, "", 45820, "", "", "USD"],
  ["Fox", 70, "", 45810, "", "Disputed", "USD"],
  [" acme ", 40, 0, 45790, "", "", "USD"],
];

function scanOf(rows: unknown[][], mapping: LedgerMapping = MAPPING, dateSystem: 1900 | 1904 = 1900) {
  const analysis = analyzeLedger(rows, { mapping, asOf: AS_OF, dateSystem });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return { rows, mapping, analysis, asOf: AS_OF, dateSystem };
}

describe("forecastLedgerFromScan", () => {
  test("takes the scan's accepted rows with their open amounts, history rows with their amounts", () => {
    const ledger = forecastLedgerFromScan(scanOf(ROWS));
    expect(ledger.rowIndexes).toEqual([0, 1, 2, 3, 7, 8]);
    expect(ledger.customers).toEqual(["Acme", "Acme", "Beta", "Beta", "Echo", "Fox"]);
    expect(ledger.amountsCents).toEqual([100000, 50000, 30000, 20000, -5000, 7000]);
    expect(ledger.dueSerials).toEqual([45791, 45800, 45830, 45850, 45820, 45810]);
    expect(ledger.paidSerials).toEqual([null, 45818, null, 45900, null, null]);
    expect(ledger.statuses).toEqual([null, null, null, null, null, "Disputed"]);
    expect(ledger.currencies).toEqual(["USD", "USD", "EUR", "EUR", "USD", "USD"]);
  });

  test("the forecast over it matches a hand calculation per currency", () => {
    const forecasts = cashForecastByCurrency(forecastLedgerFromScan(scanOf(ROWS)), { asOf: AS_OF });
    if (isFailure(forecasts)) throw new Error(forecasts.message);
    /* USD: Acme's habit 45818 − 45800 = 18 days (own); Echo has none → USD ledger's 18.
       Acme 1,000.00 due 45791 + 18 = 45809 < as-of → period 0; Echo −50.00 due 45820 + 18 = 45838 → period 0;
       Fox 70.00 disputed. Period 0 = 1000 − 50 = 950.00 (2 invoices); total 1,020.00 (3).
       EUR: no history → habit 0. Beta 300.00 due 45830 < as-of → period 0; 200.00 due 45850 = as-of + 12
       → period 1 (offsets 7–13). Total 500.00. */
    const usd = forecasts.get("USD")!;
    expect([usd.periods[0].expectedCents, usd.periods[0].invoices]).toEqual([95000, 2]);
    expect([usd.disputed.expectedCents, usd.total.expectedCents, usd.total.invoices]).toEqual([7000, 102000, 3]);
    expect(usd.habits.get("acme")).toEqual({ days: 18, source: "own" });
    const eur = forecasts.get("EUR")!;
    expect([eur.periods[0].expectedCents, eur.periods[1].expectedCents, eur.total.expectedCents]).toEqual([30000, 20000, 50000]);
    expect([...forecasts.keys()]).toEqual(["EUR", "USD"]);
  });

  test("without paid-date, status or currency columns every open row goes in with the scan's default currency", () => {
    const mapping: LedgerMapping = { customer: 0, amount: 1, dueDate: 2 };
    const ledger = forecastLedgerFromScan(
      scanOf(
        [
          ["Acme", 12.34, 45840],
          ["Beta", "1,000.50", 45700],
        ],
        mapping,
      ),
    );
    expect(ledger.amountsCents).toEqual([1234, 100050]); // "1,000.50" read as text: 1000.50 → 100050 cents
    expect(ledger.paidSerials).toEqual([null, null]);
    expect(ledger.statuses).toEqual([null, null]);
    expect(ledger.currencies).toEqual(["", ""]);
  });

  test("a paid date typed as text is read in the 1904 date system", () => {
    // 1904 system: 2025-06-10 is 45818 − 1462 = 44356. Due 44346 → paid 10 days late.
    const mapping: LedgerMapping = { customer: 0, amount: 1, dueDate: 2, paidDate: 3 };
    const ledger = forecastLedgerFromScan(scanOf([["Acme", 10, 44346, "2025-06-10"]], mapping, 1904));
    expect(ledger.paidSerials).toEqual([44356]);
    expect(ledger.amountsCents).toEqual([1000]);
  });

  test("an empty scan gives an empty ledger", () => {
    const ledger = forecastLedgerFromScan(scanOf([]));
    expect(ledger.customers).toEqual([]);
    expect(ledger.rowIndexes).toEqual([]);
  });
});
