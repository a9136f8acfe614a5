/**
 * A hand-worked register and ledger for the collection KPIs, as of 2025-07-12 (serial 45850;
 * 45838 is 2025-06-30, so July 2025 runs from 45839). The arithmetic is in the comments; the
 * tests compare with those hand figures, never with the code's own output.
 */
export const KPI_AS_OF = 45850;

export const KPI_LEDGER_MAPPING = { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3, currency: 4, paidDate: 5, status: 6 };

/*
 * USD, undisputed invoices by age at 45850 (as_of − due):
 *   Current Co C-1  1,000.00 due 45860 → −10 days: Current
 *   Broken Co  B-1    800.00 due 45830 →  20 days: 1-30
 *   Mid Co     M-1  1,800.00 due 45780 →  70 days: 61-90
 *   Old Co     O-1  1,200.00 due 45750 → 100 days: 91+
 *   → invoices 1,000 + 800 + 1,800 + 1,200 = 4,800.00; 91+ = 1,200.00 → 1,200 / 4,800 = 25.0 %
 * Apart from the aging (balances.ts), so in neither side of the rate:
 *   Dispute Co D-9 500.00 Disputed (100 days old) and Current Co CN-1 −300.00 credit note.
 *   (Over the net open balance, 4,800 + 500 − 300 = 5,000, it would read 24.0 %: not what we count.)
 *   Kept Co K-1 1,000.00 due 45830, paid 45842: settled, nothing overdue.
 * EUR: Euro Co E-1 2,000.00 due 45840 → 10 days: 1-30; 91+ = 0 → 0 / 2,000 = 0.0 %.
 */
export const KPI_LEDGER_ROWS: readonly (readonly unknown[])[] = [
  ["Current Co", "C-1", 1000, 45860, "USD", "", ""],
  ["Broken Co", "B-1", 800, 45830, "USD", "", ""],
  ["Mid Co", "M-1", 1800, 45780, "USD", "", ""],
  ["Old Co", "O-1", 1200, 45750, "USD", "", ""],
  ["Dispute Co", "D-9", 500, 45750, "USD", "", "Disputed"],
  ["Current Co", "CN-1", -300, 45800, "USD", "", ""],
  ["Kept Co", "K-1", 1000, 45830, "USD", 45842, ""],
  ["Euro Co", "E-1", 2000, 45840, "EUR", "", ""],
];

export const KPI_HEADER = [
  "Date",
  "Customer",
  "Currency",
  "Invoice",
  "Kind",
  "Level",
  "Channel",
  "Amount",
  "Due by",
  "Reason",
  "Owner",
];

/*
 * Promises (grace 3 days), each judged once as of 45850:
 *   0 Kept Co, due by 45842 → hold ends 45845 < 45850; still in force; Kept Co owes nothing overdue
 *     in USD (K-1 paid 45842) → KEPT.
 *   1 Broken Co USD 800.00, due by 45840 → hold ends 45843 < 45850; in force; B-1 800.00 still
 *     overdue → BROKEN (by the ledger at as-of).
 *   2 Lapsed Co EUR 300.00, due by 45810 → hold ended 45813; row 3, "Broken promise" note dated
 *     45814 > 45810 → BROKEN (by the note), even though row 4 renewed it at 45820 and Lapsed Co is
 *     not in the ledger any more.
 *   4 Lapsed Co EUR 300.00, due by 45860 → hold to 45863 ≥ 45850: HELD, not judged.
 *   5 Kept Co promise dated 45851, after as-of: ignored.
 *   → judged 3: kept 1, broken 2 → 1 / 3 = 33.3 %; broken amounts USD 800.00 (1), EUR 300.00 (1).
 * Disputes:
 *   6 Dispute Co D-1 from 45830, released by note 7 on 45834 → 4 days.
 *   8 Dispute Co D-2 from 45835, released by dispute row 9 ("Resolved") on 45845 → 10 days.
 *   10 Dispute Co D-3 from 45845, open at as-of → 45850 − 45845 = 5 days so far.
 *   11 Dispute Co D-4 from 45851: after as-of, ignored.
 *   → released 2: average (4 + 10) / 2 = 7.0, median of [4, 10] = (4 + 10) / 2 = 7.0; open 1 (5 days).
 * Reminders this month (2025-07-01 = 45839 … 45850):
 *   12 Broken Co L1 45839 (first day, counted) · 13 Old Co L1 45841 · 14 Mid Co L1 45845 ·
 *   15 Broken Co L2 45850 (as-of, counted) · 16 Kept Co L1 45835 (June: no) · 17 Mid Co L2 45852
 *   (after as-of: no) → level 1: 3, level 2: 1, total 4.
 */
export const KPI_REGISTER_ROWS: readonly (readonly unknown[])[] = [
  /* 0 */ [45835, "Kept Co", "", "", "Promise", "", "Call", 1000, 45842, "", "Ann"],
  /* 1 */ [45835, "Broken Co", "USD", "", "Promise", "", "Call", 800, 45840, "", "Ann"],
  /* 2 */ [45800, "Lapsed Co", "EUR", "", "Promise", "", "Call", 300, 45810, "", "Bo"],
  /* 3 */ [45814, "Lapsed Co", "EUR", "", "Note", "", "", 300, 45810, "Broken promise: due by 2025-06-02, still unpaid.", ""],
  /* 4 */ [45820, "Lapsed Co", "EUR", "", "Promise", "", "Call", 300, 45860, "", "Bo"],
  /* 5 */ [45851, "Kept Co", "", "", "Promise", "", "Call", 500, 45860, "", "Ann"],
  /* 6 */ [45830, "Dispute Co", "", "D-1", "Dispute", "", "", "", "", "Goods damaged", ""],
  /* 7 */ [45834, "Dispute Co", "", "D-1", "Note", "", "", "", "", "Released: credit note agreed", ""],
  /* 8 */ [45835, "Dispute Co", "", "D-2", "Dispute", "", "", "", "", "Wrong price", ""],
  /* 9 */ [45845, "Dispute Co", "", "D-2", "Dispute", "", "", "", "", "Resolved: price corrected", ""],
  /* 10 */ [45845, "Dispute Co", "", "D-3", "Dispute", "", "", "", "", "Short delivery", ""],
  /* 11 */ [45851, "Dispute Co", "", "D-4", "Dispute", "", "", "", "", "Late delivery", ""],
  /* 12 */ [45839, "Broken Co", "USD", "", "Reminder", 1, "Email", "", "", "", "Ann"],
  /* 13 */ [45841, "Old Co", "USD", "", "Reminder", 1, "Email", "", "", "", "Ann"],
  /* 14 */ [45845, "Mid Co", "USD", "", "Reminder", 1, "Email", "", "", "", "Ann"],
  /* 15 */ [45850, "Broken Co", "USD", "", "Reminder", 2, "Email", "", "", "", "Ann"],
  /* 16 */ [45835, "Kept Co", "USD", "", "Reminder", 1, "Email", "", "", "", "Ann"],
  /* 17 */ [45852, "Mid Co", "USD", "", "Reminder", 2, "Email", "", "", "", "Ann"],
];
