import { endOfMonthSerial } from "../dates/calendarSteps";
import { formatIsoDate, type DateSystem } from "../dates/excelSerial";
import { fail, type Result } from "../failure";
import { PAYMENT_TREND_MESSAGES as M } from "../messages/paymentTrendMessages";
import { MAX_MONTH_ENDS, monthEndsBetween } from "./monthEnds";

/**
 * The month-ends AR.DAYSLATETREND reports, from the month of `first` to the month of `last` (any
 * day stands for its month; one month is enough), checked: the first month must not come after the
 * last, and at most MAX_MONTH_ENDS of them.
 *
 * @example
 * daysLateMonths(45672, 45747) //=> [45688, 45716, 45747]  (January to March 2025)
 */
export function daysLateMonths(first: number, last: number, system: DateSystem = 1900): Result<number[]> {
  const lastEnd = endOfMonthSerial(last, 0, system);
  if (endOfMonthSerial(first, 0, system) > lastEnd)
    return fail("outOfRange", M.firstAfterLast({ first: formatIsoDate(first, system), last: formatIsoDate(last, system) }));
  const ends = monthEndsBetween(first, last, system);
  if (ends[ends.length - 1] !== lastEnd) return fail("outOfRange", M.tooManyMonths({ max: MAX_MONTH_ENDS }));
  return ends;
}
