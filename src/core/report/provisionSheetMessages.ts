import { defineMessages } from "../messages/message";

/**
 * The AR Provision sheet: its labels (written as text, never as formulas), the note a formula shows
 * where a bucket has a balance but no roll-rate history, and why a plan cannot be made.
 */
export const PROVISION_SHEET_MESSAGES = defineMessages({
  title: {
    en: (p: { currency: string }) => `Provision matrix ${p.currency}`,
    zh: (p: { currency: string }) => `减值准备矩阵（${p.currency}）`,
    sample: { currency: "USD" },
  },
  noCurrency: { en: () => "(no currency)", zh: () => "（无币种）" },
  currency: { en: () => "Currency", zh: () => "币种" },
  inputs: {
    en: () => "Inputs (edit these; every figure below reads them)",
    zh: () => "参数（可修改，下方所有数字均引用这些单元格）",
  },
  asOf: { en: () => "As of", zh: () => "基准日" },
  finalLossRate: { en: () => "Final loss rate", zh: () => "最终损失率" },
  adjustment: { en: () => "Forward-looking adjustment", zh: () => "前瞻性调整" },
  lastMonthEnd: { en: () => "Last month-end", zh: () => "最后一个月末" },
  firstMonthEnd: { en: () => "First month-end", zh: () => "第一个月末" },
  snapshots: {
    en: () => "1. Open invoices at each month-end, by bucket (credit notes left out)",
    zh: () => "一、各月末未收发票按账龄分布（不含贷项通知单）",
  },
  monthEnd: { en: () => "Month-end", zh: () => "月末" },
  rolled: {
    en: () => "2. Amount in the bucket at this month-end still open and in a later bucket at the next",
    zh: () => "二、本月末在该账龄段、下月末仍未收且已转入更后账龄段的金额",
  },
  fromMonthEnd: { en: () => "From month-end", zh: () => "起始月末" },
  rollRates: {
    en: () => "3. Roll rates: rolled ÷ balance (blank where the bucket had no balance)",
    zh: () => "三、滚动率：转入金额÷余额（该账龄段无余额时留空）",
  },
  pooledRate: { en: () => "Pooled roll rate", zh: () => "合并滚动率" },
  pooledBalance: { en: () => "Balance", zh: () => "余额" },
  lossRates: {
    en: () => "4. Loss rates: roll rates to the oldest bucket × final loss rate × (1 + adjustment), at most 100%",
    zh: () => "四、损失率：至最后账龄段的滚动率连乘×最终损失率×（1＋调整），最高100%",
  },
  bucket: { en: () => "Bucket", zh: () => "账龄段" },
  lossRate: { en: () => "Loss rate", zh: () => "损失率" },
  provisionSection: {
    en: () => "5. Provision at the as-of date (each bucket rounded to the cent)",
    zh: () => "五、基准日减值准备（各账龄段四舍五入到分）",
  },
  balanceAtAsOf: { en: () => "Balance", zh: () => "余额" },
  provision: { en: () => "Provision", zh: () => "减值准备" },
  total: { en: () => "Total", zh: () => "合计" },
  note: { en: () => "Note", zh: () => "说明" },
  noRateNote: {
    en: () => "balance but no roll-rate history: no provision computed",
    zh: () => "有余额但无滚动率历史，未计提",
  },
  needsInvoiceDate: {
    en: () => "the provision matrix needs an invoice-date column (an invoice is open at a month-end only once issued)",
    zh: () => "减值准备矩阵需要开票日期列（发票开出后才计入月末余额）",
  },
  needsPaidDate: {
    en: () => "the provision matrix needs a paid-date column (it tells when each invoice stopped being open)",
    zh: () => "减值准备矩阵需要付款日期列（据此判断发票何时结清）",
  },
  months: {
    en: (p: { value: string }) => `the month-end window must be 2 to 120 whole months; got ${p.value}`,
    zh: (p: { value: string }) => `月末区间必须为2至120个整月，当前为${p.value}`,
    sample: { value: "1" },
  },
  finalRate: {
    en: (p: { value: string }) => `the final loss rate must be a share from 0 to 1 (e.g. 1 for 100%); got ${p.value}`,
    zh: (p: { value: string }) => `最终损失率必须是0至1之间的比例（如1表示100%），当前为${p.value}`,
    sample: { value: "1.5" },
  },
  adjustmentRange: {
    en: (p: { value: string }) => `the forward-looking adjustment must be from -1 to 10 (e.g. 0.1 for +10%); got ${p.value}`,
    zh: (p: { value: string }) => `前瞻性调整必须在-1至10之间（如0.1表示上调10%），当前为${p.value}`,
    sample: { value: "-2" },
  },
});
