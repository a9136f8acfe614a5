import type { OpenInvoice } from "./financingCustomers";

/** Why an option leaves an invoice out; null when the option applies to it. */
export type Ineligible = "creditNote" | "disputed" | "overdueTooLong" | "discountWindowPassed" | null;

type Invoice = Pick<OpenInvoice, "openCents" | "dueSerial" | "disputed">;

/** Days past due on as-of, 0 when not yet due. */
export function daysPastDue(invoice: Pick<OpenInvoice, "dueSerial">, asOf: number): number {
  return Math.max(0, asOf - invoice.dueSerial);
}

/** Credit notes and disputed invoices are what no option but waiting can take. */
function plain(invoice: Invoice): Ineligible {
  if (invoice.openCents <= 0) return "creditNote";
  return invoice.disputed ? "disputed" : null;
}

/**
 * A factor buys current invoices: not credit notes, not disputed, and overdue by no more than its
 * limit (0: none overdue at all).
 *
 * @example
 * factorBuys({ openCents: 100000, dueSerial: 45800, disputed: false }, 45838, 30) //=> "overdueTooLong" (38 days > 30)
 */
export function factorBuys(invoice: Invoice, asOf: number, maxDaysOverdue: number): Ineligible {
  return plain(invoice) ?? (daysPastDue(invoice, asOf) > maxDaysOverdue ? "overdueTooLong" : null);
}

/**
 * An early-payment discount is for paying early: the invoice's discount window (which ends
 * net − discount days before its due date, e.g. 20 days before for 2/10 net 30) must still be open
 * on as-of, i.e. as-of ≤ due − (net − discount days).
 *
 * @example
 * discountApplies({ openCents: 100000, dueSerial: 45860, disputed: false }, 45838, 20) //=> null (window ends 45840)
 */
export function discountApplies(invoice: Invoice, asOf: number, daysBeforeDue: number): Ineligible {
  return plain(invoice) ?? (asOf > invoice.dueSerial - daysBeforeDue ? "discountWindowPassed" : null);
}

/**
 * Credit insurance covers a debt that is not disputed and, if overdue, overdue by no more than the
 * policy's cover (older debts are past the time to notify the insurer).
 *
 * @example
 * insuranceCovers({ openCents: 100000, dueSerial: 45651, disputed: false }, 45838, 90) //=> "overdueTooLong" (187 days)
 */
export function insuranceCovers(invoice: Invoice, asOf: number, coverDays: number): Ineligible {
  return plain(invoice) ?? (daysPastDue(invoice, asOf) > coverDays ? "overdueTooLong" : null);
}
