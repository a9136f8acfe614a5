import { fail, isFailure, type Result } from "../failure";
import { cashForecast, type ForecastLedger } from "./cashForecast";
import type { CurrencyForecastOptions } from "./cashForecastByCurrency";
import { customerKey } from "../ledger/ledgerScanSettings";
import { isForecastDisputed } from "./isForecastDisputed";
import { wholeHabitDays, type HabitSource, type PaymentHabit } from "./paymentHabits";
import { pickForecastRows } from "./pickForecastRows";
import { rowsByCurrency } from "./rowsByCurrency";
import { CASH_FORECAST_MESSAGES } from "../messages/cashForecastMessages";

/** How much one customer's payment habit moves its money in the forecast, in one currency. */
export interface ForecastDriver {
  /** The customer's name as first written in the ledger, trimmed. */
  readonly customer: string;
  readonly currency: string;
  /** The habit, unrounded (amount-weighted average of paid − due; negative for early payers). */
  readonly habitDays: number;
  /** The habit as the forecast applies it: whole days, half away from zero. */
  readonly habitWholeDays: number;
  readonly habitSource: HabitSource;
  /** Open amount the forecast places in a period or Later (neither disputed nor at risk). */
  readonly forecastCents: number;
  /** Of that, the amount whose forecast row differs from the row its due date alone would give. */
  readonly movedCents: number;
  /** Moved to a later row than its due date's (a late payer), and to an earlier one. */
  readonly laterCents: number;
  readonly earlierCents: number;
  /** Invoices moved to another row. */
  readonly movedInvoices: number;
  /**
   * Σ cents × days the habit moves each forecast invoice (positive: later). The move is
   * max(0, due + habit − as-of) − max(0, due − as-of): an invoice already due is forecast in the
   * first period either way, so a late habit moves it by the days it pushes it past as-of only.
   */
  readonly centDays: number;
}

export interface ForecastDriverOptions extends CurrencyForecastOptions {
  /** How many drivers to return. @default 10 */
  readonly top?: number;
}

interface Tally {
  customer: string;
  currency: string;
  key: string;
  habit: PaymentHabit;
  forecast: number;
  later: number;
  earlier: number;
  moved: number;
  centDays: number;
}

/**
 * The customers whose payment habit moves the most money in the cash-in forecast, per currency:
 * for each, the open amount the habit moves into another forecast row than its due date, and the
 * money × days it shifts. Ranked by |cent-days|, then |moved amount|, then currency and name;
 * customers whose habit moves nothing are left out. Habits, periods, at-risk and disputed rows are
 * exactly those of AR.CASHFORECAST over each currency's rows (see cashForecastByCurrency).
 *
 * @example
 * // Acme pays 18 days late; its 500.00 due as-of + 2 lands in period 2 instead of period 0
 * forecastDrivers(ledger, { asOf })[0] //=> { customer: "Acme", movedCents: 50000, centDays: 900000, … }
 */
export function forecastDrivers(
  ledger: ForecastLedger & { readonly currencies?: readonly (string | null | undefined)[] },
  options: ForecastDriverOptions,
): Result<ForecastDriver[]> {
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 1) return fail("outOfRange", CASH_FORECAST_MESSAGES.driversTop({ value: String(top) }));
  // Options are checked even when the ledger is empty, so bad periods fail the same way always.
  const check = cashForecast({ customers: [], amountsCents: [], dueSerials: [], paidSerials: [] }, options);
  if (isFailure(check)) return check;
  const currencies = ledger.currencies ?? ledger.amountsCents.map(() => null);
  const tallies: Tally[] = [];
  for (const [currency, indexes] of rowsByCurrency(currencies, options.defaultCurrency)) {
    const rows = pickForecastRows(ledger, indexes);
    const forecast = cashForecast(rows, options); // validates the options and gives the habits
    if (isFailure(forecast)) return forecast;
    tallies.push(
      ...tallyCurrency(
        rows,
        currency,
        forecast.habits,
        options.asOf,
        forecast.periods.length,
        options.periodDays ?? 7,
        forecast.atRiskDays,
      ),
    );
  }
  return tallies
    .filter((t) => t.centDays !== 0 || t.moved !== 0)
    .sort(
      (a, b) =>
        Math.abs(b.centDays) - Math.abs(a.centDays) ||
        movedMoney(b) - movedMoney(a) ||
        compare(a.currency, b.currency) ||
        compare(a.key, b.key),
    )
    .slice(0, top)
    .map((t) => ({
      customer: t.customer,
      currency: t.currency,
      habitDays: t.habit.days,
      habitWholeDays: wholeHabitDays(t.habit.days),
      habitSource: t.habit.source,
      forecastCents: t.forecast,
      movedCents: t.later + t.earlier,
      laterCents: t.later,
      earlierCents: t.earlier,
      movedInvoices: t.moved,
      centDays: t.centDays,
    }));
}

/** Money moved either way, for ranking: a credit note moved is money moved too. */
function movedMoney(t: Tally): number {
  return Math.abs(t.later) + Math.abs(t.earlier);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Habits = ReadonlyMap<string, PaymentHabit>;

function tallyCurrency(
  rows: ForecastLedger,
  currency: string,
  habits: Habits,
  asOf: number,
  periodCount: number,
  periodDays: number,
  atRiskDays: number,
): Tally[] {
  const horizon = periodCount * periodDays;
  // The forecast row of a date: its period, or periodCount for Later; a past date is period 0.
  const rowOf = (serial: number) => {
    const offset = Math.max(0, serial - asOf);
    return offset >= horizon ? periodCount : Math.floor(offset / periodDays);
  };
  const byKey = new Map<string, Tally>();
  const names = new Map<string, string>(); // the first spelling of each customer, paid rows included
  for (let i = 0; i < rows.customers.length; i++) {
    const key = customerKey(rows.customers[i]);
    if (!names.has(key)) names.set(key, rows.customers[i].trim());
    const paid = rows.paidSerials[i];
    if (paid !== null && paid <= asOf) continue;
    const status = rows.statuses?.[i];
    if (isForecastDisputed(status)) continue; // the same rows AR.CASHFORECAST reports apart
    const due = rows.dueSerials[i];
    if (asOf - due > atRiskDays) continue;
    const habit = habits.get(key) as PaymentHabit;
    const expected = due + wholeHabitDays(habit.days);
    const cents = rows.amountsCents[i];
    let tally = byKey.get(key);
    if (!tally) {
      tally = {
        customer: names.get(key) as string,
        currency,
        key,
        habit,
        forecast: 0,
        later: 0,
        earlier: 0,
        moved: 0,
        centDays: 0,
      };
      byKey.set(key, tally);
    }
    tally.forecast += cents;
    tally.centDays += cents * (Math.max(0, expected - asOf) - Math.max(0, due - asOf));
    const from = rowOf(due);
    const to = rowOf(expected);
    if (to > from) tally.later += cents;
    if (to < from) tally.earlier += cents;
    if (to !== from) tally.moved += 1;
  }
  return [...byKey.values()];
}
