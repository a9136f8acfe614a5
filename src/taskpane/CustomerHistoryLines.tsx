import { Text } from "@fluentui/react-components";
import type { CustomerCreditLimit } from "../core/credit/customerCreditLimits";
import type { Language } from "../core/language";
import type { CustomerSummary } from "../core/ledger/ledgerAnalysisTypes";
import { PAYMENT_TREND_MESSAGES } from "../core/messages/paymentTrendMessages";
import { messageText } from "../core/messages/message";
import { CUSTOMER_LIMIT_MESSAGES } from "./customerLimitMessages";

export interface CustomerHistoryLinesProps {
  readonly customer: CustomerSummary;
  /** The customer's recommended limit (core/credit/customerCreditLimits.ts); none: no line. */
  readonly limit: CustomerCreditLimit | undefined;
  readonly language: Language;
}

/**
 * What a customer card says from the customer's own history: how it usually pays and which way
 * that moves ("usually pays 12 days late, worsening", from the scan's payment trend), and the
 * recommended credit limit with its reason beside the current one. A line whose figure is unknown
 * (no payment in the trend window, no recommendation) is left out rather than shown as 0.
 */
export function CustomerHistoryLines({ customer, limit, language }: CustomerHistoryLinesProps) {
  const trend = customer.paymentTrend;
  const usual = trend?.usualDaysLate ?? null;
  return (
    <>
      {trend !== undefined && usual !== null && (
        <Text size={200} data-figure="payment-trend">
          {messageText(PAYMENT_TREND_MESSAGES.usually({ days: Math.round(usual), direction: trend.direction }), language)}
        </Text>
      )}
      {limit !== undefined && (
        <Text size={200} data-figure="recommended-limit">
          {messageText(CUSTOMER_LIMIT_MESSAGES.recommended({ reason: messageText(limit.reason, language) }), language)}
        </Text>
      )}
    </>
  );
}
