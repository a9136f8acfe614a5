import type { Language } from "../../core/language";

/** The Forecast view's words, English and Chinese. */
export interface ForecastMessages {
  readonly tab: string;
  readonly scanFirst: string;
  readonly heading: (currency: string) => string;
  readonly chartLabel: (currency: string, weeks: number, total: string) => string;
  readonly tableLabel: (currency: string) => string;
  readonly start: string;
  readonly end: string;
  readonly expected: string;
  readonly cumulative: string;
  readonly invoices: string;
  readonly later: string;
  readonly atRisk: (days: number) => string;
  readonly disputed: string;
  readonly totalOpen: string;
  readonly drivers: string;
  readonly driversHint: string;
  readonly noDrivers: string;
  readonly habit: (days: number, fromLedger: boolean) => string;
  readonly moves: (amount: string, invoices: number) => string;
  readonly nothingOpen: string;
  readonly insert: string;
  readonly inserting: string;
  readonly insertTitle: (currency: string) => string;
  readonly inserted: (cells: string) => string;
  readonly occupied: (address: string, value: string) => string;
  readonly cannotInsert: (reason: string) => string;
}

const EN: ForecastMessages = {
  tab: "Forecast",
  scanFirst: "Scan the ledger first: the forecast is built from the scan.",
  heading: (c) => `Cash-in forecast${c ? ` · ${c}` : ""}`,
  chartLabel: (c, weeks, total) => `Expected cash-in per week${c ? ` in ${c}` : ""}, ${weeks} weeks: ${total} in all`,
  tableLabel: (c) => `Forecast table${c ? ` ${c}` : ""}`,
  start: "Start",
  end: "End",
  expected: "Expected",
  cumulative: "Cumulative",
  invoices: "Invoices",
  later: "Later",
  atRisk: (d) => `At risk (>${d} days)`,
  disputed: "Disputed",
  totalOpen: "Total open",
  drivers: "Customers whose habit moves the most money",
  driversHint: "Open amounts their payment habit moves to another week than the due date's.",
  noDrivers: "No customer's payment habit moves money to another week.",
  habit: (d, ledger) =>
    `${d === 0 ? "pays on time" : d > 0 ? `pays ${d} days late` : `pays ${-d} days early`}${ledger ? " (ledger average)" : ""}`,
  moves: (amount, n) => `moves ${amount} (${n} ${n === 1 ? "invoice" : "invoices"})`,
  nothingOpen: "Nothing is open: there is nothing to forecast.",
  insert: "Insert forecast",
  inserting: "Inserting…",
  insertTitle: (c) => `Cash-in forecast${c ? ` ${c}` : ""} (AR.CASHFORECAST)`,
  inserted: (cells) => `Wrote the live forecast formula to ${cells}.`,
  occupied: (address, value) => `${address} holds '${value}' — the forecast would overwrite it. Nothing was written.`,
  cannotInsert: (reason) => `Cannot write the forecast formula: ${reason}.`,
};

const ZH: ForecastMessages = {
  tab: "回款预测",
  scanFirst: "请先扫描台账：预测基于扫描结果。",
  heading: (c) => `回款预测${c ? ` · ${c}` : ""}`,
  chartLabel: (c, weeks, total) => `${c}每周预计回款，共${weeks}周，合计${total}`,
  tableLabel: (c) => `预测表${c ? `（${c}）` : ""}`,
  start: "起始",
  end: "截止",
  expected: "预计回款",
  cumulative: "累计",
  invoices: "发票数",
  later: "更晚",
  atRisk: (d) => `风险（逾期超过${d}天）`,
  disputed: "争议",
  totalOpen: "未收合计",
  drivers: "付款习惯影响回款最多的客户",
  driversHint: "因付款习惯而落在与到期日不同周次的未收金额。",
  noDrivers: "没有客户因付款习惯而跨周回款。",
  habit: (d, ledger) => `${d === 0 ? "按时付款" : d > 0 ? `平均晚付${d}天` : `平均早付${-d}天`}${ledger ? "（台账平均）" : ""}`,
  moves: (amount, n) => `跨周回款${amount}（${n}张发票）`,
  nothingOpen: "没有未收款项，无需预测。",
  insert: "插入预测",
  inserting: "正在插入…",
  insertTitle: (c) => `回款预测${c ? `（${c}）` : ""}：AR.CASHFORECAST`,
  inserted: (cells) => `已将实时预测公式写入${cells}。`,
  occupied: (address, value) => `${address}中有内容“${value}”，预测会覆盖它。未写入任何内容。`,
  cannotInsert: (reason) => `无法写入预测公式：${reason}。`,
};

export const FORECAST_MESSAGES: Readonly<Record<Language, ForecastMessages>> = { en: EN, zh: ZH };
