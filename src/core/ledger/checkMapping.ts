import { fail, type Result } from "../failure";
import type { LedgerMapping } from "./ledgerFields";

/**
 * Checks that a mapping can yield invoices: a customer column, an amount or open-amount column, and
 * a due-date column or invoice-date + terms columns to compute it.
 *
 * @example
 * isFailure(checkMapping({ customer: 0, amount: 1 })) //=> true   (no due date)
 */
export function checkMapping(mapping: LedgerMapping): Result<LedgerMapping> {
  if (mapping.customer === undefined) return fail("missing", "the ledger has no customer column (Customer, 客户…)");
  if (mapping.amount === undefined && mapping.openAmount === undefined) {
    return fail("missing", "the ledger has no amount column (Amount, Open amount, 金额…)");
  }
  if (mapping.dueDate === undefined && (mapping.invoiceDate === undefined || mapping.terms === undefined)) {
    return fail("missing", "the ledger has no due-date column (Due date, 到期日…), nor invoice date and terms to compute it");
  }
  return mapping;
}
