import { fail, type Result } from "../failure";
import type { LedgerMapping } from "./ledgerFields";
import { LEDGER_MESSAGES as M } from "../messages/ledgerMessages";

/**
 * Checks that a mapping can yield invoices: a customer column, an amount or open-amount column, and
 * a due-date column or invoice-date + terms columns to compute it.
 *
 * @example
 * isFailure(checkMapping({ customer: 0, amount: 1 })) //=> true   (no due date)
 */
export function checkMapping(mapping: LedgerMapping): Result<LedgerMapping> {
  if (mapping.customer === undefined) return fail("missing", M.noCustomerColumn());
  if (mapping.amount === undefined && mapping.openAmount === undefined) {
    return fail("missing", M.noAmountColumn());
  }
  if (mapping.dueDate === undefined && (mapping.invoiceDate === undefined || mapping.terms === undefined)) {
    return fail("missing", M.noDueDateColumn());
  }
  return mapping;
}
