import { isFailure } from "../../../../src/core/failure";
import { cashForecast, type ForecastLedger } from "../../../../src/core/forecast/cashForecast";
import { actualPeriods, naivePeriods, pointPeriods } from "../../../../src/core/forecast/distribution/baselineForecasts";
import { openRowsAt } from "../../../../src/core/forecast/distribution/openRows";
import { prepareLedger } from "../../../../src/core/forecast/distribution/preparedLedger";
import { sampleBacktestLedger } from "./sampleBacktestLedger";

const AS_OF = 45838; // 2025-06-30
const WEEKS = { periodDays: 7, periods: 13 };

/** cashForecast's periods, the independent expectation of the typed-array restatement. */
function cashForecastCents(ledger: ForecastLedger, asOf: number): number[] {
  const f = cashForecast(ledger, { asOf });
  if (isFailure(f)) throw new Error(f.message);
  return f.periods.map((p) => p.expectedCents);
}

function pointCents(ledger: ForecastLedger, asOf: number): number[] {
  const prepared = prepareLedger(ledger);
  return Array.from(pointPeriods(prepared, { asOf }, openRowsAt(prepared, { asOf }), WEEKS, 90));
}

describe("the backtest's baselines", () => {
  it("pointPeriods is cashForecast: on the sample ledgers at several as-of dates", () => {
    for (const variant of ["en", "zh"] as const)
      for (const currency of ["USD", "EUR"])
        for (const asOf of [AS_OF - 200, AS_OF - 61, AS_OF]) {
          const ledger = sampleBacktestLedger(variant, AS_OF, currency);
          expect([variant, currency, asOf, pointCents(ledger, asOf)]).toEqual([
            variant,
            currency,
            asOf,
            cashForecastCents(ledger, asOf),
          ]);
        }
  });

  it("pointPeriods rounds a habit half away from zero, as wholeHabitDays", () => {
    // A paid 100.00 two days early and 100.00 three days early: habit −2.5 → −3. Open 50.00 due as-of + 10 → + 7, period 1.
    // B paid 1.00 two days late and 1.00 three days late: 2.5 → 3. Open 20.00 due as-of + 4 → + 7, period 1.
    const ledger = {
      customers: ["A", "A", "A", "B", "B", "B"],
      amountsCents: [10000, 10000, 5000, 100, 100, 2000],
      dueSerials: [45700, 45700, AS_OF + 10, 45700, 45700, AS_OF + 4],
      paidSerials: [45698, 45697, null, 45702, 45703, null],
    };
    expect(pointCents(ledger, AS_OF)).toEqual(cashForecastCents(ledger, AS_OF));
    expect(pointCents(ledger, AS_OF)[1]).toBe(7000);
  });

  it("naivePeriods puts each open invoice on its due date, overdue ones in the first period", () => {
    // Open: 100.00 due as-of − 30 → period 0; 200.00 due as-of + 7 → period 1; 300.00 due as-of + 91 → beyond (Later);
    // 400.00 due as-of − 91 (at risk) and 500.00 disputed are not forecast; 600.00 paid as-of − 1 is settled.
    const prepared = prepareLedger({
      customers: ["A", "A", "A", "A", "A", "A"],
      amountsCents: [10000, 20000, 30000, 40000, 50000, 60000],
      dueSerials: [AS_OF - 30, AS_OF + 7, AS_OF + 91, AS_OF - 91, AS_OF, AS_OF - 5],
      paidSerials: [null, null, null, null, null, AS_OF - 1],
      statuses: [null, null, null, null, "Disputed", null],
    });
    const naive = Array.from(naivePeriods(prepared, AS_OF, openRowsAt(prepared, { asOf: AS_OF }), WEEKS, 90));
    expect(naive).toEqual([10000, 20000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("actualPeriods counts what the rows open at as-of were paid, by week, disputed and at-risk ones included", () => {
    // Open at as-of: paid + 1 (period 0), + 7 (period 1, disputed), + 90 (period 12, at risk), + 91 (after the
    // horizon); paid on as-of is settled then; the last row is not yet known (knownRows: 5), so not in the book.
    const prepared = prepareLedger({
      customers: ["A", "A", "A", "A", "A", "A"],
      amountsCents: [100, 200, 300, 400, 500, 600],
      dueSerials: [AS_OF, AS_OF, AS_OF - 100, AS_OF, AS_OF, AS_OF + 30],
      paidSerials: [AS_OF + 1, AS_OF + 7, AS_OF + 90, AS_OF + 91, AS_OF, AS_OF + 3],
      statuses: [null, "Disputed", null, null, null, null],
    });
    const view = { asOf: AS_OF, knownRows: 5 };
    const actual = Array.from(actualPeriods(prepared, AS_OF, openRowsAt(prepared, view), WEEKS));
    expect(actual).toEqual([100, 200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 300]);
  });
});
