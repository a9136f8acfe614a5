import type { ForecastLedger } from "./cashForecast";

/**
 * The rows `indexes` of a forecast ledger, as a ledger of their own (one currency's rows).
 *
 * @example
 * pickForecastRows(ledger, [0, 2]).amountsCents //=> [ledger.amountsCents[0], ledger.amountsCents[2]]
 */
export function pickForecastRows(ledger: ForecastLedger, indexes: readonly number[]): ForecastLedger {
  const statuses = ledger.statuses;
  return {
    customers: indexes.map((i) => ledger.customers[i]),
    amountsCents: indexes.map((i) => ledger.amountsCents[i]),
    dueSerials: indexes.map((i) => ledger.dueSerials[i]),
    paidSerials: indexes.map((i) => ledger.paidSerials[i]),
    ...(statuses ? { statuses: indexes.map((i) => statuses[i] ?? null) } : {}),
  };
}
