import { defineMessages } from "../core/messages/message";

/**
 * The customer list's recommended-limit line, in English and Chinese. The reason
 * (core/credit/creditLimitReason.ts) already names the limit, the figure that bound it and the
 * current limit ("USD 94,000: peak … ; current 100,000 — lower"); this only introduces it.
 */
export const CUSTOMER_LIMIT_MESSAGES = defineMessages({
  recommended: {
    en: (p: { reason: string }) => `Recommended limit ${p.reason}`,
    zh: (p: { reason: string }) => `建议信用额度${p.reason}`,
    sample: { reason: "USD 94,000: peak 120,000 at 30-day terms; current 100,000 — lower" },
  },
});
