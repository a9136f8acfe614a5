import { ActionCode } from "../dunning/actionCode";
import { RowState, type LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../ledger/ledgerFields";

/** What the picker needs of a scan: its raw rows, the column mapping and the analysis of those rows. */
export interface ScannedRows {
  readonly rows: readonly (readonly unknown[])[];
  readonly mapping: LedgerMapping;
  readonly analysis: LedgerAnalysis;
}

/** One open invoice (or credit note) of a customer, as the scan read it. */
export interface OpenInvoice {
  /** Index among the scan's data rows. */
  readonly rowIndex: number;
  /** The invoice-number cell as text, or null when the ledger has none. */
  readonly invoiceNo: string | null;
  readonly dueSerial: number;
  readonly openCents: number;
  /** The scan put it in dispute (its status): no factor buys it, no insurer pays on it while disputed. */
  readonly disputed: boolean;
}

/** A customer in one currency with something open, as the picker lists it. */
export interface FinancingCustomer {
  /** Index of the scan's customer summary (customer × currency). */
  readonly index: number;
  readonly customer: string;
  readonly currency: string;
  readonly openCents: number;
  /** The scan's overdue (credit notes netted, never below 0): the insurance's default at-risk amount. */
  readonly overdueCents: number;
  readonly invoices: readonly OpenInvoice[];
}

/**
 * The customers (per currency) whose open total is positive, with their open rows, in the scan's
 * order of first appearance; rows in Issues are left out as from every total.
 *
 * @example
 * financingCustomers(scanned)[0] //=> { customer: "Acme", currency: "USD", openCents: 1200000, invoices: [...] , ... }
 */
export function financingCustomers(scanned: ScannedRows): FinancingCustomer[] {
  const { rows: results, customers } = scanned.analysis;
  const cNo = scanned.mapping.invoiceNo;
  const invoices = customers.map((): OpenInvoice[] => []);
  for (let i = 0; i < results.count; i++) {
    if (results.state[i] !== RowState.accepted || results.openCents[i] === 0) continue;
    const cell = cNo === undefined ? undefined : scanned.rows[i][cNo];
    invoices[results.customer[i]].push({
      rowIndex: i,
      invoiceNo: cell === undefined || cell === null || cell === "" ? null : String(cell),
      dueSerial: results.dueSerial[i],
      openCents: results.openCents[i],
      disputed: results.action[i] === ActionCode.disputed,
    });
  }
  return customers
    .map((c, index) => ({
      index,
      customer: c.customer,
      currency: c.currency,
      openCents: c.openCents,
      overdueCents: c.overdueCents,
      invoices: invoices[index],
    }))
    .filter((c) => c.openCents > 0);
}
