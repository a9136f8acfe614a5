import { quote, quoteZh } from "../failure";
import type { LedgerField } from "../ledger/ledgerFields";
import { defineMessages } from "./message";
import { dateZh } from "./zhWords";

const FIELD_ZH: Partial<Record<LedgerField, string>> = {
  amount: "金额",
  openAmount: "未付金额",
  creditLimit: "信用额度",
  dueDate: "到期日",
  invoiceDate: "开票日期",
  paidDate: "付款日期",
  lastReminded: "上次催收日期",
};

/** An unreadable cell: its field, its content, and the English reason the parser gave (if any). */
type Cell = { field: LedgerField; value: string; reason?: string };

/** "openAmount" → "open amount". */
const fieldEn = (field: LedgerField): string => field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

/** Why a ledger row was left out of the scan (the Issues list and the scan's Issues column). */
export const LEDGER_ISSUE_MESSAGES = defineMessages({
  noCustomer: { en: () => "no customer", zh: () => "缺少客户名称" },
  noAmount: { en: () => "no amount", zh: () => "缺少金额" },
  unreadableAmount: {
    en: (p: Cell) => `${fieldEn(p.field)}: ${p.reason ?? `cannot read ${quote(p.value)}`}`,
    zh: (p: Cell) => `无法识别${FIELD_ZH[p.field] ?? "金额"}${quoteZh(p.value)}`,
    sample: { field: "openAmount", value: "n/a" },
  },
  unreadableDate: {
    en: (p: Cell) => `${fieldEn(p.field)}: ${p.reason ?? `cannot read ${quote(p.value)} as a date`}`,
    zh: (p: Cell) =>
      `无法识别${FIELD_ZH[p.field] ?? "日期"}${quoteZh(p.value)}，请使用日期单元格或“年-月-日”格式（如2025-06-30）`,
    sample: { field: "dueDate", value: "下月底" },
  },
  unreadableTerms: {
    en: (p: Cell) => `terms: ${p.reason ?? `cannot read ${quote(p.value)}`}`,
    zh: (p: Cell) => `无法识别付款条件${quoteZh(p.value)}`,
    sample: { field: "terms", value: "when convenient" },
  },
  dueBeforeInvoice: {
    en: (p: { dueIso: string; invoiceIso: string }) => `due date ${p.dueIso} is before invoice date ${p.invoiceIso}`,
    zh: (p: { dueIso: string; invoiceIso: string }) => `到期日${dateZh(p.dueIso)}早于开票日期${dateZh(p.invoiceIso)}`,
    sample: { dueIso: "2025-03-01", invoiceIso: "2025-04-01" },
  },
  duplicateInvoice: {
    en: (p: { invoiceNo: string; customer: string }) =>
      `duplicate invoice number ${quote(p.invoiceNo)} for customer ${quote(p.customer)}`,
    zh: (p: { invoiceNo: string; customer: string }) => `客户${quoteZh(p.customer)}的发票号${quoteZh(p.invoiceNo)}重复`,
    sample: { invoiceNo: "INV-7", customer: "Acme Ltd" },
  },
  noDueDate: {
    en: () => "no due date, and no invoice date with terms to compute it",
    zh: () => "缺少到期日，也没有开票日期和付款条件可据以推算",
  },
});
