import Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { checkRate } from "./checkRate";
import { FINANCING_MESSAGES as M } from "../messages/financingMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/**
 * Annual cost of forgoing an early-payment discount. Paying on day N instead of day D borrows
 * (1 − d) for N − D days at a price of d. Simple: d/(1−d) × 365/(N−D) (2/10 net 30 → 0.3724);
 * compound: (1 + d/(1−d))^(365/(N−D)) − 1 (→ 0.4459). Terms text is read elsewhere
 * (parsePaymentTerms); this takes the numbers.
 *
 * @param discount - the discount as a fraction in [0, 1), e.g. 0.02
 * @param discountDays - days within which the discount applies, e.g. 10
 * @param netDays - days until the full amount is due, e.g. 30
 * @param compound - TRUE for the compounded (effective) rate
 * @returns the annual rate as a fraction, unrounded
 *
 * @example
 * discountApr(0.02, 10, 30) //=> 0.37244897959183676
 */
export function discountApr(discount: number | Decimal, discountDays: number, netDays: number, compound = false): Result<number> {
  const d = checkRate(discount, { name: "discount", example: "0.02", oneExcluded: true });
  if (isFailure(d)) return d;
  if (!Number.isFinite(discountDays) || !Number.isFinite(netDays)) return fail("unreadable", M.discountDaysNotFinite());
  if (discountDays < 0)
    return fail(
      "outOfRange",
      NUMBER_MESSAGES.zeroOrMoreExample({ name: "discount_days", example: "10", value: String(discountDays) }),
    );
  if (netDays === discountDays) return fail("divideByZero", M.netEqualsDiscount());
  if (netDays < discountDays)
    return fail("outOfRange", M.netBeforeDiscount({ discountDays: String(discountDays), netDays: String(netDays) }));

  const periodRate = d.dividedBy(new Money(1).minus(d));
  const periodsPerYear = new Money(365).dividedBy(netDays - discountDays);
  if (compound) return periodRate.plus(1).pow(periodsPerYear).minus(1).toNumber();
  return periodRate.times(periodsPerYear).toNumber();
}
