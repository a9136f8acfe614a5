import { defineMessages } from "./message";

/** The ledger's header and columns, and the scan's settings. */
export const LEDGER_MESSAGES = defineMessages({
  noHeaderRow: {
    en: () => "no header row found: a row needs at least three headers such as Customer, Amount, Due date",
    zh: () => "未找到表头行：至少需要一行含有三个可识别的列名，如客户、金额、到期日",
  },
  noCustomerColumn: {
    en: () => "the ledger has no customer column (Customer, Client…)",
    zh: () => "台账中没有客户列（客户、客户名称、购货单位…）",
  },
  noAmountColumn: {
    en: () => "the ledger has no amount column (Amount, Open amount…)",
    zh: () => "台账中没有金额列（金额、发票金额、未付金额…）",
  },
  noDueDateColumn: {
    en: () => "the ledger has no due-date column (Due date, Payment due…), nor invoice date and terms to compute it",
    zh: () => "台账中没有到期日列（到期日、应付日期…），也没有可据以推算到期日的开票日期和付款条件",
  },
  reminderInterval: {
    en: (p: { value: string }) => `the minimum reminder interval must be whole days, 0 or more; got ${p.value}`,
    zh: (p: { value: string }) => `最短催收间隔必须是不小于0的整数天数，当前为${p.value}`,
    sample: { value: "1.5" },
  },
  reviewThreshold: {
    en: (p: { value: string }) => `review threshold must be 0 or more (e.g. 0.1); got ${p.value}`,
    zh: (p: { value: string }) => `复核阈值不能小于0（如0.1），当前为${p.value}`,
    sample: { value: "-0.1" },
  },
});
