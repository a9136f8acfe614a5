import { defineMessages } from "./message";

const METRIC_ZH = { DSO: "应收账款周转天数", BPDSO: "最佳周转天数", ADD: "平均逾期天数" } as const;
type Metric = keyof typeof METRIC_ZH;

/** Receivables metrics (DSO, CEI, turnover, concentration, averages) that have no answer. */
export const METRICS_MESSAGES = defineMessages({
  noPaidRowsInvoice: {
    en: () => "no row has both an invoice date and a paid date",
    zh: () => "没有同时填写开票日期和付款日期的行",
  },
  noPaidRowsDue: {
    en: () => "no row has both a due date and a paid date",
    zh: () => "没有同时填写到期日和付款日期的行",
  },
  weightsSumZero: {
    en: () => "the amounts of the rows averaged sum to 0",
    zh: () => "参与平均的各行金额合计为0",
  },
  salesZero: {
    en: (p: { metric: Metric }) => `credit_sales sum to 0; ${p.metric} needs the period's credit sales`,
    zh: (p: { metric: Metric }) => `credit_sales合计为0，计算${METRIC_ZH[p.metric]}需要该期间的赊销额`,
    sample: { metric: "DSO" },
  },
  averageReceivablesZero: {
    en: () => "average_receivables is 0; turnover needs a receivables balance",
    zh: () => "average_receivables为0，计算周转率需要应收账款余额",
  },
  liabilitiesZero: {
    en: () => "current_liabilities is 0; the cash ratio needs liabilities to cover",
    zh: () => "current_liabilities为0，计算现金比率需要有流动负债",
  },
  nothingCollectable: {
    en: () => "beginning_receivables + credit_sales − ending_current_receivables is 0; nothing was collectable",
    zh: () => "beginning_receivables + credit_sales − ending_current_receivables为0，没有可收回的款项",
  },
  topN: {
    en: (p: { value: string }) => `top_n must be a whole number of customers, 1 or more (e.g. 5); got ${p.value}`,
    zh: (p: { value: string }) => `top_n必须是不小于1的整数客户数（如5），当前为${p.value}`,
    sample: { value: "0" },
  },
  customerBlank: {
    en: (p: { row: number }) => `customer is blank in row ${p.row}, which has an amount`,
    zh: (p: { row: number }) => `第${p.row}行有金额，但客户为空`,
    sample: { row: 4 },
  },
  noPositiveBalance: {
    en: () => "no customer has a positive balance to share",
    zh: () => "没有余额为正的客户，无法计算占比",
  },
  countbackShape: {
    en: () => "period_days must be one number or have one entry per period_sales entry",
    zh: () => "period_days必须是一个数字，或与period_sales逐项对应",
  },
  countbackNegative: {
    en: (p: { value: string }) => `receivables must total 0 or more for a countback; got ${p.value}`,
    zh: (p: { value: string }) => `倒推法要求receivables合计不小于0，当前为${p.value}`,
    sample: { value: "-120.5" },
  },
  countbackExceeds: {
    en: () => "receivables exceed the sales history given",
    zh: () => "receivables超过了所给的全部销售额",
  },
  periodDaysBlank: {
    en: (p: { period: number }) => `period_days is blank for period ${p.period}`,
    zh: (p: { period: number }) => `第${p.period}期的period_days为空`,
    sample: { period: 2 },
  },
  creditLimitBlank: {
    en: () => "credit_limit is blank",
    zh: () => "credit_limit为空",
  },
  creditLimitZero: {
    en: () => "credit_limit is 0; credit use needs a limit",
    zh: () => "credit_limit为0，计算额度占用需要有信用额度",
  },
  scoreNotNumber: {
    en: () => "score must be a number from 0 to 100",
    zh: () => "score必须是0至100之间的数字",
  },
  scoreRange: {
    en: (p: { value: string }) => `score must be between 0 and 100; got ${p.value}`,
    zh: (p: { value: string }) => `score必须在0至100之间，当前为${p.value}`,
    sample: { value: "120" },
  },
});
