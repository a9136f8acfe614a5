import Decimal from "decimal.js";
import { Money } from "../money/money";

/**
 * A credit limit as a decision rather than a computation: rounded DOWN to two significant figures
 * (94,285.71 → 94,000; 1,234 → 1,200), and below 100 down to whole units (99.70 → 99, 5.70 → 5),
 * never up, so the rounding never grants more than the rule allows. 0 or less is 0.
 *
 * @example
 * roundDownLimit(new Money("94285.71")).toNumber() //=> 94000
 */
export function roundDownLimit(amount: Decimal): Decimal {
  if (amount.lte(0)) return new Money(0);
  if (amount.lt(100)) return amount.toDecimalPlaces(0, Decimal.ROUND_DOWN);
  return amount.toSignificantDigits(2, Decimal.ROUND_DOWN);
}
