import Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { checkRate } from "../financing/checkRate";
import { Money } from "../money/money";
import { isBlankAmount, sumAmounts, type AmountCells } from "./sumAmounts";
import { NUMBER_MESSAGES } from "../messages/numberMessages";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Credit-review trigger: TRUE when the overdue amount reaches `threshold` × credit limit (default
 * 10%). Compared exactly in cents, so 5,000.00 overdue on a 50,000 limit is TRUE, not a float's
 * 4999.999… FALSE. Nothing overdue never triggers a review, even with a zero limit or threshold.
 *
 * @param overdueAmount - the customer's overdue balance (a range is summed), e.g. 5000
 * @param creditLimit - the customer's credit limit, e.g. 50000
 * @param threshold - fraction of the limit, default 0.10
 * @returns TRUE when a review is due
 *
 * @example
 * reviewFlag(5000, 50000) //=> true
 */
export function reviewFlag(
  overdueAmount: AmountCells,
  creditLimit: AmountCells,
  threshold: number | Decimal = 0.1,
): Result<boolean> {
  const rate = checkRate(threshold, { name: "threshold", example: "0.1" });
  if (isFailure(rate)) return rate;
  const overdueCents = sumAmounts(overdueAmount, "overdue_amount");
  if (isFailure(overdueCents)) return overdueCents;
  // A blank limit is an unknown limit, not a zero one: #N/A (spec: blank required input), not
  // #DIV/0! or a review flagged against 0.
  if (isBlankAmount(creditLimit)) return fail("missing", M.creditLimitBlank());
  const limitCents = sumAmounts(creditLimit, "credit_limit");
  if (isFailure(limitCents)) return limitCents;
  if (limitCents < 0)
    return fail(
      "outOfRange",
      NUMBER_MESSAGES.zeroOrMoreExample({ name: "credit_limit", example: "50000", value: String(limitCents / 100) }),
    );
  if (overdueCents <= 0) return false;
  return new Money(overdueCents).gte(rate.times(limitCents));
}
