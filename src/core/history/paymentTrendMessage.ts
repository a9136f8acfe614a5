import type { Message } from "../messages/message";
import { PAYMENT_TREND_MESSAGES as M } from "../messages/paymentTrendMessages";
import type { PaymentTrend } from "./paymentTrend";
import { TREND_MONTHS } from "./trendWindow";

/**
 * A customer's payment trend in words, for the customer list and any other view ("usually pays
 * 12 days late, worsening"): the usual days late rounded to whole days (half up), the direction
 * left out while unknown; "no payment in the last 12 months" without any.
 *
 * @example
 * paymentTrendMessage({ usualDaysLate: 12.4, slopePerMonth: 5, direction: "worsening", months: 4 }).en
 * //=> "usually pays 12 days late, worsening"
 */
export function paymentTrendMessage(trend: PaymentTrend): Message {
  if (trend.usualDaysLate === null) return M.noRecentPayments({ months: TREND_MONTHS });
  return M.usually({ days: Math.round(trend.usualDaysLate), direction: trend.direction });
}
