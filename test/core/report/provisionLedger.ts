import type { LedgerRanges } from "../../../src/core/report/ledgerFormulas";

/*
 * The ledgers the AR Provision tests evaluate, with their figures worked out by hand (edges
 * 30/60/90 → Current, 1-30, 31-60, 61-90, 91+; month-ends 2025-01-31 45688, 2025-02-28 45716,
 * 2025-03-31 45747, 2025-04-30 45777).
 *
 * USD (issue #19's shared example): A 1,000 inv 45667 due 45697 paid 45708; B 2,000 inv 45662 due
 * 45677 unpaid; C 500 inv 45682 due 45712 paid 45731; D −300 credit note (left out); E 800 inv 45698
 * due 45728 unpaid; F 1,500 inv 45627 due 45657 paid 45726.
 *   Snapshots Jan31 1,500 / 2,000 / 1,500 / 0 / 0; Feb28 800 / 500 / 3,500 / 0 / 0;
 *   Mar31 0 / 800 / 0 / 2,000 / 0; Apr30 0 / 0 / 800 / 0 / 2,000.
 *   Rolled Jan→Feb 500 / 2,000 / 0 / 0; Feb→Mar 800 / 0 / 2,000 / 0; Mar→Apr 0 / 800 / 0 / 2,000.
 *
 * EUR (this file's own): G 1,000 inv 2025-01-02 (45659) due 2025-01-31 (45688) unpaid — 0, 28, 59,
 * 89 days at the four month-ends: Current, 1-30, 31-60, 61-90; H 400 inv 2025-02-01 (45689) due
 * 2025-02-15 (45703) paid 2025-04-10 (45757) — not issued at Jan31, 13 d (1-30) at Feb28, 44 d
 * (31-60) at Mar31, paid by Apr30; I 250.50 inv 2024-11-15 (45611) due 2024-12-15 (45641) unpaid —
 * 47, 75, 106, 136 days: 31-60, 61-90, 91+, 91+; J −100 credit note (left out); K 300 inv 2025-04-20
 * (45767) due 2025-05-20 (45797) unpaid — Current at Apr30 only.
 *   Snapshots Jan31 1,000 / 0 / 250.50 / 0 / 0; Feb28 0 / 1,400 / 0 / 250.50 / 0;
 *   Mar31 0 / 0 / 1,400 / 0 / 250.50; Apr30 300 / 0 / 0 / 1,000 / 250.50.
 *   Rolled Jan→Feb: Current 1,000 (G to 1-30), 1-30 0 (no balance), 31-60 250.50 (I to 61-90), 61-90 0
 *   (no balance); Feb→Mar: Current 0 (no balance), 1-30 1,400 (G 59 d, H 44 d), 31-60 0 (no balance),
 *   61-90 250.50 (I to 91+); Mar→Apr: Current 0, 1-30 0 (both no balance), 31-60 1,000 (G 89 d; H
 *   paid), 61-90 0 (no balance).
 *
 * Rows that must count nowhere: a USD row the scan listed in Issues (invoice date after due date,
 * empty Days overdue) and a GBP row (another currency).
 */
export const PROVISION_LEDGER: (string | number | null)[][] = [
  ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency", "Paid date", "Days overdue"],
  ["Acme", "A", 45667, 45697, 1000, "USD", 45708, 0],
  ["Bolt", "B", 45662, 45677, 2000, "USD", null, 100],
  ["Acme", "C", 45682, 45712, 500, "USD", 45731, 0],
  ["Bolt", "D", 45672, 45672, -300, "USD", null, 105],
  ["Cole", "E", 45698, 45728, 800, "USD", null, 49],
  ["Dorn", "F", 45627, 45657, 1500, "USD", 45726, 0],
  ["Euro", "G", 45659, 45688, 1000, "EUR", null, 89],
  ["Euro", "H", 45689, 45703, 400, "EUR", 45757, 0],
  ["Fern", "I", 45611, 45641, 250.5, "EUR", null, 136],
  ["Fern", "J", 45650, 45650, -100, "EUR", null, 127],
  ["Gilt", "K", 45767, 45797, 300, "EUR", null, 0],
  ["Bad", "X", 45700, 45690, 5000, "USD", null, ""],
  ["Hale", "Y", 45600, 45630, 7000, "GBP", null, 147],
];

/** The ledger's columns as reportLedgerRanges gives them: data rows 2.. to row 1013 (12 rows + 1,000). */
export const PROVISION_RANGES: LedgerRanges = {
  sheetName: "Ledger",
  customer: "$A$2:$A$1013",
  invoiceNo: "$B$2:$B$1013",
  invoiceDate: "$C$2:$C$1013",
  dueDate: "$D$2:$D$1013",
  amount: "$E$2:$E$1013",
  currency: "$F$2:$F$1013",
  paidDate: "$G$2:$G$1013",
  daysOverdue: "$H$2:$H$1013",
};
