import { RowState, type LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../ledger/ledgerFields";

/** What a scan read, as far as the invoice list needs it (a ScannedLedger fits). */
export interface InvoiceLedger {
  readonly rows: readonly (readonly unknown[])[];
  readonly mapping: LedgerMapping;
  readonly analysis: Pick<LedgerAnalysis, "rows" | "customers">;
}

/**
 * The invoice numbers a customer still owes in one currency (rows the scan accepted with an open
 * amount above zero: credit notes are not disputed), in ledger order, each once — what the
 * customer card's dispute form offers. Empty when the ledger maps no invoice number column.
 *
 * @param customerIndex - the customer's index in `analysis.customers` (one customer and currency)
 * @example
 * openInvoiceNumbers(scanned, 0) //=> ["INV-1", "INV-3"]
 */
export function openInvoiceNumbers(ledger: InvoiceLedger, customerIndex: number): string[] {
  const column = ledger.mapping.invoiceNo;
  if (column === undefined || column < 0) return [];
  const results = ledger.analysis.rows;
  const seen = new Set<string>();
  for (let i = 0; i < results.count; i++) {
    if (results.customer[i] !== customerIndex || results.state[i] !== RowState.accepted || !(results.openCents[i] > 0)) continue;
    const cell = ledger.rows[i]?.[column];
    if (cell === null || cell === undefined || typeof cell === "boolean") continue;
    const text = String(cell).trim();
    if (text !== "") seen.add(text);
  }
  return [...seen];
}
