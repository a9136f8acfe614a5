import type { Language } from "../language";
import type { LedgerField } from "./ledgerFields";

/**
 * Each ledger field's name as the analyst reads it, in both languages: the pane's mapping labels
 * and every message about a column use these, so a field is called the same everywhere.
 */
export const FIELD_NAMES: Readonly<Record<Language, Readonly<Record<LedgerField, string>>>> = {
  en: {
    customer: "Customer",
    amount: "Amount",
    openAmount: "Open amount",
    dueDate: "Due date",
    invoiceDate: "Invoice date",
    terms: "Terms",
    invoiceNo: "Invoice no.",
    paidDate: "Paid date",
    status: "Status",
    disputed: "Disputed (flag)",
    currency: "Currency",
    email: "Email",
    creditLimit: "Credit limit",
    lastReminded: "Last reminded",
    remindersSent: "Reminders sent",
    language: "Letter language",
  },
  zh: {
    customer: "客户",
    amount: "金额",
    openAmount: "未付金额",
    dueDate: "到期日",
    invoiceDate: "开票日期",
    terms: "付款条件",
    invoiceNo: "发票号",
    paidDate: "付款日期",
    status: "状态",
    disputed: "争议标记",
    currency: "币种",
    email: "邮箱",
    creditLimit: "信用额度",
    lastReminded: "上次催收日期",
    remindersSent: "催收次数",
    language: "函件语言",
  },
};
