import Decimal from "decimal.js";
import { isFailure, type Result } from "../failure";
import { Money, moneyToNumber } from "../money/money";
import type { Amount } from "../metrics/sumAmounts";
import { checkRate } from "./checkRate";

/** The advance rate's rule: a fraction in (0, 1], typically 0.7–0.9. */
export const ADVANCE_RATE_RULE = { name: "advance_rate", example: "0.8", zeroExcluded: true } as const;

/**
 * Cash a factor advances on an invoice: amount × advance_rate, rounded to the cent.
 *
 * @param amount - invoice amount, e.g. 10000
 * @param advanceRate - fraction advanced, in (0, 1], e.g. 0.8
 * @returns money, to the cent
 *
 * @example
 * factorAdvance(10000, 0.8) //=> 8000
 */
export function factorAdvance(amount: Amount, advanceRate: number | Decimal): Result<number> {
  const rate = checkRate(advanceRate, ADVANCE_RATE_RULE);
  if (isFailure(rate)) return rate;
  return moneyToNumber(new Money(amount).times(rate));
}
