import { fail, isFailure, type Result } from "../failure";
import { averageDays } from "./averageDays";
import { amountToCents, type AmountCell } from "./sumAmounts";

/**
 * Average days late over paid rows: mean of max(0, paid − due), so early payments count as 0 days
 * late rather than offsetting late ones. Amount-weighted when amounts are given (rows with a blank
 * amount then skipped, as SUMIF does). Rows without a paid date (still open) or without a due date
 * are left out.
 *
 * @param dueDates - due date serials; null for blank
 * @param paidDates - payment date serials, aligned; null while unpaid
 * @param amounts - optional amounts, aligned, to weight each row
 * @returns days, unrounded; divideByZero when no row is paid
 *
 * @example
 * averageDaysLate([45688, 45716], [45698, 45710]) //=> 5
 */
export function averageDaysLate(
  dueDates: ReadonlyArray<number | null>,
  paidDates: ReadonlyArray<number | null>,
  amounts?: ReadonlyArray<AmountCell> | null,
): Result<number> {
  if (paidDates.length !== dueDates.length) return fail("shapeMismatch", "due_dates and paid_dates must have the same shape");
  const weighted = amounts !== null && amounts !== undefined;
  if (weighted && amounts.length !== dueDates.length) return fail("shapeMismatch", "due_dates and amounts must have the same shape");

  const days: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < dueDates.length; i++) {
    const due = dueDates[i];
    const paid = paidDates[i];
    if (due === null || paid === null) continue;
    if (weighted) {
      const amount = amounts[i];
      if (amount === null) continue;
      const cents = amountToCents(amount, "amounts");
      if (isFailure(cents)) return cents;
      weights.push(cents);
    }
    days.push(Math.max(0, Math.floor(paid) - Math.floor(due)));
  }
  return averageDays(days, weighted ? weights : null, "no row has both a due date and a paid date");
}
