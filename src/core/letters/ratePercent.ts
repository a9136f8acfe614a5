import Decimal from "decimal.js";
import { Money } from "../money/money";

/**
 * A rate fraction as a percent for a letter, exact and without trailing zeros: 0.1215 → "12.15%",
 * 0.0005 → "0.05%". Decimal arithmetic, so 0.07 does not print as 7.000000000000001%.
 *
 * @example
 * ratePercent(0.1215) //=> "12.15%"
 */
export function ratePercent(rate: number | Decimal): string {
  return `${new Money(rate).times(100).toFixed()}%`;
}
