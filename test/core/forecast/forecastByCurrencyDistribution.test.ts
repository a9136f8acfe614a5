import { isFailure } from "../../../src/core/failure";
import { backtestByCurrency, probabilisticForecastByCurrency } from "../../../src/core/forecast/cashForecastByCurrency";
import { forecastLedgerFromScan } from "../../../src/core/forecast/forecastLedgerFromScan";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";

const AS_OF = 45838; // 2025-06-30

describe("forecastLedgerFromScan: invoice dates for the backtest", () => {
  const mapping: LedgerMapping = { customer: 0, invoiceDate: 1, dueDate: 2, amount: 3, paidDate: 4, currency: 5 };
  const rows: unknown[][] = [
    ["Acme", 45770, 45800, 500, 45818, "USD"], // history, invoiced 45770
    ["Acme", "", 45850, 100, "", "USD"], // open, no invoice date → null
    ["Beta", "2025-06-01", 45840, 200, "", "EUR"], // invoice date as text: 45809
  ];
  const scan = (m: LedgerMapping) => {
    const analysis = analyzeLedger(rows, { mapping: m, asOf: AS_OF, dateSystem: 1900 });
    if (isFailure(analysis)) throw new Error(analysis.message);
    return { rows, mapping: m, analysis, asOf: AS_OF, dateSystem: 1900 as const };
  };

  test("reads the invoice-date cell of each row, null when blank", () => {
    expect(forecastLedgerFromScan(scan(mapping)).invoiceSerials).toEqual([45770, null, 45809]);
  });

  test("null for every row when the ledger has no invoice-date column", () => {
    const without: LedgerMapping = { ...mapping, invoiceDate: undefined };
    expect(forecastLedgerFromScan(scan(without)).invoiceSerials).toEqual([null, null, null]);
  });
});

describe("probabilisticForecastByCurrency", () => {
  test("forecasts each currency on its own, its delays learnt from its own rows", () => {
    /* USD: X paid 100.00 ten days late and 100.00 thirty days late (same due: half each); 50.00 open
       due as-of + 3 → as-of + 13 (period 1) and as-of + 33 (period 4): 25.00 each.
       EUR: X's open 40.00 due as-of + 3; nobody paid in EUR → pays on its due date (USD's delays are
       not borrowed): as-of + 3 → period 0, all of it. */
    const result = probabilisticForecastByCurrency(
      {
        customers: ["X", "X", "X", "X"],
        amountsCents: [10000, 10000, 5000, 4000],
        dueSerials: [45700, 45700, AS_OF + 3, AS_OF + 3],
        paidSerials: [45710, 45730, null, null],
        currencies: ["USD", "usd", "USD", "EUR"],
      },
      { asOf: AS_OF },
    );
    if (isFailure(result)) throw new Error(result.message);
    expect([...result.keys()]).toEqual(["EUR", "USD"]);
    const usd = result.get("USD")!.periods.map((p) => p.expectedCents);
    expect([usd[0], usd[1], usd[4]]).toEqual([0, 2500, 2500]);
    expect(result.get("EUR")!.periods[0]).toMatchObject({ expectedCents: 4000, p10Cents: 4000, p90Cents: 4000 });
  });

  test("fails on bad options even with nothing to forecast", () => {
    const empty = { customers: [], amountsCents: [], dueSerials: [], paidSerials: [], currencies: [] };
    expect(isFailure(probabilisticForecastByCurrency(empty, { asOf: AS_OF, periods: 0 }))).toBe(true);
  });
});

describe("backtestByCurrency", () => {
  /* The hand-worked ledger of test/core/forecast/distribution/backtest.test.ts in USD (two periods,
     two month-ends: overall actual 900.00; WAPE distribution 550/900, naive 500/900, point 700/900;
     coverage ½), plus one EUR row that must not enter it: 999.00 invoiced 45790, due 45800, paid
     45801 (in USD it would add 999.00 to period 1's actual at 45808). */
  const ledger = {
    customers: ["X", "X", "X", "X", "X", "X", "X"],
    amountsCents: [10000, 10000, 30000, 10000, 50000, 70000, 99900],
    invoiceSerials: [45700, 45700, 45790, 45800, 45801, 45810, 45790],
    dueSerials: [45730, 45730, 45800, 45805, 45806, 45815, 45800],
    paidSerials: [45740, 45750, 45818, 45812, 45811, 45816, 45801],
    statuses: [null, null, null, null, "Disputed", null, null],
    currencies: ["USD", "USD", "USD", "USD", "USD", "USD", "EUR"],
  };

  test("backtests each currency on its own rows", () => {
    const result = backtestByCurrency(ledger, { asOf: AS_OF, periods: 2, monthEnds: 2 });
    if (isFailure(result)) throw new Error(result.message);
    const usd = result.get("USD")!;
    expect(usd.monthEnds).toEqual([45777, 45808]);
    expect(usd.overall).toMatchObject({ cells: 4, actualCents: 90000, coverage: 0.5 });
    expect(usd.overall.probabilistic.wape).toBeCloseTo(550 / 900, 12);
    expect(usd.overall.naive.wape).toBeCloseTo(500 / 900, 12);
    expect(usd.overall.point.wape).toBeCloseTo(700 / 900, 12);
    // EUR: its one row is open at 45777? Not yet invoiced (45790). At 45808 it is paid (45801): nothing scored.
    expect(result.get("EUR")!.overall).toMatchObject({ actualCents: 0, coverage: null });
    expect(result.get("EUR")!.overall.probabilistic.wape).toBeNull();
  });

  test("fails on a bad month-end count", () => {
    expect(isFailure(backtestByCurrency(ledger, { asOf: AS_OF, monthEnds: 0 }))).toBe(true);
  });
});
