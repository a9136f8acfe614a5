import type { Language } from "../../core/language";
import type { FinancingChoiceKind } from "../../core/financing/financingChoices";
import type { Ineligible } from "../../core/financing/financingEligibility";

/** Why an option is not offered: the commonest reason its ticked invoices are left out, or nothing owed. */
export type NotOfferedReason = Exclude<Ineligible, null> | "nothingOwed";

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
  readonly factorMaxOverdue: string;
  readonly waitingDays: string;
  readonly coverDays: string;
  readonly notANumber: (field: string) => string;
  /** A percentage outside its range; `aboveZero` when 0 itself is refused (advance rate). */
  readonly percentRange: (field: string, aboveZero: boolean) => string;
  readonly wholeDays: (field: string, min: number) => string;
  /** A field the core could not read, in the field's label: "Discount terms: …". */
  readonly fieldSays: (field: string, reason: string) => string;
  readonly assumptions: string;
  readonly factoringAssumes: (advance: string, fee: string, periodDays: number, maxOverdue: number) => string;
  readonly discountAssumes: (percent: string, days: number, daysBeforeDue: number) => string;
  readonly noDiscount: string;
  readonly insuranceAssumes: (indemnity: string, premium: string, waitingDays: number, coverDays: number) => string;
  readonly waitAssumes: (expectedIso: string) => string;
  readonly applies: (count: number, ticked: number) => string;
  readonly notOffered: Readonly<Record<NotOfferedReason, string>>;
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
  factorMaxOverdue: "Factor buys up to (days overdue)",
  waitingDays: "Waiting period (days after due)",
  coverDays: "Policy covers up to (days overdue)",
  notANumber: (field) => `${field}: enter a number.`,
  percentRange: (field, aboveZero) => `${field}: enter a percentage ${aboveZero ? "above 0" : "from 0"} up to 100.`,
  wholeDays: (field, min) => `${field}: enter a whole number of days, ${min} or more.`,
  fieldSays: (field, reason) => `${field}: ${reason}`,
  assumptions: "What each option assumes",
  factoringAssumes: (a, f, p, max) =>
    `Factoring: the factor advances ${a}% now, fee ${f}% per ${p} days, rebate when the customer pays; ${max === 0 ? "current invoices only" : `invoices up to ${max} days overdue`}, none disputed, no credit notes.`,
  discountAssumes: (pct, days, before) =>
    `Discount: the customer takes ${pct}% off for paying within ${days} days of invoicing (by ${before} days before due); only invoices still in that window.`,
  noDiscount: "Discount: the discount terms give no early-payment discount, so none is offered.",
  insuranceAssumes: (i, p, w, c) =>
    `Insurance: the policy pays ${i}% of a covered loss ${w} days after due (the claim date), premium ${p}% of the amount insured; undisputed debts up to ${c} days overdue.`,
  waitAssumes: (iso) =>
    `Wait: the customer pays the whole balance as its habit says, expected ${iso}; no cost is counted, nor the risk of never being paid.`,
  applies: (n, m) => `Applies to ${n} of ${m} ticked ${m === 1 ? "row" : "rows"}.`,
  notOffered: {
    creditNote: "Not offered: the ticked rows are credit notes.",
    disputed: "Not offered: the ticked invoices are disputed.",
    overdueTooLong: "Not offered: the ticked invoices are overdue beyond its limit.",
    discountWindowPassed: "Not offered: the ticked invoices are past their discount window.",
    nothingOwed: "Not offered: nothing is owed on the ticked rows.",
  },
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
  factorMaxOverdue: "保理可收购的逾期天数上限",
  waitingDays: "等待期（到期后天数）",
  coverDays: "保单承保的逾期天数上限",
  notANumber: (field) => `${field}：请输入数字。`,
  percentRange: (field, aboveZero) => `${field}：请输入${aboveZero ? "大于0" : "0"}至100之间的百分比。`,
  wholeDays: (field, min) => `${field}：请输入不小于${min}的整数天数。`,
  fieldSays: (field, reason) => `${field}：${reason}`,
  assumptions: "各方案的假设",
  factoringAssumes: (a, f, p, max) =>
    `保理：保理商现预付${a}%，每${p}天收费${f}%，客户付款后返还余额；${max === 0 ? "只收购未逾期发票" : `只收购逾期不超过${max}天的发票`}，不含争议发票和贷项。`,
  discountAssumes: (pct, days, before) =>
    `折扣：客户在开票后${days}天内（即到期前${before}天之前）付款可减${pct}%；只适用于仍在折扣期内的发票。`,
  noDiscount: "折扣：所填折扣条件没有提前付款折扣，因此不提供此方案。",
  insuranceAssumes: (i, p, w, c) =>
    `保险：保单在到期后${w}天（索赔日）赔付承保损失的${i}%，保费为投保金额的${p}%；只承保无争议且逾期不超过${c}天的欠款。`,
  waitAssumes: (iso) => `等待：客户按其付款习惯付清全部余额，预计${iso}到账；不计成本，也不计坏账风险。`,
  applies: (n, m) => `适用于所选${m}行中的${n}行。`,
  notOffered: {
    creditNote: "不提供：所选各行均为贷项。",
    disputed: "不提供：所选发票均有争议。",
    overdueTooLong: "不提供：所选发票逾期超过其上限。",
    discountWindowPassed: "不提供：所选发票已过折扣期。",
    nothingOwed: "不提供：所选各行合计没有欠款。",
  },
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
