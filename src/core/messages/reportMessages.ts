import { defineMessages } from "./message";

/** The AR Summary report and the dashboard's figures. */
export const REPORT_MESSAGES = defineMessages({
  trailingWhole: {
    en: (p: { value: string }) => `trailing days must be whole days (e.g. 90); got ${p.value}`,
    zh: (p: { value: string }) => `统计天数必须是整数（如90），当前为${p.value}`,
    sample: { value: "30.5" },
  },
  flagShare: {
    en: (p: { value: string }) => `the concentration flag must be a share from 0 to 1; got ${p.value}`,
    zh: (p: { value: string }) => `集中度警戒线必须是0至1之间的比例，当前为${p.value}`,
    sample: { value: "20" },
  },
  flagShareExample: {
    en: (p: { value: string }) => `the concentration flag must be a share from 0 to 1 (e.g. 0.2); got ${p.value}`,
    zh: (p: { value: string }) => `集中度警戒线必须是0至1之间的比例（如0.2），当前为${p.value}`,
    sample: { value: "20" },
  },
  topN: {
    en: (p: { value: string }) => `top N must be a whole number, 0 or more; got ${p.value}`,
    zh: (p: { value: string }) => `列出的大客户数必须是不小于0的整数，当前为${p.value}`,
    sample: { value: "-1" },
  },
  noCurrency: {
    en: () => "the report needs at least one currency from the scan",
    zh: () => "报表至少需要扫描结果中的一种币种",
  },
});
