import { isFailure, type Result } from "../failure";
import { cashForecast, type CashForecast, type ForecastLedger, type ForecastOptions } from "./cashForecast";
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
