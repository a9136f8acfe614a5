import type { DateSystem } from "../dates/excelSerial";
import type { Result } from "../failure";
import { monthEndWindow } from "./monthEndWindow";

/**
 * The month-ends AR.DAYSLATETREND reports, from the month of `first` to the month of `last` (any
 * day stands for its month; one month is enough), checked as AR.ROLLRATES checks its window.
 *
 * @example
 * daysLateMonths(45672, 45747) //=> [45688, 45716, 45747]  (January to March 2025)
 */
export function daysLateMonths(first: number, last: number, system: DateSystem = 1900): Result<number[]> {
  return monthEndWindow(first, last, system, 1);
}
