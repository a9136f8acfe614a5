import { defineMessages } from "./message";

/** Aging buckets, the aging table and the expected-credit-loss matrix. */
export const AGING_MESSAGES = defineMessages({
  edgesEmpty: {
    en: () => "edges must hold at least one day count (e.g. 30, 60, 90)",
    zh: () => "edges至少要有一个天数（如30、60、90）",
  },
  edgesPositive: {
    en: (p: { value: string }) => `edges must be positive whole days (e.g. 30, 60, 90); got ${p.value}`,
    zh: (p: { value: string }) => `edges必须是大于0的整数天数（如30、60、90），当前为${p.value}`,
    sample: { value: "0" },
  },
  edgesIncrease: {
    en: (p: { previous: string; value: string }) =>
      `edges must increase strictly (e.g. 30, 60, 90); got ${p.previous} then ${p.value}`,
    zh: (p: { previous: string; value: string }) => `edges必须严格递增（如30、60、90），当前${p.previous}之后是${p.value}`,
    sample: { previous: "60", value: "30" },
  },
  edgesMax: {
    en: () => "edges: at most 250 aging buckets",
    zh: () => "edges：账龄区间最多250个",
  },
  amountsTooLarge: {
    en: () => "the amounts add up to more than can be summed to the cent",
    zh: () => "金额合计过大，无法精确到分",
  },
  lossRatesCount: {
    en: (p: { labels: readonly string[]; count: number }) =>
      `loss_rates must hold one rate per bucket, Current first: ${p.labels.length} (${p.labels.join(", ")}); got ${p.count}`,
    zh: (p: { labels: readonly string[]; count: number }) =>
      `loss_rates必须按账龄区间逐个给出损失率（从未到期开始）：共${p.labels.length}个（${p.labels.join("、")}），当前为${p.count}个`,
    sample: { labels: ["未到期", "1-30", "31+"], count: 2 },
  },
  lossRateRange: {
    en: (p: { value: string; label: string }) =>
      `loss_rates must be between 0 and 1 (e.g. 5% or 0.05); got ${p.value} for ${p.label}`,
    zh: (p: { value: string; label: string }) => `loss_rates必须在0至1之间（如5%或0.05），${p.label}的损失率当前为${p.value}`,
    sample: { value: "5", label: "31-60" },
  },
});
