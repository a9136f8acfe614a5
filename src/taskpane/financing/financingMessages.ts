import type { Language } from "../../core/language";
import type { FinancingChoiceKind } from "../../core/financing/financingChoices";

/** The figures of a Financing row, in the order they are shown. */
export type FinancingFigure = "cashNow" | "cost" | "apr" | "ear" | "rebate" | "expectedDate";

/** The Financing view's words, English and Chinese. */
export interface FinancingMessages {
  readonly tab: string;
  readonly scanFirst: string;
  readonly customer: string;
  readonly noOpen: string;
  readonly invoices: string;
  readonly invoice: (number: string, dueIso: string, amount: string) => string;
  readonly row: (n: number) => string;
  readonly factoring: string;
  readonly advanceRate: string;
  readonly feeRate: string;
  readonly periodDays: string;
  readonly discount: string;
  readonly terms: string;
  readonly insurance: string;
  readonly premiumRate: string;
  readonly indemnityRate: string;
  readonly atRisk: string;
  readonly notANumber: (field: string) => string;
  readonly habit: (days: number, expectedIso: string, daysToCollect: number) => string;
  readonly choices: Readonly<Record<FinancingChoiceKind, string>>;
  readonly figures: Readonly<Record<FinancingFigure, string>>;
  readonly choice: string;
  readonly when: string;
  readonly table: string;
  readonly formulaFor: (choice: string, figure: string) => string;
  readonly copy: (choice: string, figure: string) => string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly none: string;
}

const EN: FinancingMessages = {
  tab: "Financing",
  scanFirst: "Scan the ledger first: financing choices are priced on the scan's open invoices.",
  customer: "Customer",
  noOpen: "No customer has open invoices.",
  invoices: "Invoices to finance",
  invoice: (no, due, amount) => `${no} · due ${due} · ${amount}`,
  row: (n) => `Row ${n}`,
  factoring: "Factoring",
  advanceRate: "Advance rate (%)",
  feeRate: "Fee per period (%)",
  periodDays: "Days per fee period",
  discount: "Early-payment discount",
  terms: "Discount terms",
  insurance: "Credit insurance",
  premiumRate: "Premium rate (%)",
  indemnityRate: "Indemnity rate (%)",
  atRisk: "At-risk amount",
  notANumber: (field) => `${field}: enter a number.`,
  habit: (d, iso, days) =>
    `Payment habit: ${d === 0 ? "on time" : d > 0 ? `${d} days late` : `${-d} days early`}; expected ${iso} (in ${days} days).`,
  choices: { factoring: "Factoring", discount: "Discount", insurance: "Insurance", wait: "Wait" },
  figures: { cashNow: "Cash now", cost: "Cost", apr: "APR", ear: "EAR", rebate: "Rebate", expectedDate: "Expected date" },
  choice: "Choice",
  when: "When",
  table: "Financing choices",
  formulaFor: (c, f) => `Formula for ${c} ${f}`,
  copy: (c, f) => `Copy formula for ${c} ${f}`,
  copied: "Copied.",
  copyFailed: "The clipboard refused the copy. Select the formula and copy it by hand.",
  none: "—",
};

const ZH: FinancingMessages = {
  tab: "融资选择",
  scanFirst: "请先扫描台账：融资选择按扫描出的未收发票计算。",
  customer: "客户",
  noOpen: "没有客户有未收发票。",
  invoices: "要融资的发票",
  invoice: (no, due, amount) => `${no} · 到期${due} · ${amount}`,
  row: (n) => `第${n}行`,
  factoring: "保理",
  advanceRate: "预付比例（%）",
  feeRate: "每期费率（%）",
  periodDays: "每期天数",
  discount: "提前付款折扣",
  terms: "折扣条件",
  insurance: "信用保险",
  premiumRate: "保费率（%）",
  indemnityRate: "赔付比例（%）",
  atRisk: "风险金额",
  notANumber: (field) => `${field}：请输入数字。`,
  habit: (d, iso, days) =>
    `付款习惯：${d === 0 ? "按时" : d > 0 ? `晚付${d}天` : `早付${-d}天`}；预计${iso}回款（${days}天后）。`,
  choices: { factoring: "保理", discount: "折扣", insurance: "保险", wait: "等待" },
  figures: { cashNow: "现可得", cost: "成本", apr: "年化成本", ear: "实际年利率", rebate: "返还", expectedDate: "到账日期" },
  choice: "方案",
  when: "日期",
  table: "融资方案比较",
  formulaFor: (c, f) => `${c}${f}公式`,
  copy: (c, f) => `复制${c}${f}公式`,
  copied: "已复制。",
  copyFailed: "剪贴板拒绝了复制。请选中公式后手动复制。",
  none: "—",
};

export const FINANCING_MESSAGES: Readonly<Record<Language, FinancingMessages>> = { en: EN, zh: ZH };
