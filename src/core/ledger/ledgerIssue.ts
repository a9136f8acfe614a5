import { quote } from "../failure";
import type { Language } from "../language";
import type { LedgerField } from "./ledgerFields";

/** Why a ledger row was left out of the scan. */
export type LedgerIssueCode =
  | "noCustomer"
  | "noAmount"
  | "unreadableAmount"
  | "unreadableDate"
  | "unreadableTerms"
  | "dueBeforeInvoice"
  | "duplicateInvoice"
  | "noDueDate";

export interface LedgerIssue {
  /** Index of the row in the rows given to analyzeLedger (0 = first data row). */
  readonly rowIndex: number;
  /** The field whose cell is at fault; the pane turns it into a cell address. */
  readonly field: LedgerField;
  readonly code: LedgerIssueCode;
  /** The reason, in the scan's language, quoting the cell text where there is one. */
  readonly reason: string;
  /** For a duplicate invoice number: the row that used it first. */
  readonly firstRowIndex?: number;
}

const FIELD_ZH: Partial<Record<LedgerField, string>> = {
  amount: "金额",
  openAmount: "未付金额",
  creditLimit: "信用额度",
  dueDate: "到期日",
  invoiceDate: "开票日期",
  paidDate: "付款日期",
  lastReminded: "上次催收日期",
};

/** Details a reason may quote. */
export interface IssueDetail {
  /** The cell's content, for unreadable cells. */
  readonly value?: unknown;
  /** The English message of the parser that refused the cell. */
  readonly message?: string;
  readonly dueIso?: string;
  readonly invoiceIso?: string;
  readonly invoiceNo?: string;
  readonly customer?: string;
}

/**
 * The text of an issue in English or Chinese.
 *
 * @example
 * ledgerIssueReason("noDueDate", "dueDate", "en", {}) //=> "no due date, and no invoice date with terms to compute it"
 */
export function ledgerIssueReason(code: LedgerIssueCode, field: LedgerField, language: Language, detail: IssueDetail): string {
  const zh = language === "zh";
  const shown = quote(String(detail.value ?? ""));
  switch (code) {
    case "noCustomer":
      return zh ? "缺少客户名称" : "no customer";
    case "noAmount":
      return zh ? "缺少金额" : "no amount";
    case "unreadableAmount":
      return zh
        ? `无法识别${FIELD_ZH[field] ?? "金额"}${shown}`
        : `${fieldName(field)}: ${detail.message ?? `cannot read ${shown}`}`;
    case "unreadableDate":
      return zh
        ? `无法识别${FIELD_ZH[field] ?? "日期"}${shown}，请使用日期单元格或 yyyy-mm-dd 格式`
        : `${fieldName(field)}: ${detail.message ?? `cannot read ${shown} as a date`}`;
    case "unreadableTerms":
      return zh ? `无法识别付款条件${shown}` : `terms: ${detail.message ?? `cannot read ${shown}`}`;
    case "dueBeforeInvoice":
      return zh
        ? `到期日 ${detail.dueIso} 早于开票日期 ${detail.invoiceIso}`
        : `due date ${detail.dueIso} is before invoice date ${detail.invoiceIso}`;
    case "duplicateInvoice":
      return zh
        ? `客户${quote(detail.customer ?? "")}的发票号${quote(detail.invoiceNo ?? "")}重复`
        : `duplicate invoice number ${quote(detail.invoiceNo ?? "")} for customer ${quote(detail.customer ?? "")}`;
    case "noDueDate":
      return zh ? "缺少到期日，也没有开票日期和付款条件可据以推算" : "no due date, and no invoice date with terms to compute it";
  }
}

function fieldName(field: LedgerField): string {
  return field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}
