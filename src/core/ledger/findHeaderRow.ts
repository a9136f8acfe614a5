import { fail, type Result } from "../failure";
import { LEDGER_MESSAGES as M } from "../messages/ledgerMessages";
import { chooseHeaderRow } from "./chooseHeaderRow";
import { headerMap } from "./headerMap";
import type { LedgerField, LedgerMapping } from "./ledgerFields";

export interface HeaderFound {
  /** Index of the header row in the rows given; data starts on the next row. */
  readonly headerRowIndex: number;
  readonly mapping: LedgerMapping;
}

/**
 * Finds the ledger's header (chooseHeaderRow: the row naming the most fields, at least three) and
 * its mapping, or the reason there is none.
 *
 * @example
 * findHeaderRow([["AR ledger"], ["Customer", "Amount", "Due date"], ["Acme", 100, 45838]])
 * //=> { headerRowIndex: 1, mapping: { customer: 0, amount: 1, dueDate: 2 } }
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  overrides: Partial<Record<LedgerField, number | null>> = {},
): Result<HeaderFound> {
  const chosen = chooseHeaderRow(rows);
  if (!chosen) return fail("noAnswer", M.noHeaderRow());
  return { headerRowIndex: chosen.headerRowIndex, mapping: headerMap(rows[chosen.headerRowIndex], overrides) };
}
