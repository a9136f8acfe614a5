import { defineMessages } from "../../messages/message";

/** Column headers and row labels of the forecast backtest's table (backtestTable). */
export const BACKTEST_MESSAGES = defineMessages({
  week: { en: () => "Week", zh: () => "周次" },
  allWeeks: { en: () => "All weeks", zh: () => "全部周次" },
  cells: { en: () => "Weeks scored", zh: () => "参与评分的周数" },
  actual: { en: () => "Collected", zh: () => "实际回款" },
  wapeProbabilistic: { en: () => "WAPE, distribution", zh: () => "加权绝对误差率（分布预测）" },
  wapeNaive: { en: () => "WAPE, due date", zh: () => "加权绝对误差率（按到期日）" },
  wapePoint: { en: () => "WAPE, average days late", zh: () => "加权绝对误差率（按平均逾期天数）" },
  biasProbabilistic: { en: () => "Bias, distribution", zh: () => "偏差（分布预测）" },
  biasNaive: { en: () => "Bias, due date", zh: () => "偏差（按到期日）" },
  biasPoint: { en: () => "Bias, average days late", zh: () => "偏差（按平均逾期天数）" },
  coverage: { en: () => "P10–P90 coverage", zh: () => "10%至90%区间覆盖率" },
});
