import { messageText, type Message } from "../messages/message";
import { LEDGER_ISSUE_MESSAGES as M } from "../messages/ledgerIssueMessages";
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
  return messageText(ledgerIssueMessage(code, field, detail), language);
}

/**
 * The message of an issue, in both languages, from LEDGER_ISSUE_MESSAGES.
 *
 * @example
 * ledgerIssueMessage("noCustomer", "customer", {}).zh //=> "缺少客户名称"
 */
export function ledgerIssueMessage(code: LedgerIssueCode, field: LedgerField, detail: IssueDetail): Message {
  const cell = {
    field,
    value: String(detail.value ?? ""),
    ...(detail.message === undefined ? {} : { reason: detail.message }),
  };
  switch (code) {
    case "noCustomer":
      return M.noCustomer();
    case "noAmount":
      return M.noAmount();
    case "unreadableAmount":
      return M.unreadableAmount(cell);
    case "unreadableDate":
      return M.unreadableDate(cell);
    case "unreadableTerms":
      return M.unreadableTerms(cell);
    case "dueBeforeInvoice":
      return M.dueBeforeInvoice({ dueIso: detail.dueIso ?? "", invoiceIso: detail.invoiceIso ?? "" });
    case "duplicateInvoice":
      return M.duplicateInvoice({ invoiceNo: detail.invoiceNo ?? "", customer: detail.customer ?? "" });
    case "noDueDate":
      return M.noDueDate();
  }
}
