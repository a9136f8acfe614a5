import { delayCdf, type DelayDistributions } from "./delayDistribution";

/** The periods of cashForecast: period k holds as_of + k·periodDays … as_of + (k+1)·periodDays − 1. */
export interface PeriodGrid {
  readonly periodDays: number;
  readonly periods: number;
}

/**
 * The conditional spread of one open invoice over the periods, given that it is still unpaid at
 * as-of: with d = as-of − due (days past due; negative when not yet due) and F its customer's
 * delay distribution, P(paid in period k | delay > d) = (F(d + k·p + p − 1) − F(max(d, d + k·p − 1)))
 * / (1 − F(d)). A payment on as-of itself would have settled the invoice, so period 0 holds the
 * delays d + 1 … d + p − 1 and period k ≥ 1 the delays d + k·p … d + k·p + p − 1.
 *
 * What the periods do not take goes to out[periods], Later: payments beyond the horizon, the mass
 * the distribution keeps beyond its support (paid more than maxDelay days late, or never), and the
 * whole invoice when 1 − F(d) = 0 — an invoice already later than every delay the history knows is
 * not expected within the horizon (cashForecast would put it in period 0; here it waits in Later).
 *
 * Writes the probabilities (adding up to 1) to out: Later to out[periods], period k to out[k] for
 * k up to the returned index of the last period with a non-zero probability (−1 when none) — and
 * on to where the support ends; the periods after that are 0 and left as they were, so a caller
 * reusing `out` reads 0 … the returned index and out[periods] (a long horizon then costs nothing).
 *
 * @example
 * // A customer paying 10 or 30 days late, half each; invoice already 20 days late, weekly periods:
 * // delay 30 = as-of + 10 → out[1] = (F(33) − F(26)) / (1 − F(20)) = (1 − 0.5) / 0.5 = 1
 */
export function spreadInvoice(
  dist: DelayDistributions,
  customerId: number,
  daysPastDue: number,
  grid: PeriodGrid,
  out: Float64Array,
): number {
  const { periodDays, periods } = grid;
  const { maxDelay } = dist;
  const d = daysPastDue;
  const base = delayCdf(dist, customerId, d);
  const survival = 1 - base;
  let last = -1;
  if (!(survival > 0)) {
    out[periods] = 1;
    return last;
  }
  let below = base;
  for (let k = 0; k < periods; k++) {
    const upper = d + k * periodDays + periodDays - 1;
    const at = delayCdf(dist, customerId, upper);
    const p = (at - below) / survival;
    out[k] = p;
    if (p > 0) last = k;
    below = at;
    // Past the support nothing more is placed: the rest of the periods are 0.
    if (upper >= maxDelay) break;
  }
  // The periods placed below − base; the rest of the survival, 1 − below, is Later.
  out[periods] = Math.max(0, (1 - below) / survival);
  return last;
}
