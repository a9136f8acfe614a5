import { fail, isFailure, type Result } from "../failure";
import type { Message } from "../messages/message";
import { averageDays } from "./averageDays";
import { amountToCents, type AmountCell } from "./sumAmounts";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/**
 * The (optionally amount-weighted) mean of a per-row day count between two aligned date columns,
 * over the rows that have both dates; rows with a blank amount are skipped when weighted, as SUMIF
 * does. Dates are floored first, so time fractions drop out as in Excel's DAYS. Shared by
 * daysToPay and averageDaysLate, which differ only in the start column and how a gap counts.
 *
 * @param startDates - start date serials (invoice or due dates); null for blank
 * @param paidDates - payment date serials, aligned; null while unpaid
 * @param amounts - optional amounts, aligned, to weight each row
 * @param startName - the start column's argument name, for the shape-mismatch messages
 * @param gap - whole days counted for a row from its floored start and paid serials
 * @param noRowsMessage - the divideByZero message when no row has both dates
 * @returns days, unrounded
 *
 * @example
 * averageDayGaps([45658, 45689], [45688, 45699], null, "invoice_dates", (s, p) => p - s, METRICS_MESSAGES.noPaidRowsInvoice()) //=> 20
 */
export function averageDayGaps(
  startDates: ReadonlyArray<number | null>,
  paidDates: ReadonlyArray<number | null>,
  amounts: ReadonlyArray<AmountCell> | null | undefined,
  startName: string,
  gap: (start: number, paid: number) => number,
  noRowsMessage: Message,
): Result<number> {
  if (paidDates.length !== startDates.length)
    return fail("shapeMismatch", NUMBER_MESSAGES.sameShape({ names: [startName, "paid_dates"] }));
  const weighted = amounts !== null && amounts !== undefined;
  if (weighted && amounts.length !== startDates.length)
    return fail("shapeMismatch", NUMBER_MESSAGES.sameShape({ names: [startName, "amounts"] }));

  const days: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < startDates.length; i++) {
    const start = startDates[i];
    const paid = paidDates[i];
    if (start === null || paid === null) continue;
    if (weighted) {
      const amount = amounts[i];
      if (amount === null) continue;
      const cents = amountToCents(amount, "amounts");
      if (isFailure(cents)) return cents;
      weights.push(cents);
    }
    days.push(gap(Math.floor(start), Math.floor(paid)));
  }
  return averageDays(days, weighted ? weights : null, noRowsMessage);
}
