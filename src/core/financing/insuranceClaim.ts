import Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { Money, moneyToNumber } from "../money/money";
import type { Amount } from "../metrics/sumAmounts";
import { checkRate } from "./checkRate";
import { FINANCING_MESSAGES as M } from "../messages/financingMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/**
 * Credit-insurance indemnity: max(0, loss − deductible) × indemnity_rate. Policies cover a share
 * of the insured loss (commonly 90%) above any deductible.
 *
 * @param loss - the insured loss, e.g. 50000
 * @param indemnityRate - fraction indemnified, default 0.9
 * @param deductible - the first-loss amount the insured bears, default 0
 * @returns money, to the cent
 *
 * @example
 * insuranceClaim(50000, 0.9, 5000) //=> 40500
 */
export function insuranceClaim(loss: Amount, indemnityRate: number | Decimal = 0.9, deductible: Amount = 0): Result<number> {
  const rate = checkRate(indemnityRate, { name: "indemnity_rate", example: "0.9" });
  if (isFailure(rate)) return rate;
  const lossValue = new Money(loss);
  const deductibleValue = new Money(deductible);
  if (!lossValue.isFinite() || !deductibleValue.isFinite()) return fail("unreadable", M.lossNotFinite());
  if (deductibleValue.isNegative())
    return fail(
      "outOfRange",
      NUMBER_MESSAGES.zeroOrMoreExample({ name: "deductible", example: "5000", value: deductibleValue.toString() }),
    );
  const covered = Money.max(0, lossValue.minus(deductibleValue));
  return moneyToNumber(covered.times(rate));
}
