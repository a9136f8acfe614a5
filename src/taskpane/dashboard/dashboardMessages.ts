import type { Language } from "../../core/language";

/** The dashboard's texts in English and Chinese; parameterised texts are functions. */
export interface DashboardMessages {
  readonly tab: string;
  readonly scanFirst: string;
  readonly trailingDays: string;
  readonly trailingHint: string;
  readonly trailingInvalid: string;
  readonly window: (start: string, end: string) => string;
  readonly noCurrency: string;
  readonly keyFigures: string;
  readonly open: string;
  readonly overdue: string;
  readonly overduePct: string;
  readonly dso: string;
  readonly bpdso: string;
  readonly add: string;
  readonly cei: string;
  readonly days: (days: string) => string;
  readonly notAvailable: string;
  readonly needsInvoiceDates: string;
  readonly nothingInvoiced: string;
  readonly ceiNeedsPaidDates: string;
  readonly aging: string;
  readonly bucket: string;
  readonly amount: string;
  readonly invoices: string;
  readonly chartLabel: (currency: string, parts: string) => string;
  readonly topOverdue: string;
  readonly noOverdue: string;
  readonly concentration: string;
  readonly concentrationFlag: (limit: string) => string;
  readonly noConcentration: string;
  readonly overLimit: string;
  readonly noOverLimit: string;
  readonly ofLimit: (pct: string) => string;
  readonly review: string;
  readonly noReview: string;
  readonly riskGrades: string;
  readonly gradeCount: (grade: string, count: number) => string;
  readonly gradeHeader: (customer: string, grade: string, score: number) => string;
  readonly factorDaysLate: string;
  readonly factorOverdueShare: string;
  readonly factorCreditUse: string;
  readonly factorTrend: string;
  readonly noLimit: string;
  readonly points: (points: number) => string;
  readonly shown: (shown: number, total: number) => string;
  readonly insertReport: string;
  readonly inserting: string;
  readonly reportDone: (sheet: string, refreshed: boolean) => string;
  readonly reportOccupied: (address: string, value: string) => string;
  readonly reportInvalid: (message: string) => string;
}

const en: DashboardMessages = {
  tab: "Dashboard",
  scanFirst: "Scan the ledger first: the dashboard shows the figures of the last scan.",
  trailingDays: "Trailing days",
  trailingHint: "Window for DSO, best possible DSO, ADD and CEI.",
  trailingInvalid: "Enter a whole number of days, 1 or more (e.g. 90).",
  window: (start, end) => `Invoices dated after ${start} up to ${end}`,
  noCurrency: "(no currency)",
  keyFigures: "Key figures",
  open: "Open",
  overdue: "Overdue",
  overduePct: "Overdue %",
  dso: "DSO",
  bpdso: "Best possible DSO",
  add: "Average days delinquent",
  cei: "CEI",
  days: (days) => `${days} days`,
  notAvailable: "—",
  needsInvoiceDates: "DSO and its companions need an invoice-date column.",
  nothingInvoiced: "Nothing was invoiced in the window, so DSO cannot be computed.",
  ceiNeedsPaidDates: "CEI needs a paid-date column.",
  aging: "Aging",
  bucket: "Bucket",
  amount: "Amount",
  invoices: "Invoices",
  chartLabel: (currency, parts) => `Aging chart, ${currency}: ${parts}`,
  topOverdue: "Top overdue customers",
  noOverdue: "No customer has anything overdue.",
  concentration: "Largest customer's share",
  concentrationFlag: (limit) => `Above ${limit}`,
  noConcentration: "No customer has an open balance.",
  overLimit: "Over their credit limit",
  noOverLimit: "No customer is over their limit.",
  ofLimit: (pct) => `${pct} of limit`,
  review: "Overdue reached 10% of the limit",
  noReview: "No customer's overdue has reached 10% of their limit.",
  riskGrades: "Risk grades",
  gradeCount: (grade, count) => `${grade}: ${count}`,
  gradeHeader: (customer, grade, score) => `${customer} — ${grade} (score ${score})`,
  factorDaysLate: "Average days late",
  factorOverdueShare: "Overdue share of open",
  factorCreditUse: "Credit use",
  factorTrend: "Trend in days late",
  noLimit: "no limit",
  points: (points) => `${points} pts`,
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  insertReport: "Insert report",
  inserting: "Inserting the report…",
  reportDone: (sheet, refreshed) =>
    refreshed ? `Refreshed the ${sheet} sheet.` : `Wrote the report on the ${sheet} sheet: live AR formulas and aging charts.`,
  reportOccupied: (address, value) =>
    `${address} holds '${value}' — the report would overwrite it. Move or clear that cell, then try again.`,
  reportInvalid: (message) => `The report cannot be built: ${message}.`,
};

const zh: DashboardMessages = {
  tab: "仪表板",
  scanFirst: "请先扫描台账：仪表板显示最近一次扫描的数据。",
  trailingDays: "统计天数",
  trailingHint: "用于计算周转天数、最佳周转天数、平均逾期天数和回款有效指数的期间。",
  trailingInvalid: "请输入不小于1的整数天数（如90）。",
  window: (start, end) => `开票日期在${start}之后、${end}及之前`,
  noCurrency: "（无币种）",
  keyFigures: "主要指标",
  open: "未收金额",
  overdue: "逾期金额",
  overduePct: "逾期占比",
  dso: "应收账款周转天数",
  bpdso: "最佳周转天数",
  add: "平均逾期天数",
  cei: "回款有效指数",
  days: (days) => `${days}天`,
  notAvailable: "—",
  needsInvoiceDates: "周转天数等指标需要台账中有开票日期列。",
  nothingInvoiced: "统计期间内没有开票，无法计算周转天数。",
  ceiNeedsPaidDates: "回款有效指数需要付款日期列。",
  aging: "账龄",
  bucket: "账龄段",
  amount: "金额",
  invoices: "发票数",
  chartLabel: (currency, parts) => `账龄图，${currency}：${parts}`,
  topOverdue: "逾期金额最多的客户",
  noOverdue: "没有客户逾期。",
  concentration: "最大客户占比",
  concentrationFlag: (limit) => `超过${limit}`,
  noConcentration: "没有客户有未收余额。",
  overLimit: "超出信用额度的客户",
  noOverLimit: "没有客户超出信用额度。",
  ofLimit: (pct) => `占额度${pct}`,
  review: "逾期金额达到额度10%的客户",
  noReview: "没有客户的逾期金额达到额度的10%。",
  riskGrades: "风险等级",
  gradeCount: (grade, count) => `${grade}：${count}`,
  gradeHeader: (customer, grade, score) => `${customer}：风险等级${grade}（评分${score}）`,
  factorDaysLate: "平均延迟付款天数",
  factorOverdueShare: "逾期占未收比例",
  factorCreditUse: "额度使用率",
  factorTrend: "延迟天数趋势",
  noLimit: "无额度",
  points: (points) => `${points}分`,
  shown: (shown, total) => `显示${shown}个，共${total}个`,
  insertReport: "插入报表",
  inserting: "正在插入报表…",
  reportDone: (sheet, refreshed) => (refreshed ? `已更新“${sheet}”工作表。` : `已在“${sheet}”工作表生成报表：实时公式和账龄图。`),
  reportOccupied: (address, value) => `${address}中有“${value}”，报表会覆盖它。请移走或清除该单元格后重试。`,
  reportInvalid: (message) => `无法生成报表：${message}。`,
};

export const DASHBOARD_MESSAGES: Readonly<Record<Language, DashboardMessages>> = { en, zh };
