import { allocateHistoryLedger, type HistoryLedger } from "./historyLedger";

/**
 * A history ledger from aligned columns as a function reads them (amounts in cents, date serials,
 * null for a blank paid date = unpaid; a null paid column = nothing paid yet).
 *
 * @example
 * historyLedgerFromColumns([100000], [45667], [45697], null).paidSerial //=> Float64Array [NaN]
 */
export function historyLedgerFromColumns(
  amountCents: readonly number[],
  invoiceSerial: readonly number[],
  dueSerial: readonly number[],
  paidSerial: readonly (number | null)[] | null,
): HistoryLedger {
  const ledger = allocateHistoryLedger(amountCents.length);
  for (let i = 0; i < amountCents.length; i++) {
    ledger.amountCents[i] = amountCents[i];
    ledger.invoiceSerial[i] = invoiceSerial[i];
    ledger.dueSerial[i] = dueSerial[i];
    const paid = paidSerial === null ? null : paidSerial[i];
    if (paid !== null) ledger.paidSerial[i] = paid;
  }
  return ledger;
}
