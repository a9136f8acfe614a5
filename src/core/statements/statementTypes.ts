/*
 * A statement of account: every open item of one customer, per currency, with a running balance
 * and an aging footer. Amounts are integer cents; dates are Excel serials. The figures follow the
 * add-in's balance definitions (src/core/ledger/balances.ts), so a statement's balance per currency
 * is the customer's Open balance on the dashboard, and its aging buckets are the dashboard's.
 */

/** What an open item counts as on a statement (balances.ts: credit, disputed, overdue or current). */
export type StatementItemKind = "current" | "overdue" | "disputed" | "credit";

/** One open item of the ledger, as the scan accepted it (a LetterInvoiceRow fits). */
export interface StatementSourceRow {
  readonly customer: string;
  readonly currency?: string | null;
  readonly invoiceNumber?: string | null;
  readonly invoiceSerial?: number | null;
  readonly dueSerial: number;
  /** The row's open amount in cents: negative for a credit note or an overpayment. */
  readonly openCents: number;
  readonly disputed?: boolean;
}

/** One line of a statement: an open item and the balance after it. */
export interface StatementLine {
  readonly kind: StatementItemKind;
  readonly invoiceNumber: string | null;
  readonly invoiceSerial: number | null;
  readonly dueSerial: number;
  /** as_of − due, 0 when not yet due; 0 for a credit (a credit is never overdue). */
  readonly daysOverdue: number;
  readonly openCents: number;
  /** The running balance: the open amounts of this line and every line above it, in this currency. */
  readonly balanceCents: number;
}

/** The aging footer of one currency: the buckets (current and overdue items), disputed and credits apart. */
export interface StatementAging {
  /** Cents per bucket: Current, 1..edges[0], …, past the last edge (bucketIndex's order). */
  readonly buckets: readonly number[];
  readonly disputedCents: number;
  /** ≤ 0. */
  readonly creditCents: number;
}

/** The open items of one customer in one currency. */
export interface StatementCurrency {
  readonly currency: string;
  readonly lines: readonly StatementLine[];
  /** The balance owed in this currency: the last line's running balance. */
  readonly totalCents: number;
  readonly aging: StatementAging;
}

/** A statement of account of one customer. */
export interface Statement {
  readonly customer: string;
  readonly asOfSerial: number;
  /** The aging edges the footer's buckets were cut at (30/60/90 by default). */
  readonly edges: readonly number[];
  readonly currencies: readonly StatementCurrency[];
}
