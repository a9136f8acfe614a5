import { endOfMonthSerial } from "../dates/calendarSteps";
import type { DateSystem } from "../dates/excelSerial";

/** At most this many month-ends in one history: 50 years, far past any ledger's. */
export const MAX_MONTH_ENDS = 600;

/**
 * The month-ends from the month of `first` to the month of `last`, both included, as serials
 * (Excel's EOMONTH of each month). Any day of a month stands for its month-end, so 2025-01-15 and
 * 2025-01-31 both start at 2025-01-31. Empty when `last` is in an earlier month than `first`.
 *
 * @example
 * monthEndsBetween(45672, 45747) //=> [45688, 45716, 45747]  (2025-01-31, 2025-02-28, 2025-03-31)
 */
export function monthEndsBetween(first: number, last: number, system: DateSystem = 1900): number[] {
  const ends: number[] = [];
  const stop = endOfMonthSerial(last, 0, system);
  for (let k = 0; ends.length < MAX_MONTH_ENDS; k++) {
    const end = endOfMonthSerial(first, k, system);
    if (end > stop) break;
    ends.push(end);
  }
  return ends;
}
