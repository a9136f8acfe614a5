import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "../money/money";
import { FINANCING_MESSAGES as M } from "../messages/financingMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/** How a rate argument is bounded and the example its message shows. */
export interface RateRule {
  /** The argument's name as the analyst sees it, e.g. `advance_rate`. */
  readonly name: string;
  /** A typical value as a fraction, shown with its percent form, e.g. `0.8` → "80% or 0.8". */
  readonly example: string;
  /** True when 0 itself is not allowed (an advance rate of 0 advances nothing). */
  readonly zeroExcluded?: boolean;
  /** True when 1 itself is not allowed (a 100% discount has no cost to compare). */
  readonly oneExcluded?: boolean;
}

/**
 * Reads a rate given as a fraction in [0, 1] (bounds optionally open). The usual mistake is typing
 * 80 for 80%, so the message shows both forms: "advance_rate must be between 0 and 1 (e.g. 80% or
 * 0.8); got 80".
 *
 * @example
 * checkRate(0.8, { name: "advance_rate", example: "0.8", zeroExcluded: true }) //=> Decimal(0.8)
 */
export function checkRate(value: number | Decimal, rule: RateRule): Result<Decimal> {
  const rate = new Money(value);
  if (!rate.isFinite()) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: rule.name }));
  const belowRange = rule.zeroExcluded ? rate.lte(0) : rate.lt(0);
  const aboveRange = rule.oneExcluded ? rate.gte(1) : rate.gt(1);
  if (belowRange || aboveRange) {
    const percent = new Money(rule.example).times(100).toString();
    return fail("outOfRange", M.rateRange({ name: rule.name, percent, example: rule.example, value: rate.toString() }));
  }
  return rate;
}
