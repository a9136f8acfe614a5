import { fail, type Result } from "../failure";
import { countRecognizedHeaders, headerMap } from "./headerMap";
import type { LedgerField, LedgerMapping } from "./ledgerFields";
import { LEDGER_MESSAGES as M } from "../messages/ledgerMessages";

/** Rows searched for the header: a title block above a ledger is a few rows, not hundreds. */
const MAX_HEADER_SCAN = 50;

export interface HeaderFound {
  /** Index of the header row in the rows given; data starts on the next row. */
  readonly headerRowIndex: number;
  readonly mapping: LedgerMapping;
}

/**
 * Finds the ledger's header: the first row with at least three recognised headers, and its mapping.
 *
 * @example
 * findHeaderRow([["AR ledger"], ["Customer", "Amount", "Due date"], ["Acme", 100, 45838]])
 * //=> { headerRowIndex: 1, mapping: { customer: 0, amount: 1, dueDate: 2 } }
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  overrides: Partial<Record<LedgerField, number | null>> = {},
): Result<HeaderFound> {
  const limit = Math.min(rows.length, MAX_HEADER_SCAN);
  for (let r = 0; r < limit; r++) {
    if (countRecognizedHeaders(rows[r]) >= 3) return { headerRowIndex: r, mapping: headerMap(rows[r], overrides) };
  }
  return fail("noAnswer", M.noHeaderRow());
}
