import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { checkDays } from "../metrics/checkDays";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/**
 * Fee periods a factor charges for: ceil(days / period_days), at least 1 — a factor bills each
 * started period in full, and an invoice paid on the day it is factored still pays one period.
 *
 * @param days - days the advance is outstanding, e.g. 45
 * @param periodDays - days per fee period, default 30
 * @returns the whole number of periods
 *
 * @example
 * factorPeriods(45) //=> 2
 */
export function factorPeriods(days: number, periodDays = 30): Result<number> {
  if (!Number.isFinite(days)) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: "days" }));
  if (days < 0)
    return fail("outOfRange", NUMBER_MESSAGES.zeroOrMoreExample({ name: "days", example: "45", value: String(days) }));
  const period = checkDays(periodDays, "period_days", "30");
  if (isFailure(period)) return period;
  // Decimal division: 0.3 / 0.1 style float drift must not bill an extra period.
  const periods = new Money(days).dividedBy(period).ceil().toNumber();
  return Math.max(1, periods);
}
