import { endOfMonthSerial } from "../dates/calendarSteps";
import { formatIsoDate, type DateSystem } from "../dates/excelSerial";
import { fail, type Result } from "../failure";
import { HISTORY_MESSAGES as M } from "../messages/historyMessages";
import { MAX_MONTH_ENDS, monthEndsBetween } from "./monthEnds";

/**
 * The month-ends of a history from its first to its last month (both included), checked: the first
 * month must not come after the last, at most MAX_MONTH_ENDS of them, and at least `least` — two
 * for roll rates (one pair that can roll, AR.ROLLRATES), one for days late by month
 * (AR.DAYSLATETREND). One check, so both functions refuse a window in the same words.
 *
 * @example
 * monthEndWindow(45688, 45777) //=> [45688, 45716, 45747, 45777]
 * monthEndWindow(45672, 45688, 1900, 1) //=> [45688]
 */
export function monthEndWindow(first: number, last: number, system: DateSystem = 1900, least: 1 | 2 = 2): Result<number[]> {
  const firstEnd = endOfMonthSerial(first, 0, system);
  const lastEnd = endOfMonthSerial(last, 0, system);
  if (firstEnd > lastEnd) {
    return fail("outOfRange", M.monthEndsOrder({ first: formatIsoDate(first, system), last: formatIsoDate(last, system) }));
  }
  if (least === 2 && firstEnd === lastEnd) return fail("outOfRange", M.monthEndsTooFew({ only: formatIsoDate(lastEnd, system) }));
  const ends = monthEndsBetween(first, last, system);
  if (ends[ends.length - 1] !== lastEnd) return fail("outOfRange", M.monthEndsTooMany({ max: MAX_MONTH_ENDS }));
  return ends;
}
