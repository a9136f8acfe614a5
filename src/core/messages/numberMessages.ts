import { defineMessages } from "./message";
import { argZh } from "./zhWords";

type Named = { name: string };
type Got = { name: string; value: string };
type Example = { name: string; example: string; value: string };
type Days = { name: string; unit: "days" | "periods"; example: string };
const UNIT_ZH = { days: "天数", periods: "期数" } as const;

/**
 * The checks every numeric argument shares (finite, 0 or more, a positive count of days): one
 * text for the same check whatever the argument, its name a parameter.
 */
export const NUMBER_MESSAGES = defineMessages({
  notFinite: {
    en: (p: Named) => `${p.name} is not a finite number`,
    zh: (p: Named) => `${argZh(p.name)}不是有效的数字`,
    sample: { name: "credit_sales" },
  },
  mustBeNumber: {
    en: (p: Named) => `${p.name} must be a number`,
    zh: (p: Named) => `${argZh(p.name)}必须是数字`,
    sample: { name: "avg_days_late" },
  },
  zeroOrMore: {
    en: (p: Got) => `${p.name} must be 0 or more; got ${p.value}`,
    zh: (p: Got) => `${argZh(p.name)}不能小于0，当前为${p.value}`,
    sample: { name: "min_amount", value: "-5" },
  },
  zeroOrMoreExample: {
    en: (p: Example) => `${p.name} must be 0 or more (e.g. ${p.example}); got ${p.value}`,
    zh: (p: Example) => `${argZh(p.name)}不能小于0（如${p.example}），当前为${p.value}`,
    sample: { name: "fixed_fee", example: "40", value: "-1" },
  },
  daysZero: {
    en: (p: Days) => `${p.name} is 0; give a positive number of ${p.unit} (e.g. ${p.example})`,
    zh: (p: Days) => `${argZh(p.name)}为0，请填写大于0的${UNIT_ZH[p.unit]}（如${p.example}）`,
    sample: { name: "days", unit: "days", example: "365" },
  },
  daysNegative: {
    en: (p: Days & { value: string }) => `${p.name} must be a positive number of ${p.unit} (e.g. ${p.example}); got ${p.value}`,
    zh: (p: Days & { value: string }) => `${argZh(p.name)}必须是大于0的${UNIT_ZH[p.unit]}（如${p.example}），当前为${p.value}`,
    sample: { name: "periods", unit: "periods", example: "3", value: "-2" },
  },
  wholeAtLeast: {
    en: (p: Example & { min: number }) =>
      `${p.name} must be a whole number of at least ${p.min} (e.g. ${p.example}); got ${p.value}`,
    zh: (p: Example & { min: number }) => `${argZh(p.name)}必须是不小于${p.min}的整数（如${p.example}），当前为${p.value}`,
    sample: { name: "period_days", min: 1, example: "7", value: "0.5" },
  },
  sameShape: {
    en: (p: { names: readonly string[] }) => `${andEn(p.names)} must have the same shape`,
    zh: (p: { names: readonly string[] }) => `${p.names.join("、")}的行列数必须相同`,
    sample: { names: ["amounts", "due_dates", "paid_dates"] },
  },
});

function andEn(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
