import { isFailure, type Result } from "../failure";
import { cashForecast, type CashForecast, type ForecastLedger, type ForecastOptions } from "./cashForecast";
import { backtestForecast, type BacktestOptions, type ForecastBacktest } from "./distribution/backtest";
import {
  probabilisticForecast,
  type ProbabilisticForecast,
  type ProbabilisticOptions,
} from "./distribution/probabilisticForecast";
import { pickForecastRows } from "./pickForecastRows";
import { rowsByCurrency } from "./rowsByCurrency";

/** A forecast ledger whose rows carry a currency code. */
export interface CurrencyForecastLedger extends ForecastLedger {
  /** Currency per row, aligned with the amounts; compared trimmed and upper case (usd = USD). */
  readonly currencies: readonly (string | null | undefined)[];
}

export interface CurrencyForecastOptions extends ForecastOptions {
  /** Currency of rows whose currency is blank. @default "" */
  readonly defaultCurrency?: string;
}

/**
 * One cash-in forecast per currency: money in different currencies is never added. Each currency's
 * forecast is AR.CASHFORECAST over that currency's rows alone — habits included, so what the pane
 * shows is what `=AR.CASHFORECAST(FILTER(…, currency = "USD"), …)` gives in a cell (a habit weighed
 * by amounts in two currencies would weigh yen against dollars).
 *
 * @example
 * // USD 100.00 and EUR 50.00, both due as-of + 3, nobody has paid yet
 * cashForecastByCurrency(ledger, { asOf }).get("EUR").periods[0].expectedCents //=> 5000
 */
export function cashForecastByCurrency(
  ledger: CurrencyForecastLedger,
  options: CurrencyForecastOptions,
): Result<Map<string, CashForecast>> {
  // Options are checked even when the ledger is empty, so bad periods fail the same way always.
  const check = cashForecast({ customers: [], amountsCents: [], dueSerials: [], paidSerials: [] }, options);
  if (isFailure(check)) return check;
  const forecasts = new Map<string, CashForecast>();
  for (const [code, indexes] of rowsByCurrency(ledger.currencies, options.defaultCurrency)) {
    const forecast = cashForecast(pickForecastRows(ledger, indexes), options);
    if (isFailure(forecast)) return forecast;
    forecasts.set(code, forecast);
  }
  return forecasts;
}

/** The same per-currency split, for the probabilistic forecast (and its defaults for the learning). */
export interface CurrencyProbabilisticOptions extends ProbabilisticOptions {
  /** Currency of rows whose currency is blank. @default "" */
  readonly defaultCurrency?: string;
}

/**
 * One probabilistic forecast per currency (probabilisticForecast over that currency's rows alone):
 * what `=AR.CASHFORECAST(FILTER(…, currency = "USD"), …)` gives with its default method, so the pane
 * and the sheet show one set of figures. Delay distributions are learnt per currency too (a delay
 * weighed by amounts in two currencies would weigh yen against dollars).
 *
 * @example
 * // USD: X paid 100.00 ten days late and 100.00 thirty days late (same due); 50.00 open due as-of + 3
 * probabilisticForecastByCurrency(ledger, { asOf }).get("USD").periods[1].expectedCents //=> 2500
 */
export function probabilisticForecastByCurrency(
  ledger: CurrencyForecastLedger,
  options: CurrencyProbabilisticOptions,
): Result<Map<string, ProbabilisticForecast>> {
  // Options are checked even when the ledger is empty, so bad periods fail the same way always.
  const check = probabilisticForecast({ customers: [], amountsCents: [], dueSerials: [], paidSerials: [] }, options);
  if (isFailure(check)) return check;
  const forecasts = new Map<string, ProbabilisticForecast>();
  for (const [code, indexes] of rowsByCurrency(ledger.currencies, options.defaultCurrency)) {
    const forecast = probabilisticForecast(pickForecastRows(ledger, indexes), options);
    if (isFailure(forecast)) return forecast;
    forecasts.set(code, forecast);
  }
  return forecasts;
}

/** A per-currency forecast ledger with invoice dates, for the backtest. */
export interface CurrencyBacktestLedger extends CurrencyForecastLedger {
  /** Invoice date per row, aligned with the amounts; null when blank (the backtest then takes due − 30). */
  readonly invoiceSerials: readonly (number | null)[];
}

export interface CurrencyBacktestOptions extends BacktestOptions {
  /** Currency of rows whose currency is blank. @default "" */
  readonly defaultCurrency?: string;
}

/**
 * The forecast's track record per currency: backtestForecast over each currency's rows alone, as
 * the forecast itself is made per currency.
 *
 * @example
 * backtestByCurrency(ledger, { asOf }).get("USD").overall.probabilistic.wape //=> e.g. 0.53
 */
export function backtestByCurrency(
  ledger: CurrencyBacktestLedger,
  options: CurrencyBacktestOptions,
): Result<Map<string, ForecastBacktest>> {
  const empty = { customers: [], amountsCents: [], dueSerials: [], paidSerials: [], invoiceSerials: [] };
  const check = backtestForecast(empty, options);
  if (isFailure(check)) return check;
  const backtests = new Map<string, ForecastBacktest>();
  for (const [code, indexes] of rowsByCurrency(ledger.currencies, options.defaultCurrency)) {
    const rows = { ...pickForecastRows(ledger, indexes), invoiceSerials: indexes.map((i) => ledger.invoiceSerials[i] ?? null) };
    const backtest = backtestForecast(rows, options);
    if (isFailure(backtest)) return backtest;
    backtests.set(code, backtest);
  }
  return backtests;
}
