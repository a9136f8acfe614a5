import type { StatementSourceRow } from "../../../src/core/statements/statementTypes";

/*
 * A hand-worked customer for the statement tests. As of 45838 (2025-06-30), aging edges 30/60/90.
 *
 * Acme Ltd, USD (serial → date, as_of − due):
 *   INV-101  invoiced 45779 (2025-05-02), due 45809 (2025-06-01), 29 days: 1,000.00 less 400.00 paid = 600.00 open → 1-30
 *   INV-102  invoiced 45750 (2025-04-03), due 45780 (2025-05-03), 58 days: 500.00 open → 31-60
 *   CN-7     credit note, no invoice date, due 45800 (2025-05-23): −150.00 (a credit is never overdue)
 *   INV-103  invoiced 45820 (2025-06-12), due 45850 (2025-07-12), −12 days: 250.00 open → Current
 *   INV-100  paid in full: open 0 → not on the statement
 * Running balance, oldest due first: INV-102 500.00; CN-7 350.00; INV-101 950.00; INV-103 1,200.00.
 * Aging: Current 250.00, 1-30 600.00, 31-60 500.00, 61-90 0, 91+ 0, Disputed 0, Credit notes −150.00
 *   (250 + 600 + 500 − 150 = 1,200.00 = the balance).
 *
 * Acme Ltd, EUR:
 *   E-2  invoiced 45730 (2025-03-14), due 45760 (2025-04-13), 78 days but disputed: 300.00 → Disputed, not a bucket
 *   E-1  invoiced 45670 (2025-01-13), due 45700 (2025-02-12), 138 days: 800.00 → 91+
 * Running balance: E-1 800.00; E-2 1,100.00. Aging: 91+ 800.00, Disputed 300.00 (= 1,100.00).
 *
 * Beta GmbH, USD: B-1 invoiced 45808 (2025-05-31), due 45838 (today, 0 days: Current) 75.00.
 */
export const AS_OF = 45838;

export const ROWS: readonly StatementSourceRow[] = [
  { customer: "Acme Ltd", currency: "USD", invoiceNumber: "INV-100", invoiceSerial: 45740, dueSerial: 45770, openCents: 0 },
  { customer: "Acme Ltd", currency: "USD", invoiceNumber: "INV-101", invoiceSerial: 45779, dueSerial: 45809, openCents: 60000 },
  {
    customer: "Acme Ltd",
    currency: "EUR",
    invoiceNumber: "E-2",
    invoiceSerial: 45730,
    dueSerial: 45760,
    openCents: 30000,
    disputed: true,
  },
  { customer: "Beta GmbH", currency: "USD", invoiceNumber: "B-1", invoiceSerial: 45808, dueSerial: 45838, openCents: 7500 },
  { customer: "Acme Ltd", currency: "USD", invoiceNumber: "INV-102", invoiceSerial: 45750, dueSerial: 45780, openCents: 50000 },
  { customer: "Acme Ltd", currency: "USD", invoiceNumber: "CN-7", invoiceSerial: null, dueSerial: 45800, openCents: -15000 },
  { customer: "Acme Ltd", currency: "EUR", invoiceNumber: "E-1", invoiceSerial: 45670, dueSerial: 45700, openCents: 80000 },
  { customer: "Acme Ltd", currency: "USD", invoiceNumber: "INV-103", invoiceSerial: 45820, dueSerial: 45850, openCents: 25000 },
];
