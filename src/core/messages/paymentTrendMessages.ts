import { defineMessages } from "./message";

/** How a customer's days late move (src/core/history/paymentTrend.ts `TrendDirection`). */
type Direction = "worsening" | "improving" | "steady" | "unknown";

const DIRECTION_EN: Record<Direction, string> = {
  worsening: ", worsening",
  improving: ", improving",
  steady: ", steady",
  unknown: "",
};
const DIRECTION_ZH: Record<Direction, string> = {
  worsening: "，且在恶化",
  improving: "，且在改善",
  steady: "，保持稳定",
  unknown: "",
};

/**
 * Payment behaviour over time, in words: the customer list's "usually pays 12 days late,
 * worsening", the AR.DAYSLATETREND header and its errors. One table so that the pane, the sheets
 * and the functions say the same thing.
 */
export const PAYMENT_TREND_MESSAGES = defineMessages({
  usually: {
    en: (p: { days: number; direction: Direction }) =>
      p.days === 0
        ? `usually pays on time${DIRECTION_EN[p.direction]}`
        : `usually pays ${p.days} ${p.days === 1 ? "day" : "days"} late${DIRECTION_EN[p.direction]}`,
    zh: (p: { days: number; direction: Direction }) =>
      p.days === 0 ? `通常按时付款${DIRECTION_ZH[p.direction]}` : `通常逾期${p.days}天付款${DIRECTION_ZH[p.direction]}`,
    sample: { days: 12, direction: "worsening" },
  },
  noRecentPayments: {
    en: (p: { months: number }) => `no payment in the last ${p.months} months`,
    zh: (p: { months: number }) => `近${p.months}个月没有付款记录`,
    sample: { months: 12 },
  },
  monthHeader: { en: () => "Month", zh: () => "月份" },
  daysLateHeader: { en: () => "Days late", zh: () => "逾期天数" },
  paidCountHeader: { en: () => "Invoices paid", zh: () => "已付发票数" },
});
