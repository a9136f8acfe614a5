import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";

type Who = { customer: string; currency: string };
const whoEn = (p: Who): string => `${quote(p.customer)}${p.currency === "" ? "" : ` in ${p.currency}`}`;
const whoZh = (p: Who): string => `客户${quoteZh(p.customer)}${p.currency === "" ? "" : `（${p.currency}）`}`;
const WHO: Who = { customer: "Acme Ltd", currency: "USD" };

/** Reminder letters that cannot be drafted. */
export const LETTERS_MESSAGES = defineMessages({
  payByDays: {
    en: (p: { max: number; value: string }) =>
      `pay-by days must be a whole number from 0 to ${p.max} (e.g. 7 or 10); got ${p.value}`,
    zh: (p: { max: number; value: string }) => `付款期限天数必须是0至${p.max}之间的整数（如7或10），当前为${p.value}`,
    sample: { max: 366, value: "400" },
  },
  openNotCents: {
    en: (p: { invoice: string }) => `open amount of ${p.invoice} must be whole cents`,
    zh: (p: { invoice: string }) => `发票${p.invoice}的未付金额必须是整数分`,
    sample: { invoice: "INV-7" },
  },
  dueNotDate: {
    en: (p: { invoice: string }) => `due date of ${p.invoice} is not a date`,
    zh: (p: { invoice: string }) => `发票${p.invoice}的到期日不是日期`,
    sample: { invoice: "INV-7" },
  },
  allDisputed: {
    en: (p: Who) => `every open invoice of ${whoEn(p)} is disputed: nothing to remind`,
    zh: (p: Who) => `${whoZh(p)}的未付发票均有争议，无需催收`,
    sample: WHO,
  },
  nothingOpen: {
    en: (p: Who) => `${whoEn(p)} has no open invoice to remind`,
    zh: (p: Who) => `${whoZh(p)}没有需要催收的未付发票`,
    sample: WHO,
  },
  amountsTooLarge: {
    en: (p: Who) => `the amounts of ${whoEn(p)} are too large to total exactly in cents`,
    zh: (p: Who) => `${whoZh(p)}的金额过大，无法精确到分合计`,
    sample: WHO,
  },
  creditsCover: {
    en: (p: Who & { courtesy: boolean }) =>
      `open credit notes cover the ${p.courtesy ? "invoices falling due" : "overdue invoices"} of ${whoEn(p)}: nothing to demand`,
    zh: (p: Who & { courtesy: boolean }) =>
      `${whoZh(p)}的红字发票已足以抵销其${p.courtesy ? "即将到期的发票" : "逾期发票"}，无可催收金额`,
    sample: { ...WHO, courtesy: false },
  },
  discountNeedsTerms: {
    en: (p: { terms: string }) =>
      `the early-payment discount needs terms with a discount (e.g. 2/10 net 30) or a text; got ${quote(p.terms)}`,
    zh: (p: { terms: string }) => `提前付款折扣需要含折扣的付款条件（如2/10 net 30）或自定义文字，当前为${quoteZh(p.terms)}`,
    sample: { terms: "Net 30" },
  },
  waiting: {
    en: (p: Who & { date: string }) => `${whoEn(p)} was reminded recently: the next step is to wait until ${p.date}`,
    zh: (p: Who & { date: string }) => `${whoZh(p)}近期已催收，下一步为等待至${p.date}`,
    sample: { ...WHO, date: "2025-07-04" },
  },
  allPromised: {
    en: (p: Who) => `every overdue invoice of ${whoEn(p)} is promised: nothing to demand until the promise lapses`,
    zh: (p: Who) => `${whoZh(p)}的逾期发票均已承诺付款，承诺到期前无需催收`,
    sample: WHO,
  },
  smallBalance: {
    en: (p: Who & { amount: string; threshold: string }) =>
      `${whoEn(p)} owes ${p.amount}, below the small-balance threshold of ${p.threshold}: no letter`,
    zh: (p: Who & { amount: string; threshold: string }) =>
      `${whoZh(p)}应付${p.amount}，低于小额余额门槛${p.threshold}，不发催款函`,
    sample: { ...WHO, amount: "$25.00", threshold: "$50.00" },
  },
});
