import { defineMessages } from "./message";

/** The cash-in forecast and its formula. */
export const CASH_FORECAST_MESSAGES = defineMessages({
  periodsMax: {
    en: (p: { max: number; value: string }) => `periods must be at most ${p.max} (a sheet's rows); got ${p.value}`,
    zh: (p: { max: number; value: string }) => `periods最多为${p.max}（一个工作表的行数），当前为${p.value}`,
    sample: { max: 1048571, value: "2000000" },
  },
  driversTop: {
    en: (p: { value: string }) => `top must be a whole number of at least 1 (e.g. 10); got ${p.value}`,
    zh: (p: { value: string }) => `列出的客户数必须是不小于1的整数（如10），当前为${p.value}`,
    sample: { value: "0" },
  },
  noDataRows: {
    en: () => "the ledger has no data rows to forecast",
    zh: () => "台账中没有可预测的数据行",
  },
  noCustomerColumn: {
    en: () => "the ledger has no customer column",
    zh: () => "台账中没有客户列",
  },
  needsDueColumn: {
    en: () => "AR.CASHFORECAST needs a due-date column; this ledger's due dates come from its terms",
    zh: () => "AR.CASHFORECAST需要到期日列，而此台账的到期日是按付款条件推算的",
  },
  noAmountColumn: {
    en: () => "the ledger has no amount column",
    zh: () => "台账中没有金额列",
  },
});
