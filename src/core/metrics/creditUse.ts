import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { isBlankAmount, sumAmounts, type AmountCells } from "./sumAmounts";

/**
 * Credit use: outstanding / credit limit (1.25 = 125% of the limit used).
 *
 * @param outstanding - the customer's open balance (a range is summed), e.g. 62500
 * @param creditLimit - the customer's credit limit, e.g. 50000
 * @returns the fraction used, unrounded
 *
 * @example
 * creditUse(62500, 50000) //=> 1.25
 */
export function creditUse(outstanding: AmountCells, creditLimit: AmountCells): Result<number> {
  const outstandingCents = sumAmounts(outstanding, "outstanding");
  if (isFailure(outstandingCents)) return outstandingCents;
  // A blank limit is an unknown limit, not a zero one: #N/A (spec: blank required input), not
  // #DIV/0! or a review flagged against 0.
  if (isBlankAmount(creditLimit)) return fail("missing", "credit_limit is blank");
  const limitCents = sumAmounts(creditLimit, "credit_limit");
  if (isFailure(limitCents)) return limitCents;
  if (limitCents === 0) return fail("divideByZero", "credit_limit is 0; credit use needs a limit");
  if (limitCents < 0) return fail("outOfRange", `credit_limit must be 0 or more (e.g. 50000); got ${limitCents / 100}`);
  return new Money(outstandingCents).dividedBy(limitCents).toNumber();
}
