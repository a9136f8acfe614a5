import type { Result } from "../failure";
import { averageDayGaps } from "./averageDayGaps";
import type { AmountCell } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

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
  // Early payments count as 0 days late rather than offsetting late ones.
  return averageDayGaps(dueDates, paidDates, amounts, "due_dates", (due, paid) => Math.max(0, paid - due), M.noPaidRowsDue());
}
