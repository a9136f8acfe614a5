import type { AsOfView } from "./delayDistribution";
import type { PreparedLedger } from "./preparedLedger";
import type { PeriodGrid } from "./spreadInvoice";

/** Whether an open row is forecast (not disputed, not more than atRiskDays past due). */
function isForecast(ledger: PreparedLedger, asOf: number, atRiskDays: number, i: number): boolean {
  return ledger.disputed[i] === 0 && asOf - ledger.dueSerials[i] <= atRiskDays;
}

/** Adds amount to the period of day offset (days after as-of; a past date counts as 0). */
function place(out: Float64Array, grid: PeriodGrid, offset: number, amount: number): void {
  const k = Math.floor(Math.max(0, offset) / grid.periodDays);
  if (k < grid.periods) out[k] += amount;
}

/**
 * The naive forecast the backtest compares with: each open invoice (`open`, from openRowsAt) on
 * its due date, an overdue one in the first period, with cashForecast's disputed and at-risk rules.
 */
export function naivePeriods(
  ledger: PreparedLedger,
  asOf: number,
  open: Int32Array,
  grid: PeriodGrid,
  atRiskDays: number,
): Float64Array {
  const out = new Float64Array(grid.periods);
  const { dueSerials, amountsCents } = ledger;
  for (let t = 0; t < open.length; t++) {
    const i = open[t];
    if (isForecast(ledger, asOf, atRiskDays, i)) place(out, grid, dueSerials[i] - asOf, amountsCents[i]);
  }
  return out;
}

/**
 * The previous point forecast (cashForecast) restated over typed arrays, so a backtest of a
 * million rows does not build twelve ledgers: each customer's habit is the amount-weighted mean of
 * paid − due over its rows paid by as-of with a positive amount (the ledger's mean for a customer
 * without history, 0 when nobody has paid), rounded half away from zero; an open invoice lands on
 * due + habit, in the first period when that is past. The test suite holds it equal to cashForecast.
 */
export function pointPeriods(
  ledger: PreparedLedger,
  view: AsOfView,
  open: Int32Array,
  grid: PeriodGrid,
  atRiskDays: number,
): Float64Array {
  const weighted = new Float64Array(ledger.customerCount);
  const weight = new Float64Array(ledger.customerCount);
  let ledgerWeighted = 0;
  let ledgerWeight = 0;
  const { paidSerials, amountsCents, dueSerials, customerIds } = ledger;
  const { asOf } = view;
  const known = view.knownRows ?? ledger.length;
  for (let i = 0; i < known; i++) {
    const paid = paidSerials[i];
    const amount = amountsCents[i];
    if (!(paid <= asOf) || !(amount > 0)) continue;
    const late = (paid - dueSerials[i]) * amount;
    const c = customerIds[i];
    weighted[c] += late;
    weight[c] += amount;
    ledgerWeighted += late;
    ledgerWeight += amount;
  }
  const ledgerHabit = ledgerWeight > 0 ? halfAwayFromZero(ledgerWeighted / ledgerWeight) : 0;
  const habit = new Float64Array(ledger.customerCount);
  for (let c = 0; c < ledger.customerCount; c++)
    habit[c] = weight[c] > 0 ? halfAwayFromZero(weighted[c] / weight[c]) : ledgerHabit;
  const out = new Float64Array(grid.periods);
  for (let t = 0; t < open.length; t++) {
    const i = open[t];
    if (isForecast(ledger, asOf, atRiskDays, i)) place(out, grid, dueSerials[i] + habit[customerIds[i]] - asOf, amountsCents[i]);
  }
  return out;
}

/** Whole days, half away from zero (−2.5 → −3), as wholeHabitDays. */
function halfAwayFromZero(days: number): number {
  return Math.sign(days) * Math.floor(Math.abs(days) + 0.5);
}

/**
 * What was paid per period after as-of: the open rows (`open`) whose paid date falls in the
 * period, their amounts — disputed and at-risk rows included (cash is cash, and no method
 * forecasts them).
 */
export function actualPeriods(ledger: PreparedLedger, asOf: number, open: Int32Array, grid: PeriodGrid): Float64Array {
  const out = new Float64Array(grid.periods);
  const { paidSerials, amountsCents } = ledger;
  for (let t = 0; t < open.length; t++) {
    const paid = paidSerials[open[t]];
    if (paid === paid) place(out, grid, paid - asOf, amountsCents[open[t]]);
  }
  return out;
}
