import { invoiceKey } from "../ledger/invoiceKey";
import type { LedgerIssue } from "../ledger/ledgerIssue";

/**
 * The invoice numbers a scan listed in Issues as repeated, once each, as text (what TRIM makes of
 * the cell), for the live formulas' LedgerRanges.repeatedInvoices: the one Issue they cannot see
 * in typed cells.
 *
 * @param issues - the scan's issues
 * @param rows - the rows it scanned
 * @param column - the invoice-number column of `rows`, undefined when unmapped
 * @example
 * repeatedInvoices([{ code: "duplicateInvoice", rowIndex: 1, … }], [["A-1"], [" A-1 "]], 0) //=> ["A-1"]
 */
export function repeatedInvoices(
  issues: readonly Pick<LedgerIssue, "code" | "rowIndex">[],
  rows: readonly (readonly unknown[])[],
  column: number | undefined,
): string[] {
  const numbers = new Set<string>();
  if (column === undefined) return [];
  for (const issue of issues) {
    if (issue.code !== "duplicateInvoice") continue;
    const key = invoiceKey(rows[issue.rowIndex]?.[column]);
    if (key !== undefined) numbers.add(String(key));
  }
  return [...numbers];
}
