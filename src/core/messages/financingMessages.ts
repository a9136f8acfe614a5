import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";
import { argZh } from "./zhWords";

const AMOUNT_ZH = { "insured turnover": "投保营业额", "at-risk amount": "风险敞口金额", deductible: "免赔额" } as const;
type InsuredAmount = keyof typeof AMOUNT_ZH;

/** Financing: rates, discounts, late interest, insurance, payment plans and the choices table. */
export const FINANCING_MESSAGES = defineMessages({
  rateRange: {
    en: (p: { name: string; percent: string; example: string; value: string }) =>
      `${p.name} must be between 0 and 1 (e.g. ${p.percent}% or ${p.example}); got ${p.value}`,
    zh: (p: { name: string; percent: string; example: string; value: string }) =>
      `${argZh(p.name)}必须在0至1之间（如${p.percent}%或${p.example}），当前为${p.value}`,
    sample: { name: "advance_rate", percent: "80", example: "0.8", value: "80" },
  },
  financeAmount: {
    en: (p: { value: string }) => `the selected invoices must add up to a positive amount to finance; got ${p.value}`,
    zh: (p: { value: string }) => `所选发票的合计金额必须大于0才能融资，当前为${p.value}`,
    sample: { value: "-20.00" },
  },
  datesNotWhole: {
    en: () => "as-of and the due date must be whole date serials",
    zh: () => "基准日和到期日必须是整数日期序列号",
  },
  habitNotFinite: {
    en: () => "the payment habit is not a finite number of days",
    zh: () => "付款习惯天数不是有效的数字",
  },
  termsNoDiscount: {
    en: (p: { text: string }) => `the terms ${quote(p.text)} have no early-payment discount (e.g. 2/10 net 30)`,
    zh: (p: { text: string }) => `付款条件${quoteZh(p.text)}没有提前付款折扣（如2/10 net 30）`,
    sample: { text: "Net 30" },
  },
  centsNegative: {
    en: (p: { which: InsuredAmount; value: string }) => `the ${p.which} must be 0 or more in whole cents; got ${p.value}`,
    zh: (p: { which: InsuredAmount; value: string }) => `${AMOUNT_ZH[p.which]}必须是不小于0的整数分，当前为${p.value}`,
    sample: { which: "at-risk amount", value: "-100" },
  },
  rateBasis: {
    en: (p: { value: string }) => `rate_basis must be "annual" or "daily"; got "${p.value}"`,
    zh: (p: { value: string }) => `rate_basis必须是“annual”或“daily”，当前为“${p.value}”`,
    sample: { value: "yearly" },
  },
  dayCount: {
    en: (p: { value: string }) => `day_count must be 365 or 360; got ${p.value}`,
    zh: (p: { value: string }) => `day_count必须是365或360，当前为${p.value}`,
    sample: { value: "366" },
  },
  interestNotFinite: {
    en: () => "amount and fixed_fee must be finite numbers",
    zh: () => "amount和fixed_fee必须是有效的数字",
  },
  interestDates: {
    en: () => "due_date and as_of must be date serials",
    zh: () => "due_date和as_of必须是日期序列号",
  },
  rateTableDaily: {
    en: () => 'a rate table holds annual rates; use rate_basis "annual"',
    zh: () => "利率表中是年利率，请将rate_basis设为“annual”",
  },
  rateTableEmpty: {
    en: () => "the rate table is empty; give rows of effective_from | annual rate",
    zh: () => "利率表为空，请按“生效日期、年利率”两列逐行填写",
  },
  rateTableDate: {
    en: () => "effective_from in the rate table must be a date",
    zh: () => "利率表中的生效日期必须是日期",
  },
  rateTableStartsLate: {
    en: () => "the rate table starts after the first day of interest; add a row in force from the day after the due date",
    zh: () => "利率表的起始日期晚于计息首日，请补充一行自到期日次日起生效的利率",
  },
  discountDaysNotFinite: {
    en: () => "discount_days and net_days must be finite numbers",
    zh: () => "discount_days和net_days必须是有效的数字",
  },
  netEqualsDiscount: {
    en: () => "net_days equals discount_days; there are no extra days to price",
    zh: () => "net_days等于discount_days，没有可计价的额外天数",
  },
  netBeforeDiscount: {
    en: (p: { discountDays: string; netDays: string }) =>
      `net_days must be later than discount_days (e.g. 10 and 30); got ${p.discountDays} and ${p.netDays}`,
    zh: (p: { discountDays: string; netDays: string }) =>
      `net_days必须晚于discount_days（如10和30），当前为${p.discountDays}和${p.netDays}`,
    sample: { discountDays: "30", netDays: "10" },
  },
  lossNotFinite: {
    en: () => "loss and deductible must be finite numbers",
    zh: () => "loss和deductible必须是有效的数字",
  },
  waitingDays: {
    en: (p: { value: string }) => `the insurance waiting period must be a whole number of days, 0 or more; got ${p.value}`,
    zh: (p: { value: string }) => `保险等待期必须是不小于0的整数天数，当前为${p.value}`,
    sample: { value: "-1" },
  },
  noSelection: {
    en: () => "no invoice with an open amount is selected",
    zh: () => "未选中任何有未付金额的发票",
  },
  planAmount: {
    en: (p: { value: string }) => `amount must be above 0 (e.g. 10000); got ${p.value}`,
    zh: (p: { value: string }) => `amount必须大于0（如10000），当前为${p.value}`,
    sample: { value: "0" },
  },
  installments: {
    en: (p: { max: number; value: string }) => `installments must be a whole number from 1 to ${p.max} (e.g. 12); got ${p.value}`,
    zh: (p: { max: number; value: string }) => `installments必须是1至${p.max}之间的整数（如12），当前为${p.value}`,
    sample: { max: 1200, value: "0" },
  },
  intervalMonths: {
    en: (p: { value: string }) => `interval_months must be a whole number of months, 1 or more (e.g. 1 or 3); got ${p.value}`,
    zh: (p: { value: string }) => `interval_months必须是不小于1的整数月数（如1或3），当前为${p.value}`,
    sample: { value: "0.5" },
  },
  installmentAfterMaxDate: {
    en: (p: { installment: number }) => `installment ${p.installment} would fall after 9999-12-31`,
    zh: (p: { installment: number }) => `第${p.installment}期将晚于9999年12月31日`,
    sample: { installment: 12 },
  },
});
