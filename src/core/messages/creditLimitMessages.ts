import { quote, quoteZh } from "../failure";
import type { Language } from "../language";
import { formatNumber } from "../money/formatMoney";
import { defineMessages } from "./message";

/*
 * The recommended credit limit's reason, one short line per figure that bound it
 * (src/core/credit/creditLimitReason.ts), and the limit table's financial cells that cannot be read.
 * Amounts are shown in whole units: the limit is a decision rounded to two figures, and the figures
 * behind it are read at a glance, not audited to the cent here.
 */

/** How the recommendation compares with the limit the customer has now. */
export type LimitChange = "raise" | "lower" | "keep" | "set";

/** The financial columns of a limit table. */
export type FinancialField = "netWorth" | "workingCapital" | "annualRevenue";

interface Head {
  /** ISO code or "" (then no code is shown). */
  readonly currency: string;
  readonly limit: number;
  /** The customer's limit now; null when none is set. */
  readonly current: number | null;
  readonly change: LimitChange;
}

interface Peak extends Head {
  readonly peak: number;
  readonly terms: number;
  readonly dbt: number;
  readonly factor: number;
  readonly grade: string;
  /** The customer has paid nothing yet: `dbt` is how late its oldest overdue invoice already is. */
  readonly neverPaid?: boolean;
}

function paidEn(p: Peak): string {
  if (p.neverPaid && p.dbt > 0) return `nothing paid yet, ${whole(p.dbt, "en")} days overdue`;
  return p.dbt > 0 ? `paid ${whole(p.dbt, "en")} days late` : "paid on terms";
}

function paidZh(p: Peak): string {
  if (p.neverPaid && p.dbt > 0) return `尚未付款，已逾期${whole(p.dbt, "zh")}天`;
  return p.dbt > 0 ? `平均逾期${whole(p.dbt, "zh")}天付款` : "按期付款";
}

interface Average extends Head {
  readonly average: number;
  readonly factor: number;
  readonly grade: string;
}

interface Cap extends Head {
  /** The financial figure typed in the table (net worth, working capital or annual revenue). */
  readonly figure: number;
  /** What history alone would allow (need × grade factor). */
  readonly history: number;
}

const whole = (value: number, language: Language) => formatNumber(value, language, 0);
const head = (p: Head, language: Language) => `${p.currency === "" ? "" : `${p.currency} `}${whole(p.limit, language)}`;

const CHANGE_EN: Readonly<Record<LimitChange, string>> = { raise: "raise", lower: "lower", keep: "keep", set: "set" };
const CHANGE_ZH: Readonly<Record<LimitChange, string>> = { raise: "上调", lower: "下调", keep: "维持", set: "设定" };

function currentEn(p: Head): string {
  return p.current === null
    ? `no current limit — ${CHANGE_EN[p.change]}`
    : `current ${whole(p.current, "en")} — ${CHANGE_EN[p.change]}`;
}

function currentZh(p: Head): string {
  return p.current === null
    ? `当前未设额度，建议${CHANGE_ZH[p.change]}`
    : `当前额度${whole(p.current, "zh")}，建议${CHANGE_ZH[p.change]}`;
}

const FIELD_EN: Readonly<Record<FinancialField, string>> = {
  netWorth: "net worth",
  workingCapital: "working capital",
  annualRevenue: "annual revenue",
};
const FIELD_ZH: Readonly<Record<FinancialField, string>> = {
  netWorth: "净资产",
  workingCapital: "营运资金",
  annualRevenue: "年收入",
};

const HEAD_SAMPLE: Head = { currency: "USD", limit: 94000, current: 100000, change: "lower" };

export const CREDIT_LIMIT_MESSAGES = defineMessages({
  reasonPeak: {
    en: (p: Peak) =>
      `${head(p, "en")}: peak ${whole(p.peak, "en")} at ${whole(p.terms, "en")}-day terms ` +
      `(${paidEn(p)}) × ${formatNumber(p.factor, "en", 2)} ` +
      `for grade ${p.grade}; ${currentEn(p)}`,
    zh: (p: Peak) =>
      `${head(p, "zh")}：峰值敞口${whole(p.peak, "zh")}，账期${whole(p.terms, "zh")}天，` +
      `${paidZh(p)}，×${formatNumber(p.factor, "zh", 2)}（等级${p.grade}）；${currentZh(p)}`,
    sample: { ...HEAD_SAMPLE, peak: 120000, terms: 30, dbt: 12, factor: 1.1, grade: "B" },
  },
  reasonAverage: {
    en: (p: Average) =>
      `${head(p, "en")}: average exposure ${whole(p.average, "en")} × ${formatNumber(p.factor, "en", 2)} for grade ${p.grade}; ${currentEn(p)}`,
    zh: (p: Average) =>
      `${head(p, "zh")}：平均敞口${whole(p.average, "zh")}，×${formatNumber(p.factor, "zh", 2)}（等级${p.grade}）；${currentZh(p)}`,
    sample: { ...HEAD_SAMPLE, limit: 55000, average: 50000, factor: 1.1, grade: "B" },
  },
  reasonNetWorth: {
    en: (p: Cap) =>
      `${head(p, "en")}: 10% of net worth ${whole(p.figure, "en")} (history alone: ${whole(p.history, "en")}); ${currentEn(p)}`,
    zh: (p: Cap) =>
      `${head(p, "zh")}：净资产${whole(p.figure, "zh")}的10%（仅按历史为${whole(p.history, "zh")}）；${currentZh(p)}`,
    sample: { ...HEAD_SAMPLE, limit: 50000, figure: 500000, history: 94285 },
  },
  reasonWorkingCapital: {
    en: (p: Cap) =>
      `${head(p, "en")}: 20% of working capital ${whole(p.figure, "en")} (history alone: ${whole(p.history, "en")}); ${currentEn(p)}`,
    zh: (p: Cap) =>
      `${head(p, "zh")}：营运资金${whole(p.figure, "zh")}的20%（仅按历史为${whole(p.history, "zh")}）；${currentZh(p)}`,
    sample: { ...HEAD_SAMPLE, limit: 60000, figure: 300000, history: 94285 },
  },
  reasonRevenue: {
    en: (p: Cap) =>
      `${head(p, "en")}: 10% of monthly revenue ${whole(p.figure / 12, "en")} (annual ${whole(p.figure, "en")} ÷ 12; ` +
      `history alone: ${whole(p.history, "en")}); ${currentEn(p)}`,
    zh: (p: Cap) =>
      `${head(p, "zh")}：月营业收入${whole(p.figure / 12, "zh")}的10%（年收入${whole(p.figure, "zh")}÷12；` +
      `仅按历史为${whole(p.history, "zh")}）；${currentZh(p)}`,
    sample: { ...HEAD_SAMPLE, limit: 50000, figure: 6000000, history: 94285 },
  },
  reasonNoHistory: {
    en: (p: Head) => `${head(p, "en")}: no exposure in the last 12 months to base a limit on; ${currentEn(p)}`,
    zh: (p: Head) => `${head(p, "zh")}：近12个月没有应收敞口，无从据以确定额度；${currentZh(p)}`,
    sample: { ...HEAD_SAMPLE, limit: 0, current: null, change: "set" },
  },
  financialUnreadable: {
    en: (p: { address: string; row: number; field: FinancialField; text: string }) =>
      `in the credit-limit range '${p.address}', row ${p.row}: cannot read the ${FIELD_EN[p.field]} ${quote(p.text)} as an amount${p.field === "annualRevenue" ? " of zero or more" : ""}`,
    zh: (p: { address: string; row: number; field: FinancialField; text: string }) =>
      `信用额度区域“${p.address}”第${p.row}行：${FIELD_ZH[p.field]}${quoteZh(p.text)}不是${p.field === "annualRevenue" ? "大于或等于零的" : ""}金额`,
    sample: { address: "Limits!A:F", row: 5, field: "netWorth", text: "strong" },
  },
});
