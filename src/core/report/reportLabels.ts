/** The AR Summary sheet's labels; written by people, not translated by machine. */
export interface ReportLabels {
  readonly title: string;
  readonly asOf: string;
  readonly trailingDays: string;
  readonly windowStart: string;
  readonly concentrationFlag: string;
  readonly currency: string;
  readonly noCurrency: string;
  readonly open: string;
  readonly overdue: string;
  readonly overduePct: string;
  readonly current: string;
  readonly invoiced: string;
  readonly openAtStart: string;
  readonly dso: string;
  readonly bpdso: string;
  readonly add: string;
  readonly cei: string;
  readonly concentration: string;
  readonly concentrationFlagged: string;
  readonly aging: string;
  readonly customers: string;
  readonly customer: string;
}

export const REPORT_LABELS: Readonly<Record<"en" | "zh", ReportLabels>> = {
  en: {
    title: "AR Summary",
    asOf: "As of",
    trailingDays: "Trailing days",
    windowStart: "Window start (excluded)",
    concentrationFlag: "Concentration flag above",
    currency: "Currency",
    noCurrency: "(no currency)",
    open: "Open",
    overdue: "Overdue",
    overduePct: "Overdue %",
    current: "Not yet due",
    invoiced: "Invoiced in window",
    openAtStart: "Open at window start",
    dso: "DSO",
    bpdso: "Best possible DSO",
    add: "Average days delinquent",
    cei: "CEI",
    concentration: "Largest customer's share",
    concentrationFlagged: "Concentration flagged",
    aging: "Aging",
    customers: "Customers",
    customer: "Customer",
  },
  zh: {
    title: "应收账款汇总",
    asOf: "截至日期",
    trailingDays: "统计天数",
    windowStart: "期间起点（不含）",
    concentrationFlag: "集中度警戒线",
    currency: "币种",
    noCurrency: "（无币种）",
    open: "未收金额",
    overdue: "逾期金额",
    overduePct: "逾期占比",
    current: "未到期",
    invoiced: "期间开票额",
    openAtStart: "期初未收",
    dso: "应收账款周转天数",
    bpdso: "最佳周转天数",
    add: "平均逾期天数",
    cei: "回款有效指数",
    concentration: "最大客户占比",
    concentrationFlagged: "集中度警示",
    aging: "账龄",
    customers: "客户",
    customer: "客户",
  },
};
