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
  /** The balances' names, as src/core/ledger/balances.ts defines them; the same words on every view. */
  readonly open: string;
  readonly overdue: string;
  readonly overduePct: string;
  readonly disputed: string;
  readonly credits: string;
  readonly agingTotal: string;
  readonly creditUseLabel: string;
  /** A balance's name and its amount on one line ("Open balance (net of credit notes) $1,050.00"). */
  readonly labelled: (label: string, value: string) => string;
  /** The dashboard's as-of date and the rows its figures count and leave out. */
  readonly asOfLine: (date: string) => string;
  readonly rowsScope: (counted: number, leftOut: number) => string;
  /** The as-of date confirmation before a scan. */
  readonly asOfConfirmTitle: string;
  readonly asOfConfirmScan: string;
  readonly asOfConfirmChange: string;
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
  readonly count: string;
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
  /** Risk factor: the age of unpaid debt (days past due of the oldest overdue invoice). */
  readonly factorDebtAge: string;
  /** Risk factor of a customer with no payment on record: its habit is its oldest overdue days. */
  readonly factorNeverPaid: string;
  readonly noLimit: string;
  readonly points: (points: number) => string;
  readonly shown: (shown: number, total: number) => string;
  readonly insertReport: string;
  readonly inserting: string;
  readonly reportDone: (sheet: string, refreshed: boolean) => string;
  readonly reportOccupied: (address: string, value: string) => string;
  readonly reportInvalid: (message: string) => string;
  /** The collection panel (issue #18, item 6): KPIs from the activity register, as of the scan. */
  readonly collection: string;
  readonly collectionScope: (date: string) => string;
  readonly noRegister: string;
  readonly registerRowsLeftOut: (count: number) => string;
  readonly promisesKept: string;
  readonly promisesKeptDetail: (kept: number, judged: number) => string;
  readonly promisesHeld: (count: number) => string;
  readonly promisesReplaced: (count: number) => string;
  readonly promisesNoneJudged: string;
  readonly promisesKeptDefinition: (graceDays: number) => string;
  readonly brokenPromises: string;
  readonly brokenWithoutAmount: (count: number) => string;
  readonly brokenDefinition: string;
  readonly disputeCycle: string;
  readonly disputeCycleValue: (average: string, median: string) => string;
  readonly disputesReleased: (count: number) => string;
  readonly disputesNoneReleased: string;
  readonly disputesOpen: (count: number, oldest: string) => string;
  /** A whole number of days, singular or plural. */
  readonly dayCount: (days: number) => string;
  readonly disputeDefinition: string;
  readonly atRisk: (label: string) => string;
  readonly atRiskValue: (percent: string, atRisk: string, invoices: string) => string;
  readonly atRiskDefinition: (edge: number, label: string) => string;
  readonly remindersThisMonth: string;
  readonly reminderLevel: (level: number, count: number) => string;
  readonly reminderNoLevel: (count: number) => string;
  readonly remindersDefinition: (from: string, to: string) => string;
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
  open: "Open balance (net of credit notes)",
  overdue: "Overdue (excl. disputed)",
  overduePct: "Overdue % of open balance",
  disputed: "Disputed (shown apart)",
  credits: "Credit notes",
  agingTotal: "Total = open balance",
  creditUseLabel: "Credit use (open balance ÷ limit)",
  labelled: (label, value) => `${label} ${value}`,
  asOfLine: (date) => `As of ${date}`,
  rowsScope: (counted, leftOut) =>
    `Figures from ${counted} ledger ${counted === 1 ? "row" : "rows"}. ` +
    (leftOut === 0
      ? "No row was left out."
      : `${leftOut} ${leftOut === 1 ? "row" : "rows"} listed in Issues ${leftOut === 1 ? "is" : "are"} left out of every figure.`),
  asOfConfirmTitle: "Is this the as-of date you mean?",
  asOfConfirmScan: "Scan with this date",
  asOfConfirmChange: "Change the date",
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
  count: "Count",
  chartLabel: (currency, parts) => `Aging chart, ${currency}: ${parts}`,
  topOverdue: "Top overdue customers (excl. disputed)",
  noOverdue: "No customer has an undisputed invoice overdue.",
  concentration: "Largest customer's share",
  concentrationFlag: (limit) => `Above ${limit}`,
  noConcentration: "No customer has an open balance.",
  overLimit: "Open balance over the credit limit",
  noOverLimit: "No customer is over their limit.",
  ofLimit: (pct) => `${pct} of limit`,
  review: "Overdue (excl. disputed) reached 10% of the limit",
  noReview: "No customer's overdue (excl. disputed) has reached 10% of their limit.",
  riskGrades: "Risk grades",
  gradeCount: (grade, count) => `${grade}: ${count}`,
  gradeHeader: (customer, grade, score) => `${customer} — ${grade} (score ${score})`,
  factorDaysLate: "Average days late",
  factorOverdueShare: "Overdue share of open",
  factorCreditUse: "Credit use",
  factorTrend: "Trend in days late",
  factorDebtAge: "Oldest overdue invoice",
  factorNeverPaid: "Never paid, overdue for",
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
  collection: "Collection",
  collectionScope: (date) =>
    `From the activity register (AR Activity sheet), rows dated up to ${date}, the scan's as-of date. ` +
    "What the pane logs is dated that day: rescan to count it.",
  noRegister:
    "No activity register yet. It is made the first time something is logged: a letter copied, mailed or written " +
    "from Reminders, or a call, promise, dispute or note from Today or a customer's card. Its figures show here after the next scan.",
  registerRowsLeftOut: (count) =>
    `${count} register ${count === 1 ? "row" : "rows"} could not be read and ${count === 1 ? "is" : "are"} left out of these figures.`,
  promisesKept: "Promises kept",
  promisesKeptDetail: (kept, judged) => `${kept} of ${judged} judged`,
  promisesHeld: (count) => `${count} still held`,
  promisesReplaced: (count) => `${count} renegotiated`,
  promisesNoneJudged: "No promise has come to be judged yet.",
  promisesKeptDefinition: (graceDays) =>
    `Judged the day after due-by + ${graceDays} days: kept when nothing is overdue, broken when something is or a broken-promise note was logged.`,
  brokenPromises: "Broken promises",
  brokenWithoutAmount: (count) => `${count} without an amount`,
  brokenDefinition: "How many, and the amounts promised per currency (currencies never added).",
  disputeCycle: "Dispute cycle time",
  disputeCycleValue: (average, median) => `${average} average, ${median} median`,
  disputesReleased: (count) => `${count} released`,
  disputesNoneReleased: "No dispute released yet.",
  disputesOpen: (count, oldest) => `${count} open, the oldest for ${oldest} so far`,
  dayCount: (days) => (days === 1 ? "1 day" : `${days} days`),
  disputeDefinition: "Days from a dispute row to the row that releases it, up to the as-of date; open disputes apart.",
  atRisk: (label) => `At risk (${label})`,
  atRiskValue: (percent, atRisk, invoices) => `${percent} (${atRisk} of ${invoices})`,
  atRiskDefinition: (edge, label) =>
    `Share of the undisputed invoices' open amount more than ${edge} days overdue (aging ${label}); disputed and credit notes apart.`,
  remindersThisMonth: "Reminders this month",
  reminderLevel: (level, count) => `Level ${level}: ${count}`,
  reminderNoLevel: (count) => `No level: ${count}`,
  remindersDefinition: (from, to) => `Reminder rows dated ${from} to ${to}, by level.`,
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
  open: "未收余额（已抵减贷项）",
  overdue: "逾期金额（不含争议）",
  overduePct: "逾期占未收余额比例",
  disputed: "争议金额（单列）",
  credits: "贷项（红字发票）",
  agingTotal: "合计＝未收余额",
  creditUseLabel: "额度使用率（未收余额÷额度）",
  labelled: (label, value) => `${label}${value}`,
  asOfLine: (date) => `基准日：${date}`,
  rowsScope: (counted, leftOut) =>
    `数据来自台账${counted}行。` + (leftOut === 0 ? "没有排除任何行。" : `“问题”中列出的${leftOut}行已从所有数据中排除。`),
  asOfConfirmTitle: "基准日是否正确？",
  asOfConfirmScan: "仍按此日期扫描",
  asOfConfirmChange: "修改日期",
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
  count: "笔数",
  chartLabel: (currency, parts) => `账龄图，${currency}：${parts}`,
  topOverdue: "逾期金额（不含争议）最多的客户",
  noOverdue: "没有客户有无争议的逾期发票。",
  concentration: "最大客户占比",
  concentrationFlag: (limit) => `超过${limit}`,
  noConcentration: "没有客户有未收余额。",
  overLimit: "未收余额超出信用额度的客户",
  noOverLimit: "没有客户超出信用额度。",
  ofLimit: (pct) => `占额度${pct}`,
  review: "逾期金额（不含争议）达到额度10%的客户",
  noReview: "没有客户的逾期金额（不含争议）达到额度的10%。",
  riskGrades: "风险等级",
  gradeCount: (grade, count) => `${grade}：${count}`,
  gradeHeader: (customer, grade, score) => `${customer}：风险等级${grade}（评分${score}）`,
  factorDaysLate: "平均延迟付款天数",
  factorOverdueShare: "逾期占未收比例",
  factorCreditUse: "额度使用率",
  factorTrend: "延迟天数趋势",
  factorDebtAge: "最早逾期发票",
  factorNeverPaid: "从未付款，已逾期",
  noLimit: "无额度",
  points: (points) => `${points}分`,
  shown: (shown, total) => `显示${shown}个，共${total}个`,
  insertReport: "插入报表",
  inserting: "正在插入报表…",
  reportDone: (sheet, refreshed) => (refreshed ? `已更新“${sheet}”工作表。` : `已在“${sheet}”工作表生成报表：实时公式和账龄图。`),
  reportOccupied: (address, value) => `${address}中有“${value}”，报表会覆盖它。请移走或清除该单元格后重试。`,
  reportInvalid: (message) => `无法生成报表：${message}。`,
  collection: "催收成效",
  collectionScope: (date) =>
    `来自催收记录表中日期不晚于${date}（扫描基准日）的记录。本窗格记录的条目均以该日为日期：重新扫描后计入。`,
  noRegister:
    "尚无催收记录表。首次记录时自动创建：在“催款函”中复制、发送或写入催款函，或在“今日”或客户卡片中记录电话、承诺、争议或备注。下次扫描后在此显示指标。",
  registerRowsLeftOut: (count) => `催收记录表中有${count}行无法读取，未计入这些指标。`,
  promisesKept: "承诺兑现率",
  promisesKeptDetail: (kept, judged) => `已判定${judged}个，兑现${kept}个`,
  promisesHeld: (count) => `${count}个仍在宽限期内`,
  promisesReplaced: (count) => `${count}个已改期`,
  promisesNoneJudged: "尚无可判定的付款承诺。",
  promisesKeptDefinition: (graceDays) =>
    `承诺付款日加${graceDays}天宽限期满后判定：无逾期为兑现；仍有逾期或已记录未兑现为未兑现。`,
  brokenPromises: "未兑现承诺",
  brokenWithoutAmount: (count) => `${count}个未填金额`,
  brokenDefinition: "个数及各币种的承诺金额（不同币种不相加）。",
  disputeCycle: "争议处理周期",
  disputeCycleValue: (average, median) => `平均${average}，中位数${median}`,
  disputesReleased: (count) => `已解除${count}个`,
  disputesNoneReleased: "尚无已解除的争议。",
  disputesOpen: (count, oldest) => `${count}个未解除，最久已${oldest}`,
  dayCount: (days) => `${days}天`,
  disputeDefinition: "从争议记录到解除记录的天数，截至基准日；未解除的争议单列。",
  atRisk: (label) => `高风险占比（${label}）`,
  atRiskValue: (percent, atRisk, invoices) => `${percent}（${invoices}中的${atRisk}）`,
  atRiskDefinition: (edge, label) => `无争议发票未收金额中逾期超过${edge}天（账龄${label}）的比例；争议发票和贷项单列。`,
  remindersThisMonth: "本月发出的提醒",
  reminderLevel: (level, count) => `${level}级：${count}`,
  reminderNoLevel: (count) => `未填级别：${count}`,
  remindersDefinition: (from, to) => `日期在${from}至${to}之间的提醒记录，按级别统计。`,
};

export const DASHBOARD_MESSAGES: Readonly<Record<Language, DashboardMessages>> = { en, zh };
