import type { Language } from "../language";
import { RowState } from "./ledgerAnalysisTypes";
import type { LedgerField } from "./ledgerFields";
import { ledgerIssueReason, type IssueDetail, type LedgerIssue, type LedgerIssueCode } from "./ledgerIssue";

/**
 * The rows a scan leaves out, with their reasons. An object of its own, not a closure inside the
 * scan: a closure would make the scan keep the row-state array (written on every row) in a heap
 * context instead of a register.
 *
 * @example
 * const issues = new RowIssues(state, "en");
 * issues.reject(4, "customer", "noCustomer", {});
 * issues.list[0].reason //=> "no customer"; state[4] === RowState.issue
 */
export class RowIssues {
  readonly list: LedgerIssue[] = [];

  constructor(
    private readonly state: Uint8Array,
    private readonly language: Language,
  ) {}

  /** Leaves row `rowIndex` out of the scan for `code`. */
  reject(rowIndex: number, field: LedgerField, code: LedgerIssueCode, detail: IssueDetail, firstRowIndex?: number): void {
    this.state[rowIndex] = RowState.issue;
    const reason = ledgerIssueReason(code, field, this.language, detail);
    this.list.push(
      firstRowIndex === undefined ? { rowIndex, field, code, reason } : { rowIndex, field, code, reason, firstRowIndex },
    );
  }

  /** Leaves a row out for a cell its reader could not read; `message` is the reader's reason. */
  unreadable(rowIndex: number, field: LedgerField, code: LedgerIssueCode, value: unknown, message: string): void {
    this.reject(rowIndex, field, code, { value, message });
  }
}
