import { fail, isFailure, type Result } from "../../failure";
import { NUMBER_MESSAGES } from "../../messages/numberMessages";
import { cashForecast, type ForecastLedger, type ForecastOptions, type ForecastPeriod, type ForecastRow } from "../cashForecast";
import { DEFAULT_HALF_LIFE_DAYS, DEFAULT_PRIOR_STRENGTH, type DelayLearningOptions } from "./delayDistribution";
import { openRowsAt } from "./openRows";
import { prepareLedger } from "./preparedLedger";
import { band, spreadLedger } from "./spreadLedger";

export interface ProbabilisticOptions extends ForecastOptions, DelayLearningOptions {}

/** A period of the probabilistic forecast: the expected amount and the P10–P90 band of its total. */
export interface BandPeriod extends ForecastPeriod {
  /** 10th percentile of the period's total, in cents (rounded). */
  readonly p10Cents: number;
  /** 90th percentile of the period's total, in cents (rounded). */
  readonly p90Cents: number;
  /** Σ p: the number of invoices expected to be paid in the period (`invoices` counts those with p > 0). */
  readonly expectedInvoices: number;
}

export interface ProbabilisticForecast {
  readonly periods: BandPeriod[];
  /** Expected beyond the horizon, or beyond what the history knows; invoices: those with some chance of it. */
  readonly later: ForecastRow;
  readonly atRisk: ForecastRow;
  readonly disputed: ForecastRow;
  /** Total open; invoices: each open invoice once. */
  readonly total: ForecastRow;
  readonly atRiskDays: number;
}

/** Checks the learning options as the forecast's arguments would be checked. */
export function checkLearning(options: DelayLearningOptions): Result<true> {
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (!(halfLife > 0))
    return fail(
      "outOfRange",
      NUMBER_MESSAGES.daysNegative({ name: "half_life_days", unit: "days", example: "180", value: String(halfLife) }),
    );
  const k = options.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  if (!(k >= 0) || k === Infinity)
    return fail("outOfRange", NUMBER_MESSAGES.zeroOrMoreExample({ name: "prior_strength", example: "4", value: String(k) }));
  const min = options.minDelay;
  if (min !== undefined && !(Number.isInteger(min) && min >= -3650))
    return fail(
      "outOfRange",
      NUMBER_MESSAGES.wholeAtLeast({ name: "min_delay", min: -3650, example: "-60", value: String(min) }),
    );
  return true;
}

/**
 * The probabilistic cash-in forecast: each open invoice (the caller passes open amounts, so a
 * part-paid invoice forecasts its balance) spreads over the periods by its customer's delay
 * distribution conditioned on being unpaid at as-of (spreadInvoice); per period, the expected
 * amount Σ amount × p and the P10–P90 band of the total (band). Periods, Later, At risk, Disputed
 * and the rules that set rows apart are cashForecast's. Deterministic: no random draw, one fixed
 * order of sums.
 *
 * Expected cents are rounded on the running total (each period is round(cumulative) − round(previous
 * cumulative)), so the periods, Later, At risk and Disputed add up to Total open to the cent.
 *
 * @example
 * // One invoice of 100.00 due in 3 days; the customer paid 10 or 30 days late, half each (k = 0):
 * // half in the period of due + 10, half in that of due + 30: 50.00 each, band [0, 100.00]
 */
export function probabilisticForecast(ledger: ForecastLedger, options: ProbabilisticOptions): Result<ProbabilisticForecast> {
  // The period options fail exactly as AR.CASHFORECAST's do.
  const check = cashForecast({ customers: [], amountsCents: [], dueSerials: [], paidSerials: [] }, options);
  if (isFailure(check)) return check;
  const learning = checkLearning(options);
  if (isFailure(learning)) return learning;
  const grid = { periodDays: options.periodDays ?? 7, periods: options.periods ?? 13 };
  const { atRiskDays } = check;
  const { asOf } = options;
  const prepared = prepareLedger(ledger);
  const spread = spreadLedger(prepared, { asOf }, openRowsAt(prepared, { asOf }), grid, atRiskDays, options);

  let cumulative = 0;
  let roundedBefore = 0;
  const periods: BandPeriod[] = [];
  for (let k = 0; k < grid.periods; k++) {
    cumulative += spread.expected[k];
    const rounded = Math.round(cumulative);
    const { p10, p90 } = band(spread, k);
    periods.push({
      startSerial: asOf + k * grid.periodDays,
      endSerial: asOf + (k + 1) * grid.periodDays - 1,
      expectedCents: rounded - roundedBefore,
      cumulativeCents: rounded,
      invoices: spread.invoices[k],
      p10Cents: Math.round(p10),
      p90Cents: Math.round(p90),
      expectedInvoices: spread.expectedInvoices[k],
    });
    roundedBefore = rounded;
  }
  // Later takes what the periods left of the spread amounts, so nothing is lost to rounding.
  let running = spread.forecastCents;
  const later = { expectedCents: spread.forecastCents - roundedBefore, cumulativeCents: running, invoices: spread.laterInvoices };
  running += spread.atRiskCents;
  const atRisk = { expectedCents: spread.atRiskCents, cumulativeCents: running, invoices: spread.atRiskInvoices };
  running += spread.disputedCents;
  const disputed = { expectedCents: spread.disputedCents, cumulativeCents: running, invoices: spread.disputedInvoices };
  const invoices = spread.forecastInvoices + spread.atRiskInvoices + spread.disputedInvoices;
  return { periods, later, atRisk, disputed, total: { expectedCents: running, cumulativeCents: running, invoices }, atRiskDays };
}
