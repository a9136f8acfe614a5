import { isFailure } from "../../../../src/core/failure";
import { backtestForecast, NOMINAL_COVERAGE } from "../../../../src/core/forecast/distribution/backtest";
import { sampleBacktestLedger } from "./sampleBacktestLedger";

const AS_OF = 45838; // 2025-06-30, the preview's default as-of

/**
 * Issue #20's acceptance on the project's own sample ledger (test/fixtures/sampleWorkbook.ts: the
 * preview's demo workbook, twelve months of paid history; "zh" is the same generator with another
 * seed, so a second ledger). Each currency is backtested on its own rows (amounts in two currencies
 * are never added), with every default: 12 month-ends with 13 weeks of hindsight, weekly periods.
 * The export fixtures (test/fixtures/exports) are open-item reports with no paid dates: no history
 * to backtest.
 *
 * Measured (WAPE probabilistic / naive / point, coverage of P10–P90):
 * en USD 0.53 / 1.10 / 0.68, 0.79; en EUR 0.81 / 1.40 / 0.89, 0.82;
 * zh USD 0.65 / 1.24 / 0.87, 0.77; zh EUR 0.96 / 1.94 / 1.56, 0.85.
 * The WAPEs are high for every method because a week of this small ledger holds a handful of invoices.
 */
describe("the backtest on the sample ledger", () => {
  test.each([
    ["en", "USD"],
    ["en", "EUR"],
    ["zh", "USD"],
    ["zh", "EUR"],
  ] as const)(
    "%s %s: the probabilistic WAPE is below the naive and the point forecast's; coverage within 10 points of 80%%",
    (variant, currency) => {
      const result = backtestForecast(sampleBacktestLedger(variant, AS_OF, currency), { asOf: AS_OF });
      if (isFailure(result)) throw new Error(result.message);
      const { overall } = result;
      expect(result.monthEnds).toHaveLength(12);
      expect(overall.actualCents).toBeGreaterThan(0);
      const wape = {
        probabilistic: overall.probabilistic.wape as number,
        naive: overall.naive.wape as number,
        point: overall.point.wape as number,
      };
      expect(wape.probabilistic).toBeLessThan(wape.naive);
      expect(wape.probabilistic).toBeLessThan(wape.point);
      expect(Math.abs((overall.coverage as number) - NOMINAL_COVERAGE)).toBeLessThanOrEqual(0.1);
    },
  );
});
