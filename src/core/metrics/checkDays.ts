import { fail, type Result } from "../failure";
import { NUMBER_MESSAGES as M } from "../messages/numberMessages";

/**
 * Checks a count used as a divisor or period length (DSO's `days`, `period_days`, CEI's
 * `periods`): a zero is a zero denominator (#DIV/0!, as Excel shows for a division by an empty or
 * zero cell), a negative or non-finite count is out of range.
 *
 * @param value - the count
 * @param argName - the argument's name in messages, e.g. `days`
 * @param example - a typical value for the hint, default `365`
 * @param unit - what is counted, default `days`
 *
 * @example
 * checkDays(365, "days") //=> 365
 */
export function checkDays(value: number, argName: string, example = "365", unit: "days" | "periods" = "days"): Result<number> {
  if (!Number.isFinite(value)) return fail("unreadable", M.notFinite({ name: argName }));
  if (value === 0) return fail("divideByZero", M.daysZero({ name: argName, unit, example }));
  if (value < 0) return fail("outOfRange", M.daysNegative({ name: argName, unit, example, value: String(value) }));
  return value;
}
