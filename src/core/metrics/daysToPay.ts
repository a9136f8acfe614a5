import { fail, isFailure, type Result } from "../failure";
import { averageDays } from "./averageDays";
import { amountToCents, type AmountCell } from "./sumAmounts";

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
  if (paidDates.length !== invoiceDates.length) return fail("shapeMismatch", "invoice_dates and paid_dates must have the same shape");
  const weighted = amounts !== null && amounts !== undefined;
  if (weighted && amounts.length !== invoiceDates.length) return fail("shapeMismatch", "invoice_dates and amounts must have the same shape");

  const days: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < invoiceDates.length; i++) {
    const invoiced = invoiceDates[i];
    const paid = paidDates[i];
    if (invoiced === null || paid === null) continue;
    if (weighted) {
      const amount = amounts[i];
      if (amount === null) continue;
      const cents = amountToCents(amount, "amounts");
      if (isFailure(cents)) return cents;
      weights.push(cents);
    }
    days.push(Math.floor(paid) - Math.floor(invoiced));
  }
  return averageDays(days, weighted ? weights : null, "no row has both an invoice date and a paid date");
}
