import type { DateSystem } from "../dates/excelSerial";
import { RowState, type LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import { CellStatus, LedgerCellReader } from "../ledger/ledgerCellReader";
import type { LedgerMapping } from "../ledger/ledgerFields";
import type { CurrencyBacktestLedger } from "./cashForecastByCurrency";

/** What the adapter needs of a scan: its raw data rows, mapping, analysis, as-of and date system. */
export interface ScanForForecast {
  readonly rows: readonly (readonly unknown[])[];
  readonly mapping: LedgerMapping;
  readonly analysis: LedgerAnalysis;
  readonly asOf: number;
  readonly dateSystem: DateSystem;
}

/** The forecast ledger, with each forecast row's index among the scan's data rows. */
export interface ScanForecastLedger extends CurrencyBacktestLedger {
  readonly rowIndexes: readonly number[];
  readonly currencies: readonly string[];
  readonly statuses: readonly (string | null)[];
  /** The invoice-date cell per row (null when unmapped, blank or unreadable): when the backtest first knows the row. */
  readonly invoiceSerials: readonly (number | null)[];
}

/**
 * The scan's accepted rows as the ledger of cashForecast / cashForecastByCurrency / forecastDrivers,
 * so the Forecast and Financing views show what the scan read. Rows the scan put in Issues (and
 * blank rows) are left out, as from every other total. Customer names and currencies are the
 * scan's (name as first seen, currency normalised with its default for blank cells).
 *
 * The scan and AR.CASHFORECAST read "open" differently; the scan's reading wins here:
 * - a row with an open amount (the open-amount cell when mapped, else the amount unless paid by
 *   as-of or its status says paid) forecasts that open amount, so a partially paid invoice forecasts
 *   its remaining balance. Its paid date is kept only when it is after as-of (still open then, as
 *   AR.CASHFORECAST reads it); a paid date on or before as-of beside a remaining balance records a
 *   part payment, and is dropped so the balance is forecast rather than taken as settled;
 * - a row paid on or before as-of with nothing open is history: it goes in with its invoice amount
 *   (the amount cell, which is what the scan weighs payment habits by) and its paid date, so it
 *   shapes its customer's habit and is never forecast;
 * - a row with nothing open and no paid date by as-of (status "paid", or an open-amount cell of 0)
 *   is left out: there is nothing to forecast and no payment date to learn a habit from.
 *
 * Each row also carries its invoice-date cell (null when the column is missing or the cell blank or
 * unreadable): the backtest knows a row from that date on (backtestByCurrency).
 *
 * @example
 * // Acme: 1,000.00 open, due 45791; Fox: 120.00 paid on 45820, due 45808
 * forecastLedgerFromScan(scan).amountsCents //=> [100000, 12000]
 */
export function forecastLedgerFromScan(scan: ScanForForecast): ScanForecastLedger {
  const { rows, mapping, analysis, asOf } = scan;
  const results = analysis.rows;
  const reader = new LedgerCellReader(scan.dateSystem);
  const cPaid = mapping.paidDate ?? -1;
  const cAmount = mapping.amount ?? -1;
  const cStatus = mapping.status ?? -1;
  const cInvoice = mapping.invoiceDate ?? -1;
  const out = {
    customers: [] as string[],
    amountsCents: [] as number[],
    dueSerials: [] as number[],
    paidSerials: [] as (number | null)[],
    statuses: [] as (string | null)[],
    currencies: [] as string[],
    rowIndexes: [] as number[],
    invoiceSerials: [] as (number | null)[],
  };
  for (let i = 0; i < results.count; i++) {
    if (results.state[i] !== RowState.accepted) continue;
    const row = rows[i];
    // Accepted rows have readable paid dates and amounts (else they would be issues).
    const paidRead = cPaid >= 0 ? reader.serial(row[cPaid]) : Number.NaN;
    const paid = reader.status === CellStatus.ok ? paidRead : Number.NaN;
    const paidByAsOf = paid <= asOf; // false for NaN
    const open = results.openCents[i];
    let cents: number;
    let paidSerial: number | null;
    if (open !== 0) {
      cents = open;
      paidSerial = paid === paid && !paidByAsOf ? paid : null;
    } else if (paidByAsOf) {
      const amount = cAmount >= 0 ? reader.cents(row[cAmount]) : Number.NaN;
      if (!(amount === amount)) continue; // no invoice amount to weigh the habit by
      cents = amount;
      paidSerial = paid;
    } else continue;
    const summary = analysis.customers[results.customer[i]];
    const status = cStatus >= 0 ? row[cStatus] : null;
    out.customers.push(summary.customer);
    out.amountsCents.push(cents);
    out.dueSerials.push(results.dueSerial[i]);
    out.paidSerials.push(paidSerial);
    out.statuses.push(typeof status === "string" && status !== "" ? status : null);
    out.currencies.push(summary.currency);
    out.rowIndexes.push(i);
    const invoiced = cInvoice >= 0 ? reader.serial(row[cInvoice]) : Number.NaN;
    out.invoiceSerials.push(reader.status === CellStatus.ok && invoiced === invoiced ? invoiced : null);
  }
  return out;
}
