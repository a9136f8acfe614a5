import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { isBlankAmount, sumAmounts, type AmountCells } from "./sumAmounts";
import { NUMBER_MESSAGES } from "../messages/numberMessages";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Credit use: outstanding / credit limit (1.25 = 125% of the limit used). The outstanding amount
 * is the customer's open balance as src/core/ledger/balances.ts defines it — every open amount,
 * disputed invoices included and credit notes netted — not its overdue amount: the limit caps
 * what the customer owes, due or not.
 *
 * @param outstanding - the customer's open balance (a range is summed, credit notes negative), e.g. 62500
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
  if (isBlankAmount(creditLimit)) return fail("missing", M.creditLimitBlank());
  const limitCents = sumAmounts(creditLimit, "credit_limit");
  if (isFailure(limitCents)) return limitCents;
  if (limitCents === 0) return fail("divideByZero", M.creditLimitZero());
  if (limitCents < 0)
    return fail(
      "outOfRange",
      NUMBER_MESSAGES.zeroOrMoreExample({ name: "credit_limit", example: "50000", value: String(limitCents / 100) }),
    );
  return new Money(outstandingCents).dividedBy(limitCents).toNumber();
}
