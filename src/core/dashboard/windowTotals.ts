import { DunningStatus, dunningStatus } from "../dunning/dunningStatus";
import { CellStatus, LedgerCellReader } from "../ledger/ledgerCellReader";
import { RowState, type LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../ledger/ledgerFields";

/** The trailing window's sums of one currency, in integer cents. */
export interface WindowCents {
  /** S: amounts of rows invoiced in (start, as-of], credit notes netted in. */
  invoicedCents: number;
  /** B: amounts of rows invoiced on or before start and still open at start. */
  openAtStartCents: number;
  /** Rows invoiced in the window (for "no sales in the window" messages). */
  invoicedCount: number;
}

/**
 * Sums, per currency, what the trailing window of the dashboard needs beyond the scan's as-of
 * totals: the invoicing in the window (S) and the receivables open at its start (B). Only rows
 * the scan accepted count, each in the currency the scan gave it.
 *
 * Which rows count (the same rules the AR Summary sheet's SUMIFS formulas follow):
 * - S: invoice date d with start < d ≤ as-of, the row's amount (negative for credit notes),
 *   whether paid or not;
 * - B: invoice date d ≤ start, not settled at start — settled means a paid date ≤ start, or a
 *   paid status (paid/已付/已付款) whatever the dates, as the scan reads it at as-of;
 * - a row without an invoice date is in neither (it cannot be placed in time).
 *
 * @param rows - the same raw rows given to analyzeLedger
 * @param analysis - analyzeLedger's result for them
 * @param mapping - the mapping the analysis used
 * @param start - the window start serial (as-of − trailing days), excluded from the window
 * @param asOf - the as-of serial, included
 * @returns sums by currency code; empty when the ledger has no invoice-date column
 * @example
 * windowTotals([["Acme", 100, 45830, 45800]], analysis, { customer: 0, amount: 1, dueDate: 2, invoiceDate: 3 }, 45748, 45838).get("")
 * //=> { invoicedCents: 10000, openAtStartCents: 0, invoicedCount: 1 }
 */
export function windowTotals(
  rows: readonly (readonly unknown[])[],
  analysis: LedgerAnalysis,
  mapping: LedgerMapping,
  start: number,
  asOf: number,
): Map<string, WindowCents> {
  const sums = new Map<string, WindowCents>();
  const cAmount = mapping.amount ?? -1,
    cInvoice = mapping.invoiceDate ?? -1;
  if (cInvoice < 0 || cAmount < 0) return sums;
  const cPaid = mapping.paidDate ?? -1,
    cStatus = mapping.status ?? -1;
  const reader = new LedgerCellReader(analysis.context.dateSystem);
  const { state, customer } = analysis.rows;
  for (let i = 0; i < state.length; i++) {
    if (state[i] !== RowState.accepted) continue;
    const row = rows[i];
    const invoice = reader.serial(row[cInvoice]);
    if (reader.status !== CellStatus.ok || invoice > asOf) continue;
    const cents = reader.cents(row[cAmount]);
    if (reader.status !== CellStatus.ok) continue;
    const currency = analysis.customers[customer[i]].currency;
    let sum = sums.get(currency);
    if (sum === undefined) sums.set(currency, (sum = { invoicedCents: 0, openAtStartCents: 0, invoicedCount: 0 }));
    if (invoice > start) {
      sum.invoicedCents += cents;
      sum.invoicedCount++;
      continue;
    }
    if (cStatus >= 0 && dunningStatus(row[cStatus]) === DunningStatus.paid) continue;
    const paid = cPaid >= 0 ? reader.serial(row[cPaid]) : Number.NaN;
    if (!(paid <= start)) sum.openAtStartCents += cents; // NaN (no paid date) is open
  }
  return sums;
}
