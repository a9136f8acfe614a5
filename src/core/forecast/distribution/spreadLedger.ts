import { delayDistributions, type AsOfView, type DelayLearningOptions, type RowRecency } from "./delayDistribution";
import type { PreparedLedger } from "./preparedLedger";
import { spreadInvoice, type PeriodGrid } from "./spreadInvoice";

/** Delays are learnt up to two years late; later ones (and never) are one "beyond" mass. */
export const MAX_SUPPORT_DAYS = 731;

/**
 * The largest delay the forecast can place: an invoice not yet at risk is at most atRiskDays past
 * due, and the horizon adds periods × periodDays, so a longer delay only ever lands in Later
 * (capped at MAX_SUPPORT_DAYS so a long horizon cannot blow up the per-customer rows).
 */
export function supportMaxDelay(grid: PeriodGrid, atRiskDays: number): number {
  return Math.min(MAX_SUPPORT_DAYS, atRiskDays + grid.periods * grid.periodDays);
}

/** Per-period sums of the open invoices' spreads, before rounding to cents. */
export interface LedgerSpread {
  /** Σ amount × p per period. */
  readonly expected: Float64Array;
  /** Σ amount² × p × (1 − p) per period: the weekly total's variance if invoices pay independently. */
  readonly variance: Float64Array;
  /** Σ of the negative (credit-note) amounts with p > 0 per period: the lowest total the period can take. */
  readonly lowest: Float64Array;
  /** Σ of the positive amounts with p > 0 per period: the highest total the period can take. */
  readonly highest: Float64Array;
  /** Invoices with p > 0 per period, and Σ p (expected number of invoices paid). */
  readonly invoices: Int32Array;
  readonly expectedInvoices: Float64Array;
  /** Σ amount × p(Later), and the invoices with p(Later) > 0. */
  readonly laterCents: number;
  readonly laterInvoices: number;
  /** Open amounts spread (periods + Later), in cents, and their count. */
  readonly forecastCents: number;
  readonly forecastInvoices: number;
  readonly atRiskCents: number;
  readonly atRiskInvoices: number;
  readonly disputedCents: number;
  readonly disputedInvoices: number;
}

/**
 * Spreads every open row (openRowsAt: known at as-of, not paid on or before it) over the periods, with
 * cashForecast's rules kept: disputed rows and rows more than atRiskDays past due stand apart.
 * One pass over the rows; each open row costs at most `periods` look-ups (fewer past the support).
 */
export function spreadLedger(
  ledger: PreparedLedger,
  view: AsOfView,
  open: Int32Array,
  grid: PeriodGrid,
  atRiskDays: number,
  learning: DelayLearningOptions = {},
  recency?: RowRecency,
): LedgerSpread {
  const { periods } = grid;
  const dist = delayDistributions(ledger, view, supportMaxDelay(grid, atRiskDays), learning, recency);
  const expected = new Float64Array(periods);
  const variance = new Float64Array(periods);
  const lowest = new Float64Array(periods);
  const highest = new Float64Array(periods);
  const invoices = new Int32Array(periods);
  const expectedInvoices = new Float64Array(periods);
  const p = new Float64Array(periods + 1);
  const { asOf } = view;
  let laterCents = 0;
  let laterInvoices = 0;
  let forecastCents = 0;
  let forecastInvoices = 0;
  let atRiskCents = 0;
  let atRiskInvoices = 0;
  let disputedCents = 0;
  let disputedInvoices = 0;
  const { amountsCents, dueSerials, disputed, customerIds } = ledger;
  for (let t = 0; t < open.length; t++) {
    const i = open[t];
    const a = amountsCents[i];
    const daysPastDue = asOf - dueSerials[i];
    if (disputed[i]) {
      disputedCents += a;
      disputedInvoices++;
      continue;
    }
    if (daysPastDue > atRiskDays) {
      atRiskCents += a;
      atRiskInvoices++;
      continue;
    }
    forecastCents += a;
    forecastInvoices++;
    const last = spreadInvoice(dist, customerIds[i], daysPastDue, grid, p);
    const a2 = a * a;
    for (let k = 0; k <= last; k++) {
      const pk = p[k];
      if (pk === 0) continue;
      expected[k] += a * pk;
      variance[k] += a2 * pk * (1 - pk);
      if (a < 0) lowest[k] += a;
      else highest[k] += a;
      invoices[k]++;
      expectedInvoices[k] += pk;
    }
    const later = p[periods];
    if (later > 0) {
      laterCents += a * later;
      laterInvoices++;
    }
  }
  return {
    expected,
    variance,
    lowest,
    highest,
    invoices,
    expectedInvoices,
    laterCents,
    laterInvoices,
    forecastCents,
    forecastInvoices,
    atRiskCents,
    atRiskInvoices,
    disputedCents,
    disputedInvoices,
  };
}

/** z of the normal distribution's 90th percentile: P10 = μ − z·σ, P90 = μ + z·σ. */
export const Z90 = 1.2815515655446004;

/**
 * The P10–P90 band of period k's total: the normal approximation μ ± z·σ with σ² = Σ a²p(1 − p)
 * (invoices paying independently), clipped to what the period can hold — no less than its credit
 * notes (0 when it has none) and no more than all its invoices. The clip is what makes a week of one
 * invoice honest: 100.00 at p = ½ gives [0, 100.00], the true 10th and 90th percentiles.
 */
export function band(spread: LedgerSpread, k: number): { p10: number; p90: number } {
  const mu = spread.expected[k];
  const sigma = Math.sqrt(Math.max(0, spread.variance[k]));
  return {
    p10: Math.min(spread.highest[k], Math.max(spread.lowest[k], mu - Z90 * sigma)),
    p90: Math.max(spread.lowest[k], Math.min(spread.highest[k], mu + Z90 * sigma)),
  };
}
