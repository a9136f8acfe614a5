import type Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { FINANCING_MESSAGES } from "../messages/financingMessages";
import { defineMessages } from "../messages/message";
import { parsePaymentTerms } from "../terms/parsePaymentTerms";

/** An early-payment discount and its days, as AR.DISCOUNTAPR prices it. */
export interface DiscountTerms {
  /** The discount as a fraction, e.g. 0.02. */
  readonly discount: number | Decimal;
  readonly discountDays: number;
  readonly netDays: number;
}

/** What AR.DISCOUNTAPR says when the day counts a discount needs are missing. */
export const DISCOUNT_TERMS_MESSAGES = defineMessages({
  daysBlank: {
    en: (p: { name: string }) => `${p.name} is blank; give it, or terms text such as 2/10 net 30`,
    zh: (p: { name: string }) => `${p.name}为空，请填写，或改用付款条件文本（如2/10 net 30）`,
    sample: { name: "discount_days" },
  },
});
const M = DISCOUNT_TERMS_MESSAGES;

/**
 * The discount and its days, from a discount given as a fraction (a number: the day counts must
 * be given too) or from terms text such as "2/10 net 30" (the day counts come from the text, and
 * any given are not used).
 *
 * @param given - the discount as a fraction, or the terms as written
 * @param discountDays - days within which the discount applies, or null when not given
 * @param netDays - days until the full amount is due, or null when not given
 *
 * @example
 * discountTerms("2/10 net 30", null, null) //=> { discount: Decimal(0.02), discountDays: 10, netDays: 30 }
 */
export function discountTerms(
  given: number | string | boolean,
  discountDays: number | null,
  netDays: number | null,
): Result<DiscountTerms> {
  if (typeof given === "number") {
    if (discountDays === null) return fail("missing", M.daysBlank({ name: "discount_days" }));
    if (netDays === null) return fail("missing", M.daysBlank({ name: "net_days" }));
    return { discount: given, discountDays, netDays };
  }
  const terms = parsePaymentTerms(given);
  if (isFailure(terms)) return terms;
  if (terms.discount === undefined) return fail("unreadable", FINANCING_MESSAGES.termsNoDiscount({ text: String(given) }));
  return { discount: terms.discount.rate, discountDays: terms.discount.days, netDays: terms.netDays };
}
