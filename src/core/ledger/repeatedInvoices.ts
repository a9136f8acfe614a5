import { hasDuplicateInvoice } from "./hasDuplicateInvoice";
import { NO_INVOICE } from "./identifyRows";
import { invoiceKey } from "./invoiceKey";
import { RowState } from "./ledgerAnalysisTypes";

/*
 * The scan's checks for an invoice number used twice by one customer: on the fast path after the
 * row loop (hasRepeatedInvoice, on the first pass's hashes), on the exact path row by row
 * (sameInvoiceAs, InvoiceIndex's comparison).
 */

/** The first pass's per-row customer ids and invoice hashes, and its work slots. */
interface InvoiceHashes {
  /** Per row: the customer's entity id. */
  readonly entityOfRow: Int32Array;
  /** Per row: invoiceHash(customer, invoice number), or NO_INVOICE; null without an invoice column. */
  readonly invoiceOfRow: Int32Array | null;
  /** 4 × rows work slots. */
  readonly work: Int32Array;
}

/**
 * The fast scan's check for invoice numbers used twice by one customer among the accepted rows.
 * It runs after the row loop on the first pass's hashes, so the loop does not carry it.
 */
export function hasRepeatedInvoice(
  rows: readonly (readonly unknown[])[],
  identities: InvoiceHashes,
  state: Uint8Array,
  column: number,
): boolean {
  const { entityOfRow, invoiceOfRow, work } = identities;
  if (invoiceOfRow === null) return false;
  const n = state.length;
  // hashes[k] is the invoice hash of accepted row hashedRows[k].
  const hashes = work.subarray(0, n);
  const hashedRows = work.subarray(n, 2 * n);
  let hashed = 0;
  for (let i = 0; i < n; i++) {
    const hash = invoiceOfRow[i];
    if (hash !== NO_INVOICE && state[i] === RowState.accepted) {
      hashes[hashed] = hash;
      hashedRows[hashed++] = i;
    }
  }
  return hasDuplicateInvoice(hashes, hashedRows, hashed, sameRowsInvoice(rows, entityOfRow, column), work.subarray(2 * n));
}

// The two comparisons below are made in functions of their own so that their closures capture
// these parameters, not the scan's locals (which would then live in a heap context, see RowIssues).

/** InvoiceIndex's check: the earlier (accepted) row `row` has this customer and invoice key. */
export function sameInvoiceAs(
  rows: readonly (readonly unknown[])[],
  entityOfRow: Int32Array,
  column: number,
): (row: number, customerId: number, key: string | number) => boolean {
  return (row, customerId, key) => entityOfRow[row] === customerId && invoiceKey(rows[row][column]) === key;
}

/** hasDuplicateInvoice's check: rows `a` and `b` are the same invoice of the same customer. */
function sameRowsInvoice(
  rows: readonly (readonly unknown[])[],
  entityOfRow: Int32Array,
  column: number,
): (a: number, b: number) => boolean {
  return (a, b) => entityOfRow[a] === entityOfRow[b] && invoiceKey(rows[a][column]) === invoiceKey(rows[b][column]);
}
