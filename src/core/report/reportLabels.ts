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
  readonly disputed: string;
  readonly credits: string;
  /** Label of the cell that is TRUE while the figures can be computed, else says why not. */
  readonly resultsFound: string;
  /** Why not: the scan's results are gone (after Clear, or written elsewhere). */
  readonly noResults: string;
  /** Why not: rows typed below the rows the formulas read; `{row}` is the last row they read. */
  readonly pastRows: string;
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
    disputed: "Disputed",
    credits: "Credit notes",
    resultsFound: "Figures computable",
    noResults: "No scan results: scan the ledger again",
    pastRows: "Rows below row {row} are not counted: scan, then insert the report again",
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
    disputed: "争议金额",
    credits: "贷项通知单",
    resultsFound: "数据可计算",
    noResults: "找不到扫描结果：请重新扫描账本",
    pastRows: "第{row}行以下的行未计入：请重新扫描并插入报表",
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
