import { fail, type Result } from "../failure";
import { customerKey } from "../ledger/ledgerScanSettings";
import { isForecastDisputed } from "./isForecastDisputed";
import { paymentHabits, wholeHabitDays, type PaymentHabit } from "./paymentHabits";
import { CASH_FORECAST_MESSAGES as M } from "../messages/cashForecastMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

export interface ForecastLedger {
  readonly customers: readonly string[];
  /** Open amounts in integer cents; rows whose amount was blank are left out before this call. */
  readonly amountsCents: readonly number[];
  readonly dueSerials: readonly number[];
  readonly paidSerials: readonly (number | null)[];
  /** Row statuses; a disputed row is reported apart. */
  readonly statuses?: readonly (string | null)[];
}

export interface ForecastOptions {
  readonly asOf: number;
  /** Days per period. @default 7 */
  readonly periodDays?: number;
  /** Number of periods. @default 13 */
  readonly periods?: number;
  /** Invoices more than this many days past due are at risk, not forecast. @default 90 */
  readonly atRiskDays?: number;
}

export interface ForecastRow {
  readonly expectedCents: number;
  readonly cumulativeCents: number;
  readonly invoices: number;
}

export interface ForecastPeriod extends ForecastRow {
  readonly startSerial: number;
  readonly endSerial: number;
}

export interface CashForecast {
  readonly periods: ForecastPeriod[];
  readonly later: ForecastRow;
  readonly atRisk: ForecastRow;
  readonly disputed: ForecastRow;
  readonly total: ForecastRow;
  readonly atRiskDays: number;
  /** Habit per customer key (trimmed, lower-case name). */
  readonly habits: Map<string, PaymentHabit>;
}

/** Periods a sheet can show: 1,048,576 rows less the header and the Later/At risk/Disputed/Total rows. */
export const MAX_FORECAST_PERIODS = 1048576 - 5;

function checkWhole(value: number, name: string, min: number, example: string): Result<number> {
  if (!Number.isInteger(value) || value < min)
    return fail("outOfRange", NUMBER_MESSAGES.wholeAtLeast({ name, min, example, value: String(value) }));
  return value;
}

/**
 * The cash-in forecast of AR.CASHFORECAST: open invoices (no paid date, or paid after as-of) land on
 * due + the customer's habit (whole days, half away from zero), in the first period when that date
 * is already past. Period k holds as_of + k·period_days … as_of + (k+1)·period_days − 1. Disputed
 * rows, and rows more than at_risk_days past due, are reported apart. Everything is integer cents,
 * so the rows add up to Total open exactly.
 *
 * @example
 * // One invoice of 100.00 due as-of + 3, customer pays 2 days late → expected as-of + 5, period 0
 * cashForecast(ledger, { asOf }).periods[0].expectedCents //=> 10000
 */
export function cashForecast(ledger: ForecastLedger, options: ForecastOptions): Result<CashForecast> {
  const periodDays = checkWhole(options.periodDays ?? 7, "period_days", 1, "7");
  if (typeof periodDays !== "number") return periodDays;
  const periodCount = checkWhole(options.periods ?? 13, "periods", 1, "13");
  if (typeof periodCount !== "number") return periodCount;
  // More periods than a sheet has rows cannot spill, and 2^32 of them would throw allocating the table.
  if (periodCount > MAX_FORECAST_PERIODS)
    return fail("outOfRange", M.periodsMax({ max: MAX_FORECAST_PERIODS, value: String(periodCount) }));
  const atRiskDays = checkWhole(options.atRiskDays ?? 90, "at_risk_days", 0, "90");
  if (typeof atRiskDays !== "number") return atRiskDays;
  const { asOf } = options;

  const keys = ledger.customers.map(customerKey);
  const { byCustomer } = paymentHabits({
    customerKeys: keys,
    amountsCents: ledger.amountsCents,
    dueSerials: ledger.dueSerials,
    paidSerials: ledger.paidSerials,
    asOf,
  });

  const expected = new Array<number>(periodCount).fill(0);
  const counts = new Array<number>(periodCount).fill(0);
  const apart = { later: [0, 0], atRisk: [0, 0], disputed: [0, 0] };
  const horizon = periodCount * periodDays;

  for (let i = 0; i < keys.length; i++) {
    const paid = ledger.paidSerials[i];
    if (paid !== null && paid <= asOf) continue; // settled as of the date
    const cents = ledger.amountsCents[i];
    const due = ledger.dueSerials[i];
    const status = ledger.statuses?.[i];
    let bin: number[] | undefined;
    if (isForecastDisputed(status)) bin = apart.disputed;
    else if (asOf - due > atRiskDays) bin = apart.atRisk;
    else {
      const habit = byCustomer.get(keys[i]) as PaymentHabit;
      const offset = Math.max(0, due + wholeHabitDays(habit.days) - asOf);
      if (offset >= horizon) bin = apart.later;
      else {
        const k = Math.floor(offset / periodDays);
        expected[k] += cents;
        counts[k] += 1;
      }
    }
    if (bin) {
      bin[0] += cents;
      bin[1] += 1;
    }
  }

  let cumulative = 0;
  const periods: ForecastPeriod[] = expected.map((cents, k) => {
    cumulative += cents;
    return {
      startSerial: asOf + k * periodDays,
      endSerial: asOf + (k + 1) * periodDays - 1,
      expectedCents: cents,
      cumulativeCents: cumulative,
      invoices: counts[k],
    };
  });
  // Later, at-risk and disputed continue the running total so the last row's cumulative is Total open.
  const row = ([cents, invoices]: number[]): ForecastRow => {
    cumulative += cents;
    return { expectedCents: cents, cumulativeCents: cumulative, invoices };
  };
  const later = row(apart.later);
  const atRisk = row(apart.atRisk);
  const disputed = row(apart.disputed);
  const totalInvoices = counts.reduce((a, b) => a + b, 0) + later.invoices + atRisk.invoices + disputed.invoices;
  return {
    periods,
    later,
    atRisk,
    disputed,
    total: { expectedCents: cumulative, cumulativeCents: cumulative, invoices: totalInvoices },
    atRiskDays,
    habits: byCustomer,
  };
}
