import type { Result } from "../failure";
import { averageDayGaps } from "./averageDayGaps";
import type { AmountCell } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Average days from invoice to payment over the rows that have both dates (open invoices are left
 * out); amount-weighted when amounts are given, rows with a blank amount then skipped as SUMIF
 * does. Days are serial differences with time fractions dropped, as Excel's DAYS.
 *
 * @param invoiceDates - invoice date serials; null for blank
 * @param paidDates - payment date serials, aligned with invoiceDates; null while unpaid
 * @param amounts - optional invoice amounts, aligned, to weight each row
 * @returns days, unrounded; divideByZero when no row has both dates
 *
 * @example
 * daysToPay([45658, 45689], [45688, 45699]) //=> 20
 */
export function daysToPay(
  invoiceDates: ReadonlyArray<number | null>,
  paidDates: ReadonlyArray<number | null>,
  amounts?: ReadonlyArray<AmountCell> | null,
): Result<number> {
  return averageDayGaps(
    invoiceDates,
    paidDates,
    amounts,
    "invoice_dates",
    (invoiced, paid) => paid - invoiced,
    M.noPaidRowsInvoice(),
  );
}
