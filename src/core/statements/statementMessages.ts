import { defineMessages } from "../messages/message";

type Named = { customer: string };
type Dated = { date: string };
type InCurrency = { currency: string };
type Line = { date: string; invoice: string; due: string; amount: string; balance: string; note: string };
type Bucket = { label: string; amount: string };
type Written = { count: number; address: string };

const LINE: Line = {
  date: "2025-05-02",
  invoice: "INV-101",
  due: "2025-06-01",
  amount: "$1,000.00",
  balance: "$1,000.00",
  note: "",
};

/** The words of a statement of account (sheet and letter text) and of the pane's Write statements button. */
export const STATEMENT_MESSAGES = defineMessages({
  title: { en: () => "Statement of account", zh: () => "对账单" },
  customer: {
    en: (p: Named) => `Customer: ${p.customer}`,
    zh: (p: Named) => `客户：${p.customer}`,
    sample: { customer: "Acme Ltd" },
  },
  customerLabel: { en: () => "Customer", zh: () => "客户" },
  asOf: { en: (p: Dated) => `As of ${p.date}`, zh: (p: Dated) => `截至${p.date}`, sample: { date: "30 June 2025" } },
  currency: {
    en: (p: InCurrency) => `Currency: ${p.currency}`,
    zh: (p: InCurrency) => `币种：${p.currency}`,
    sample: { currency: "USD" },
  },
  noCurrency: { en: () => "Currency: not given", zh: () => "币种：未注明" },
  columnDate: { en: () => "Invoice date", zh: () => "开票日期" },
  columnInvoice: { en: () => "Document", zh: () => "单据" },
  columnDue: { en: () => "Due date", zh: () => "到期日" },
  columnDays: { en: () => "Days overdue", zh: () => "逾期天数" },
  columnAmount: { en: () => "Open amount", zh: () => "未结金额" },
  columnBalance: { en: () => "Balance", zh: () => "余额" },
  columnNote: { en: () => "Note", zh: () => "备注" },
  creditNote: { en: () => "Credit note", zh: () => "贷项" },
  disputed: { en: () => "Disputed", zh: () => "有争议" },
  balanceDue: {
    en: (p: InCurrency) => `Balance ${p.currency}`.trimEnd(),
    zh: (p: InCurrency) => `${p.currency}余额`,
    sample: { currency: "USD" },
  },
  balanceLine: {
    en: (p: InCurrency & { amount: string }) => `Balance ${p.currency}: ${p.amount}`.replace("Balance :", "Balance:"),
    zh: (p: InCurrency & { amount: string }) => `${p.currency}余额：${p.amount}`,
    sample: { currency: "USD", amount: "1,200.00" },
  },
  aging: { en: () => "Aging", zh: () => "账龄" },
  credits: { en: () => "Credit notes", zh: () => "贷项" },
  noOpenItems: { en: () => "No open items.", zh: () => "没有未结项目。" },
  /** A line of the letter text: one open item and the balance after it. */
  textLine: {
    en: (p: Line) =>
      `${p.date || "—"}  ${p.invoice || "—"}  due ${p.due}  ${p.amount}  balance ${p.balance}${p.note ? `  (${p.note})` : ""}`,
    zh: (p: Line) =>
      `${p.date || "—"}，${p.invoice || "—"}，到期日${p.due}，金额${p.amount}，余额${p.balance}${p.note ? `（${p.note}）` : ""}`,
    sample: LINE,
  },
  textBucket: {
    en: (p: Bucket) => `${p.label}: ${p.amount}`,
    zh: (p: Bucket) => `${p.label}金额：${p.amount}`,
    sample: { label: "31-60", amount: "$600.00" },
  },
  writeButton: { en: () => "Write statements", zh: () => "写入对账单" },
  written: {
    en: (p: Written) => `${p.count} statement${p.count === 1 ? "" : "s"} written to ${p.address}.`,
    zh: (p: Written) => `已将${p.count}份对账单写入${p.address}。`,
    sample: { count: 2, address: "Statements!A1:G30" },
  },
  nothingToWrite: {
    en: () => "No customer has open items: scan the ledger first.",
    zh: () => "没有客户有未结项目：请先扫描台账。",
  },
  occupied: {
    en: (p: { address: string; value: string }) =>
      `Nothing was written: ${p.address} holds "${p.value}", which the add-in did not write. Move or clear it, then write the statements again.`,
    zh: (p: { address: string; value: string }) =>
      `未写入：${p.address}中有“${p.value}”，不是本加载项写入的。请移走或清除后再写入对账单。`,
    sample: { address: "Statements!C3", value: "call Tuesday" },
  },
});
