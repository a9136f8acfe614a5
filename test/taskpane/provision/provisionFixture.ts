import type { ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { scannedLedgerOf } from "../../support/scannedLedgerOf";

/** 2025-04-30 (serial 45777), the as-of date of the provision tests. */
export const AS_OF = 45777;

/**
 * The shared hand-worked ledger (#19, USD, edges 30/60/90), copied here with its serials:
 * invoices A–F of one customer, D a credit note (left out of roll rates). Month-ends 2025-01-31
 * (45688), 02-28 (45716), 03-31 (45747), 04-30 (45777). Then one EUR invoice G of another
 * customer, so the view shows two currencies side by side and never adds them:
 * G 400.00 invoiced 2025-02-01 (45689), due 2025-03-03 (45719), unpaid →
 * Feb28 Current (due after) · Mar31 28 days → 1-30 · Apr30 58 days → 31-60.
 */
export const PROVISION_ROWS: readonly (readonly unknown[])[] = [
  // customer, invoice no, invoice date, due date, amount, currency, paid date
  ["Acme", "A", 45667, 45697, 1000, "USD", 45708],
  ["Acme", "B", 45662, 45677, 2000, "USD", ""],
  ["Acme", "C", 45682, 45712, 500, "USD", 45731],
  ["Acme", "D", 45672, 45672, -300, "USD", ""],
  ["Acme", "E", 45698, 45728, 800, "USD", ""],
  ["Acme", "F", 45627, 45657, 1500, "USD", 45726],
  ["Bolt", "G", 45689, 45719, 400, "EUR", ""],
];

const MAPPING = { customer: 0, invoiceNo: 1, invoiceDate: 2, dueDate: 3, amount: 4, currency: 5, paidDate: 6 };

/** The scan of `rows` as the pane receives it (the analysis run as the scan runs it). */
export function scannedLedger(rows: readonly (readonly unknown[])[] = PROVISION_ROWS, asOf = AS_OF): ScannedLedger {
  return scannedLedgerOf(rows, MAPPING, asOf, 7);
}
