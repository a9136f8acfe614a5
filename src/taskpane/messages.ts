import { FIELD_NAMES } from "../core/ledger/fieldNames";
import type { Language } from "../core/language";
import { LADDER_PRESETS, ladderDisplayName, type LadderPresetName } from "../core/dunning/ladderPresets";
import type { LedgerField } from "../core/ledger/ledgerFields";
import type { DayMonthOrder, HighlightBand } from "../excel/ledgerWorkbook";
import { hostErrorZh } from "./hostErrorMessages";
import { formatNumber } from "../core/money/formatMoney";

/** Every text the pane shows, in English and Chinese; parameterised texts are functions. */
export interface Messages {
  readonly appTitle: string;
  readonly language: string;
  readonly noWorkbook: string;
  readonly ledger: string;
  readonly ledgerFound: (address: string, rows: number) => string;
  readonly ledgerSource: Record<"table" | "region" | "usedRange" | "address", string>;
  readonly findLedger: string;
  readonly ledgerAddress: string;
  readonly useAddress: string;
  readonly notFoundNoHeader: (address: string) => string;
  readonly notFoundBadAddress: (address: string) => string;
  readonly mapping: string;
  readonly notMapped: string;
  readonly fields: Record<LedgerField, string>;
  /** A column in a field's list: its sheet letter and header, "B · Open balance". */
  readonly columnOption: (letter: string, header: string) => string;
  /** A column without a header text, in a field's list. */
  readonly noHeader: string;
  /** How sure a field's column is: a known header, a likely one, a guess, or the user's own choice. */
  readonly matchScore: Record<"known" | "likely" | "guess" | "chosen", string>;
  /** One of the columns two fields compete for, "'Total' (C)". */
  readonly competingColumn: (header: string, letter: string) => string;
  /** Two or more columns name a field equally well: the user chooses. */
  readonly competing: (field: string, columns: readonly string[]) => string;
  /** The ledger was found on `sheet` after looking at the sheets `searched`. */
  readonly foundOnSheet: (sheet: string, searched: readonly string[]) => string;
  /** The ledger's first row names no field (an address given): every field is mapped by hand. */
  readonly noFieldsRecognised: string;
  /** Day-month dates that read either way: the order, or ask. */
  readonly dateOrder: string;
  readonly dateOrderHint: string;
  readonly dateOrderAsk: string;
  readonly dateOrderNames: Record<DayMonthOrder, string>;
  /** The question after a scan: the order the file writes its dates in, applied when confirmed. */
  readonly dateOrderQuestion: string;
  readonly dateOrderConfirm: string;
  /** What the scan read and set aside, under its notice. */
  readonly readings: string;
  readonly settings: string;
  readonly asOf: string;
  readonly ladder: string;
  /** The preset ladders' names in the ladder list. */
  readonly ladderPresets: Readonly<Record<LadderPresetName, string>>;
  readonly ladderRange: string;
  readonly ladderRangeAddress: string;
  readonly minAmount: string;
  readonly minAmountHint: string;
  readonly keyAccounts: string;
  readonly keyAccountsHint: string;
  readonly scan: string;
  /** Tab of the scan desk among the pane's views. */
  readonly scanView: string;
  readonly clear: string;
  readonly cancel: string;
  readonly phase: Record<"reading" | "analyzing" | "writing" | "clearing", string>;
  readonly scanDone: (rows: number, address: string, issues: number) => string;
  readonly cleared: (count: number) => string;
  readonly cancelled: string;
  readonly occupied: (address: string, value: string) => string;
  readonly resultColumn: string;
  readonly resultColumnHint: string;
  readonly invalid: (message: string) => string;
  readonly unexpected: string;
  readonly hostError: (code: string) => string;
  readonly legend: string;
  readonly bands: Record<HighlightBand, string>;
  readonly customers: string;
  readonly issues: (count: number) => string;
  readonly noIssues: string;
  readonly selectCell: string;
  readonly filterOverdue: string;
  readonly filterReview: string;
  readonly filterSearch: string;
  readonly overdue: string;
  readonly oldest: (days: number) => string;
  readonly level: (level: number) => string;
  readonly creditUse: (pct: string) => string;
  readonly noLimit: string;
  readonly review: string;
  readonly grade: (grade: string) => string;
  readonly noCustomers: string;
  readonly shown: (shown: number, total: number) => string;
  /** Analysis settings kept in the workbook (issue #17). */
  readonly analysisSettings: string;
  readonly agingEdges: string;
  readonly agingEdgesHint: string;
  readonly agingEdgesRefused: (text: string) => string;
  readonly reviewThreshold: string;
  readonly reviewThresholdHint: string;
  readonly reminderInterval: string;
  readonly reminderIntervalHint: string;
  readonly promiseGrace: string;
  readonly promiseGraceHint: string;
  readonly escalation: string;
  readonly escalationHint: string;
  readonly escalationNames: Readonly<Record<"steps" | "age", string>>;
  readonly smallBalances: string;
  readonly smallBalancesHint: string;
  readonly smallBalancesRefused: (line: number, text: string) => string;
  readonly creditLimitRange: string;
  readonly creditLimitRangeHint: string;
  /** The ledger changed since the scan: its results are stale. */
  readonly staleResults: (
    change: "added" | "removed" | "edited" | "gone",
    rowsThen: number,
    rowsNow: number,
    scannedAt: string,
  ) => string;
  readonly rescan: string;
  /** A rescan failed: what the grid and the pane still show. */
  readonly rescanFailed: (reason: string, scannedAt: string, asOf: string) => string;
  /** A rescan Excel broke off part-way: the grid may hold either scan's results. */
  readonly rescanInterrupted: (reason: string, scannedAt: string, asOf: string) => string;
}

const en: Messages = {
  appTitle: "AR Credit Desk",
  language: "Language",
  noWorkbook: "Open this pane in Excel to scan a ledger.",
  ledger: "Ledger",
  ledgerFound: (address, rows) => `${address}, ${formatNumber(rows, "en", 0)} rows`,
  ledgerSource: {
    table: "table under the selection",
    region: "current region",
    usedRange: "used range of the sheet",
    address: "address given",
  },
  findLedger: "Find ledger from selection",
  ledgerAddress: "Ledger address",
  useAddress: "Use this address",
  notFoundNoHeader: (address) =>
    `No header row in ${address}: a row needs at least three headers such as Customer, Amount, Due date.`,
  notFoundBadAddress: (address) => `Cannot find '${address}'. Use an address such as Sheet1!A1:H200.`,
  mapping: "Column mapping",
  notMapped: "(not in the ledger)",
  fields: FIELD_NAMES.en,
  columnOption: (letter, header) => `${letter} · ${header}`,
  noHeader: "(no header)",
  matchScore: { known: "known header", likely: "likely", guess: "guess", chosen: "your choice" },
  competingColumn: (header, letter) => `'${header}' (${letter})`,
  competing: (field, columns) =>
    `${field}: ${columns.slice(0, -1).join(", ")} or ${columns[columns.length - 1]}? Choose the column.`,
  foundOnSheet: (sheet, searched) => `Found on sheet '${sheet}' (sheets searched: ${searched.join(", ")}).`,
  noFieldsRecognised:
    "No header in the ledger's first row was recognised. Choose each field's column under Column mapping; a scan needs at least Customer, Amount and Due date.",
  dateOrder: "Dates such as 03/04/2025",
  dateOrderHint: "The order of day and month in text dates that read either way.",
  dateOrderAsk: "Ask when they read either way",
  dateOrderNames: { dmy: "Day/Month/Year", mdy: "Month/Day/Year" },
  dateOrderQuestion: "Order of the file's dates",
  dateOrderConfirm: "Use this order and scan again",
  readings: "How the file was read",
  settings: "Scan settings",
  asOf: "As-of date",
  ladder: "Dunning ladder",
  ladderPresets: presetNames("en"),
  ladderRange: "Range in the workbook",
  ladderRangeAddress: "Ladder range (days | action)",
  minAmount: "Small-balance threshold",
  minAmountHint: "Open amounts below this get the small-balance action.",
  keyAccounts: "Key accounts",
  keyAccountsHint: "One customer per line: an executive call instead of referral.",
  scan: "Scan",
  scanView: "Scan",
  clear: "Clear",
  cancel: "Cancel",
  phase: { reading: "Reading the ledger…", analyzing: "Analysing…", writing: "Writing results…", clearing: "Clearing…" },
  scanDone: (rows, address, issues) =>
    `Scanned ${formatNumber(rows, "en", 0)} rows into ${address}${issues ? `; ${issues} rows need attention` : ""}.`,
  cleared: (count) => (count ? "Removed the scan's columns and highlights." : "Nothing to clear."),
  cancelled: "Cancelled. Nothing was left written.",
  occupied: (address, value) =>
    `${address} holds '${value}' — the result columns would overwrite it. Nothing was written. Clear that cell or place the columns elsewhere.`,
  resultColumn: "Place result columns at column",
  resultColumnHint: "Letter of the first of four columns, e.g. N. Empty: right of the ledger.",
  invalid: (message) => `Cannot scan: ${message}.`,
  unexpected: "Something went wrong talking to Excel. Please try again.",
  hostError: (code) => `Excel refused the request (${code}). Please try again.`,
  legend: "Highlights",
  bands: { days1: "1–30 days overdue", days31: "31–60 days", days61: "61–90 days", days91: "91+ days", disputed: "Disputed" },
  customers: "Customers",
  issues: (count) => `Issues (${count})`,
  noIssues: "No problems found in the ledger rows.",
  selectCell: "Select cell",
  filterOverdue: "Overdue only",
  filterReview: "Review flag only",
  filterSearch: "Search customers",
  overdue: "Overdue",
  oldest: (days) => `oldest ${days} d`,
  level: (level) => `level ${level}`,
  creditUse: (pct) => `${pct} of limit`,
  noLimit: "no limit",
  review: "Credit review",
  grade: (grade) => `Risk ${grade}`,
  noCustomers: "No customers match.",
  shown: (shown, total) => `${shown} of ${total}`,
  analysisSettings: "Analysis settings (saved in the workbook)",
  agingEdges: "Aging buckets (days past due)",
  agingEdgesHint: "Bucket edges, e.g. 30, 60, 90: for the scan, the dashboard and the AR Summary.",
  agingEdgesRefused: (text) => `Aging buckets: cannot read '${text}'. Type whole days that increase, e.g. 30, 60, 90.`,
  reviewThreshold: "Credit review at overdue of (% of limit)",
  reviewThresholdHint: "A customer is flagged for review when overdue reaches this share of its credit limit.",
  reminderInterval: "Minimum days between reminders",
  reminderIntervalHint: "A customer reminded more recently than this waits.",
  promiseGrace: "Promise grace days",
  promiseGraceHint: "A promise to pay holds the reminders until its date plus these days; unpaid after that, it is broken.",
  escalation: "Escalation",
  escalationHint:
    "The next step in the grid, on Today and in the letters. By steps: one written step after the reminders recorded, never skipping one. By age: the rung the invoice's age reaches.",
  escalationNames: { steps: "By steps", age: "By age" },
  smallBalances: "Small-balance threshold per currency",
  smallBalancesHint: "One a line, a currency and an amount, e.g. USD 50. Other currencies take the threshold above.",
  smallBalancesRefused: (line, text) =>
    `Small-balance threshold per currency, line ${line}: cannot read '${text}'. Type a currency code and an amount, e.g. USD 50, once per currency.`,
  creditLimitRange: "Credit-limit table",
  creditLimitRangeHint:
    "A range of Customer | Currency | Limit, e.g. Limits!A:C (the currency column may be left out). Empty: limits from the ledger only.",
  staleResults: (change, rowsThen, rowsNow, scannedAt) =>
    change === "gone"
      ? `The scanned sheet is gone: the results of the scan at ${scannedAt} are out of date.`
      : change === "edited"
        ? `The ledger was edited after the scan at ${scannedAt}: its results are out of date.`
        : `The ledger has ${formatNumber(rowsNow, "en", 0)} rows now, ${formatNumber(rowsThen, "en", 0)} at the scan at ${scannedAt}: its results are out of date.`,
  rescan: "Rescan",
  rescanFailed: (reason, scannedAt, asOf) =>
    `${reason} The grid and this pane still show the results of the scan at ${scannedAt} (as of ${asOf}), which may not match the ledger.`,
  rescanInterrupted: (reason, scannedAt, asOf) =>
    `${reason} The rescan stopped part-way: this pane still shows the results of the scan at ${scannedAt} (as of ${asOf}), and the grid may hold those or part of the new scan's. Scan again, or Clear.`,
};

const zh: Messages = {
  appTitle: "应收账款信用台",
  language: "语言",
  noWorkbook: "请在Excel中打开此窗格以扫描台账。",
  ledger: "应收台账",
  ledgerFound: (address, rows) => `${address}，共${rows}行`,
  ledgerSource: { table: "选中单元格所在的表格", region: "当前区域", usedRange: "工作表已用区域", address: "指定地址" },
  findLedger: "按选中位置查找台账",
  ledgerAddress: "台账地址",
  useAddress: "使用此地址",
  notFoundNoHeader: (address) => `${address}中没有表头行：至少需要三个可识别的列名，如客户、金额、到期日。`,
  notFoundBadAddress: (address) => `找不到“${address}”。请使用类似Sheet1!A1:H200的地址。`,
  mapping: "列对应关系",
  notMapped: "（台账中没有）",
  fields: FIELD_NAMES.zh,
  columnOption: (letter, header) => `${letter}列 · ${header}`,
  noHeader: "（无表头）",
  matchScore: { known: "已识别", likely: "很可能", guess: "推测", chosen: "手动选择" },
  competingColumn: (header, letter) => `“${header}”（${letter}列）`,
  competing: (field, columns) =>
    `${field}：是${columns.slice(0, -1).join("、")}还是${columns[columns.length - 1]}？请选择对应的列。`,
  foundOnSheet: (sheet, searched) => `在工作表“${sheet}”中找到（已查找的工作表：${searched.join("、")}）。`,
  noFieldsRecognised: "台账首行中没有可识别的列名。请在“列对应关系”中为各字段选择对应的列；扫描至少需要客户、金额和到期日。",
  dateOrder: "日期顺序（如03/04/2025）",
  dateOrderHint: "两种顺序都说得通的文本日期中，日与月的先后。",
  dateOrderAsk: "两种顺序都说得通时询问",
  dateOrderNames: { dmy: "日/月/年", mdy: "月/日/年" },
  dateOrderQuestion: "文件中的日期顺序",
  dateOrderConfirm: "按此顺序重新扫描",
  readings: "文件读取方式",
  settings: "扫描设置",
  asOf: "基准日",
  ladder: "催收阶梯",
  ladderPresets: presetNames("zh"),
  ladderRange: "工作簿中的区域",
  ladderRangeAddress: "阶梯区域（天数、措施两列）",
  minAmount: "小额阈值",
  minAmountHint: "未付金额低于此值时按小额余款处理。",
  keyAccounts: "重点客户",
  keyAccountsHint: "每行一个客户：到移交催收时改为高层沟通。",
  scan: "扫描",
  scanView: "扫描",
  clear: "清除",
  cancel: "取消",
  phase: { reading: "正在读取台账…", analyzing: "正在分析…", writing: "正在写入结果…", clearing: "正在清除…" },
  scanDone: (rows, address, issues) => `已扫描${rows}行，结果写入${address}${issues ? `；${issues}行需要处理` : ""}。`,
  cleared: (count) => (count ? "已移除扫描添加的列和突出显示。" : "没有需要清除的内容。"),
  cancelled: "已取消，未留下任何写入。",
  occupied: (address, value) => `${address}中有“${value}”，结果列会覆盖它。未写入任何内容。请清空该单元格，或把结果列放到别处。`,
  resultColumn: "结果列起始列",
  resultColumnHint: "四列中第一列的列标，如“N”。留空则放在台账右侧。",
  invalid: (message) => `无法扫描：${message}。`,
  unexpected: "与Excel通信时出错，请重试。",
  hostError: hostErrorZh,
  legend: "突出显示",
  bands: { days1: "逾期1–30天", days31: "逾期31–60天", days61: "逾期61–90天", days91: "逾期91天以上", disputed: "有争议" },
  customers: "客户",
  issues: (count) => `问题（${count}）`,
  noIssues: "台账各行均可读取。",
  selectCell: "选中单元格",
  filterOverdue: "仅看逾期",
  filterReview: "仅看需复核",
  filterSearch: "搜索客户",
  overdue: "逾期",
  oldest: (days) => `最久逾期${days}天`,
  level: (level) => `第${level}级`,
  creditUse: (pct) => `占用额度${pct}`,
  noLimit: "无额度",
  review: "需信用复核",
  grade: (grade) => `风险等级${grade}`,
  noCustomers: "没有符合条件的客户。",
  shown: (shown, total) => `${shown} / ${total}`,
  analysisSettings: "分析设置（保存在工作簿中）",
  agingEdges: "账龄分段（逾期天数）",
  agingEdgesHint: "分段界限，如30、60、90：用于扫描、概览和应收汇总表。",
  agingEdgesRefused: (text) => `账龄分段：无法识别“${text}”。请填写递增的整数天数，如30、60、90。`,
  reviewThreshold: "逾期达额度的百分比时复核",
  reviewThresholdHint: "客户逾期金额达到其信用额度的此比例时，标记为需信用复核。",
  reminderInterval: "两次催收最少间隔天数",
  reminderIntervalHint: "距上次催收不足此天数的客户暂缓催收。",
  promiseGrace: "付款承诺宽限天数",
  promiseGraceHint: "客户承诺付款后，催收暂停至承诺日期再加上这些天；逾期仍未付款即视为违约。",
  escalation: "升级方式",
  escalationHint: "表格、今日清单和催款函中的下一步。按步骤：在已记录的催收之后逐级升级，不跳级；按账龄：发票账龄所到的级别。",
  escalationNames: { steps: "按步骤", age: "按账龄" },
  smallBalances: "各币种小额阈值",
  smallBalancesHint: "每行一个币种及金额，如“人民币：300”。其他币种使用上面的小额阈值。",
  smallBalancesRefused: (line, text) =>
    `各币种小额阈值第${line}行：无法识别“${text}”。请填写币种及金额，如“人民币：300”，每个币种一行。`,
  creditLimitRange: "信用额度表",
  creditLimitRangeHint: "客户、币种、额度三列所在区域的地址（币种列可省略）。留空则只用台账中的额度。",
  staleResults: (change, rowsThen, rowsNow, scannedAt) =>
    change === "gone"
      ? `扫描的工作表已不存在：${scannedAt}的扫描结果已过时。`
      : change === "edited"
        ? `台账在${scannedAt}扫描后被修改过：扫描结果已过时。`
        : `台账现有${rowsNow}行，${scannedAt}扫描时为${rowsThen}行：扫描结果已过时。`,
  rescan: "重新扫描",
  rescanFailed: (reason, scannedAt, asOf) =>
    `${reason}表格和本窗格仍显示${scannedAt}的扫描结果（基准日${asOf}），可能与台账不一致。`,
  rescanInterrupted: (reason, scannedAt, asOf) =>
    `${reason}重新扫描中途停止：本窗格仍显示${scannedAt}的扫描结果（基准日${asOf}），表格中可能是这些结果，也可能是新扫描的部分结果。请重新扫描或清除。`,
};

function presetNames(language: Language): Record<LadderPresetName, string> {
  const names = {} as Record<LadderPresetName, string>;
  for (const name of Object.keys(LADDER_PRESETS) as LadderPresetName[])
    names[name] = ladderDisplayName(LADDER_PRESETS[name], language);
  return names;
}

/** The catalogue by language. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { en, zh };
