import { defineMessages } from "../messages/message";

type Reason = { days: number; grade: string };
type Amount = { amount: string };

/**
 * The words of the Today worklist's core: the reasons written into the register's Reason column
 * for Done and Snooze (read back by `isDoneText` / `isSnoozedText`, so they must start with the
 * words those recognise), each item's reason line and its flags.
 */
export const TODAY_MESSAGES = defineMessages({
  /** Reason of a "Done" note. Leading word recognised by isDoneText. */
  doneReason: { en: () => "Done", zh: () => "已处理" },
  /** Reason of a "Snoozed" note (its Due by is the snooze's last day). Leading word recognised by isSnoozedText. */
  snoozedReason: { en: () => "Snoozed", zh: () => "暂缓" },
  /** Reason line of a customer to chase. */
  overdueReason: {
    en: (p: Reason) => `Oldest invoice ${p.days} ${p.days === 1 ? "day" : "days"} overdue · risk grade ${p.grade}`,
    zh: (p: Reason) => `最早一张发票已逾期${p.days}天，风险等级${p.grade}`,
    sample: { days: 47, grade: "D" },
  },
  /** Reason line of a customer whose promise to pay falls due today. */
  promiseDueReason: {
    en: () => "Promised to pay today: check that the payment came in",
    zh: () => "客户承诺今日付款：请核实是否到账",
  },
  promiseDueAmountReason: {
    en: (p: Amount) => `Promised to pay ${p.amount} today: check that the payment came in`,
    zh: (p: Amount) => `客户承诺今日付款${p.amount}：请核实是否到账`,
    sample: { amount: "$1,200.00" },
  },
  flagKeyAccount: { en: () => "Key account", zh: () => "重点客户" },
  flagPromiseDueToday: { en: () => "Promise due today", zh: () => "承诺今日付款" },
  flagBrokenPromise: { en: () => "Broken promise", zh: () => "付款承诺未兑现" },
  flagDisputed: { en: () => "Disputed invoices", zh: () => "有争议发票" },
});
