import { defineMessages } from "../../core/messages/message";

type Currency = { currency: string };
type Range = { low: string; high: string };
type Record = { monthEnds: number; wape: string; nominal: string; coverage: string };
type Unscored = { monthEnds: number; wape: string };
type Empty = { monthEnds: number; weeks: number };

/** "Over the last 12 month-ends" — or the one month-end when there is only one. */
const lastMonthEnds = (n: number) => (n === 1 ? "At the last month-end" : `Over the last ${n} month-ends`);
const lastMonthEndsZh = (n: number) => (n === 1 ? "在最近一个月末" : `在过去${n}个月末`);

/**
 * The Forecast view's words for the method switch, the P10–P90 band and the forecast's track
 * record (its backtest on the ledger's own history), in English and Chinese. The figures come from
 * core/forecast/distribution (probabilisticForecast, backtestForecast); these only label them.
 */
export const FORECAST_TRACK_MESSAGES = defineMessages({
  method: { en: () => "Forecast method", zh: () => "预测方法" },
  methodDistribution: { en: () => "Distribution", zh: () => "按付款分布" },
  methodPoint: { en: () => "Average days late", zh: () => "按平均逾期天数" },
  methodDistributionHint: {
    en: () =>
      "Each open invoice is spread over the weeks by how its customer has paid, given it is still unpaid today; the band holds the week's total 8 times in 10. The live AR.CASHFORECAST formula gives the same.",
    zh: () =>
      "每张未收发票按其客户以往的付款情况（并考虑截至今日仍未付款）分摊到各周；区间有八成把握涵盖当周回款合计。实时公式AR.CASHFORECAST的结果相同。",
  },
  methodPointHint: {
    en: () =>
      "Each open invoice falls in one week: its due date plus its customer's average days late (the previous forecast). Insert forecast still writes the default, the distribution.",
    zh: () => "每张未收发票落在一周：到期日加上其客户的平均逾期天数（原预测方法）。插入预测时仍写入默认的按付款分布预测。",
  },
  band: { en: () => "P10–P90", zh: () => "10%至90%区间" },
  bandRange: {
    en: (p: Range) => `${p.low} – ${p.high}`,
    zh: (p: Range) => `${p.low}至${p.high}`,
    sample: { low: "0.00", high: "600.00" },
  },
  track: { en: () => "Track record", zh: () => "预测回测" },
  trackHint: {
    en: () =>
      "The forecast re-run at past month-ends with only what was known then, against what was paid in each of the 13 weeks after. Missed by: the weeks' errors added up, over what was paid (WAPE). Bias: above 0, cash was expected too much too soon.",
    zh: () =>
      "在过去各月末仅用当时已知的数据重新预测，并与其后各周的实际回款对比。误差率：各周误差之和除以实际回款（加权绝对误差率）。偏差：大于零表示预计回款过多或过早。",
  },
  trackSentence: {
    en: (p: Record) =>
      `${lastMonthEnds(p.monthEnds)} this forecast missed weekly cash-in by ${p.wape} on average; ${p.nominal} bands held ${p.coverage} of weeks.`,
    zh: (p: Record) =>
      `${lastMonthEndsZh(p.monthEnds)}，此预测的每周回款平均误差为${p.wape}；${p.nominal}区间涵盖了${p.coverage}的周次。`,
    sample: { monthEnds: 12, wape: "19%", nominal: "80%", coverage: "78%" },
  },
  trackSentenceNoBand: {
    en: (p: Unscored) =>
      `${lastMonthEnds(p.monthEnds)} this forecast missed weekly cash-in by ${p.wape} on average; no band could be checked (nothing was left to spread).`,
    zh: (p: Unscored) =>
      `${lastMonthEndsZh(p.monthEnds)}，此预测的每周回款平均误差为${p.wape}；没有可检验的区间（无可分摊的发票）。`,
    sample: { monthEnds: 12, wape: "19%" },
  },
  notEnoughHistory: {
    en: (p: Empty) =>
      `Not enough history to check this forecast yet: nothing was paid in the ${p.weeks} weeks after any of the last ${p.monthEnds} month-ends by invoices open then.`,
    zh: (p: Empty) => `历史数据不足，暂无法检验此预测：过去${p.monthEnds}个月末当时未收的发票，在其后${p.weeks}周内均无回款。`,
    sample: { monthEnds: 12, weeks: 13 },
  },
  trackTable: {
    en: (p: Currency) => `Track record${p.currency ? ` ${p.currency}` : ""}`,
    zh: (p: Currency) => `预测回测${p.currency ? `（${p.currency}）` : ""}`,
    sample: { currency: "USD" },
  },
  methodColumn: { en: () => "Method", zh: () => "方法" },
  missedBy: { en: () => "Missed by", zh: () => "误差率" },
  bias: { en: () => "Bias", zh: () => "偏差" },
  rowDistribution: { en: () => "Distribution (this forecast)", zh: () => "按付款分布（本预测）" },
  rowNaive: { en: () => "Due date", zh: () => "按到期日" },
  rowPoint: { en: () => "Average days late (previous)", zh: () => "按平均逾期天数（原方法）" },
  /** Where a ratio has no denominator (nothing was paid). */
  noFigure: { en: () => "—", zh: () => "无" },
});
