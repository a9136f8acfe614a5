import type { DateSystem } from "../../dates/excelSerial";
import { fail, isFailure, type Result } from "../../failure";
import { NUMBER_MESSAGES } from "../../messages/numberMessages";
import { cashForecast, type ForecastLedger } from "../cashForecast";
import { actualPeriods, naivePeriods, pointPeriods } from "./baselineForecasts";
import { backtestMonthEnds, scoredPeriods } from "./backtestMonthEnds";
import { DEFAULT_HALF_LIFE_DAYS, rowRecency } from "./delayDistribution";
import { knownRowsAt, orderByKnown } from "./knownOrder";
import { openRowsAt } from "./openRows";
import { prepareLedger } from "./preparedLedger";
import { checkLearning, type ProbabilisticOptions } from "./probabilisticForecast";
import { band, spreadLedger } from "./spreadLedger";

/** A ledger with invoice dates: a row is known to the backtest from its invoice date on. */
export interface BacktestLedger extends ForecastLedger {
  /** Invoice date per row; a blank one is taken as due − UNDATED_TERMS_DAYS. */
  readonly invoiceSerials: readonly (number | null)[];
}

/** Terms assumed for a row without an invoice date (net 30, the most common): known from due − 30. */
export const UNDATED_TERMS_DAYS = 30;
/** The band's nominal coverage: P10–P90 holds the actual 80% of the time if it is calibrated. */
export const NOMINAL_COVERAGE = 0.8;

export interface BacktestOptions extends ProbabilisticOptions {
  /** How many month-ends to re-run at. @default 12 */
  readonly monthEnds?: number;
  /** A month-end is used when at least this many of its periods end on or before as-of. @default periods (all) */
  readonly minScoredPeriods?: number;
  /** @default 1900 */
  readonly dateSystem?: DateSystem;
}

/** One method's error over a set of scored periods. */
export interface MethodScore {
  /** Σ forecast, in cents. */
  readonly forecastCents: number;
  /** Σ |forecast − actual|, in cents. */
  readonly absErrorCents: number;
  /** Σ |forecast − actual| / Σ actual; null when nothing was paid. */
  readonly wape: number | null;
  /** Σ (forecast − actual) / Σ actual (positive: the method expected too much too soon); null when nothing was paid. */
  readonly bias: number | null;
}

/** The scores of one horizon period over the month-ends, or of all periods together. */
export interface BacktestRow {
  /** 1-based horizon period (1 = the week starting on the month-end); 0 for the overall row. */
  readonly period: number;
  /** Scored (month-end, period) cells. */
  readonly cells: number;
  /** Σ actual paid, in cents. */
  readonly actualCents: number;
  readonly probabilistic: MethodScore;
  readonly naive: MethodScore;
  readonly point: MethodScore;
  /** Share of the cells with a book to forecast whose actual fell inside [P10, P90]; null when none. */
  readonly coverage: number | null;
}

export interface ForecastBacktest {
  /** The month-ends re-run, in date order. */
  readonly monthEnds: readonly number[];
  /**
   * How many of them had something open to forecast (a month-end before the ledger's first invoice
   * scores nothing): what a sentence like "over the last N month-ends" may honestly count.
   */
  readonly monthEndsWithBook: number;
  /** One row per horizon period, 1 … periods. */
  readonly periods: readonly BacktestRow[];
  readonly overall: BacktestRow;
  readonly nominalCoverage: number;
}

/** Running sums of one row. */
class Tally {
  cells = 0;
  actual = 0;
  readonly forecast = [0, 0, 0];
  readonly absError = [0, 0, 0];
  bandCells = 0;
  covered = 0;

  add(actual: number, forecasts: readonly number[]): void {
    this.cells++;
    this.actual += actual;
    for (let m = 0; m < 3; m++) {
      this.forecast[m] += forecasts[m];
      this.absError[m] += Math.abs(forecasts[m] - actual);
    }
  }

  row(period: number): BacktestRow {
    const score = (m: number): MethodScore => ({
      forecastCents: this.forecast[m],
      absErrorCents: this.absError[m],
      wape: this.actual > 0 ? this.absError[m] / this.actual : null,
      bias: this.actual > 0 ? (this.forecast[m] - this.actual) / this.actual : null,
    });
    return {
      period,
      cells: this.cells,
      actualCents: this.actual,
      probabilistic: score(0),
      naive: score(1),
      point: score(2),
      coverage: this.bandCells > 0 ? this.covered / this.bandCells : null,
    };
  }
}

/**
 * The forecast backtested on the ledger's own history. At each month-end M (backtestMonthEnds: the
 * latest `monthEnds` month-ends before as-of whose scored periods number at least
 * minScoredPeriods), the ledger is cut back to what was known at M — rows invoiced on or before M
 * (a row without an invoice date: due − 30), a paid date after M unknown, so the row open — and
 * forecast with (a) the probabilistic method, (b) the naive due-date method, (c) the previous point
 * forecast; each period k whose last day is on or before as-of is scored against what was paid in
 * it by the rows open at M (actualPeriods). Periods ending after as-of are not scored.
 *
 * Per horizon period and overall, pooled over the month-ends: WAPE = Σ|forecast − actual| / Σ actual,
 * bias = Σ(forecast − actual) / Σ actual, and the band's coverage = share of the scored cells whose
 * actual lay in [P10, P90], counting only month-ends with at least one invoice to spread (an empty
 * book's band [0, 0] would be covered trivially). Statuses are today's: an invoice disputed now is
 * taken as disputed at every month-end (the ledger keeps no history of statuses).
 *
 * Linear in rows: per month-end a fixed number of passes over typed arrays.
 *
 * @example
 * // As of 2025-06-30, weekly, full hindsight: month-ends 2024-04-30 … 2025-03-31
 * backtestForecast(ledger, { asOf: 45838 }).overall.probabilistic.wape //=> e.g. 0.21
 */
export function backtestForecast(ledger: BacktestLedger, options: BacktestOptions): Result<ForecastBacktest> {
  const check = cashForecast({ customers: [], amountsCents: [], dueSerials: [], paidSerials: [] }, options);
  if (isFailure(check)) return check;
  const learning = checkLearning(options);
  if (isFailure(learning)) return learning;
  const grid = { periodDays: options.periodDays ?? 7, periods: options.periods ?? 13 };
  const count = options.monthEnds ?? 12;
  if (!Number.isInteger(count) || count < 1)
    return fail("outOfRange", NUMBER_MESSAGES.wholeAtLeast({ name: "month_ends", min: 1, example: "12", value: String(count) }));
  const minScored = options.minScoredPeriods ?? grid.periods;
  if (!Number.isInteger(minScored) || minScored < 1 || minScored > grid.periods)
    return fail(
      "outOfRange",
      NUMBER_MESSAGES.wholeAtLeast({ name: "min_scored_periods", min: 1, example: "13", value: String(minScored) }),
    );

  const { asOf } = options;
  const { atRiskDays } = check;
  const prepared = prepareLedger(ledger);
  const knownFrom = new Float64Array(prepared.length);
  for (let i = 0; i < prepared.length; i++) {
    const invoiced = ledger.invoiceSerials[i];
    knownFrom[i] = invoiced === null || invoiced === undefined ? prepared.dueSerials[i] - UNDATED_TERMS_DAYS : invoiced;
  }
  const known = orderByKnown(prepared, knownFrom);
  const recency = rowRecency(known.ledger, asOf, options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS);
  const monthEnds = backtestMonthEnds(asOf, grid, count, minScored, options.dateSystem ?? 1900);

  const tallies = Array.from({ length: grid.periods }, () => new Tally());
  const overall = new Tally();
  let monthEndsWithBook = 0;
  for (const monthEnd of monthEnds) {
    const rows = known.ledger;
    const view = { asOf: monthEnd, knownRows: knownRowsAt(known, monthEnd) };
    const open = openRowsAt(rows, view);
    if (open.length > 0) monthEndsWithBook++;
    const spread = spreadLedger(rows, view, open, grid, atRiskDays, options, recency);
    const naive = naivePeriods(rows, monthEnd, open, grid, atRiskDays);
    const point = pointPeriods(rows, view, open, grid, atRiskDays);
    const actual = actualPeriods(rows, monthEnd, open, grid);
    const scored = scoredPeriods(monthEnd, asOf, grid);
    for (let k = 0; k < scored; k++) {
      const forecasts = [spread.expected[k], naive[k], point[k]];
      for (const tally of [tallies[k], overall]) {
        tally.add(actual[k], forecasts);
        if (spread.forecastInvoices > 0) {
          const { p10, p90 } = band(spread, k);
          tally.bandCells++;
          if (actual[k] >= p10 && actual[k] <= p90) tally.covered++;
        }
      }
    }
  }
  return {
    monthEnds,
    monthEndsWithBook,
    periods: tallies.map((t, k) => t.row(k + 1)),
    overall: overall.row(0),
    nominalCoverage: NOMINAL_COVERAGE,
  };
}
