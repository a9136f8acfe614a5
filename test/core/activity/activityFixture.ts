/**
 * A hand-written register and ledger, as-of 2025-07-12 (serial 45850; 45838 is 2025-06-30).
 * Every ledger invoice is due 2025-06-22 (45830): 20 days overdue, which on the standard ladder
 * (rungs at −3, 1, 8, 15, 30, 45, 60, 90 days) is level 4, "Second written reminder".
 */
export const AS_OF = 45850;

export const LEDGER_MAPPING = { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3, currency: 4, paidDate: 5 };

export const LEDGER_ROWS: readonly (readonly unknown[])[] = [
  ["Reminded Co", "R-1", 600, 45830, "USD", ""],
  ["Broken Co", "B-1", 800, 45830, "USD", ""],
  ["Dispute Co", "D-1", 400, 45830, "USD", ""],
  ["Dispute Co", "D-2", 300, 45830, "USD", ""],
  ["Held Co", "H-1", 700, 45830, "USD", ""],
  // Paid 2025-07-04 (45842), the day it promised.
  ["Kept Co", "K-1", 500, 45830, "USD", 45842],
];

export const HEADER = [
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

/** Data rows (index = row number in issues). */
export const REGISTER_ROWS: readonly (readonly unknown[])[] = [
  /* 0 */ [45830, "Reminded Co", "", "", "Reminder", 4, "Email", "", "", "", "Ann"],
  // Text date 2025-07-08 = 45846, four days before as-of; the name in other case and spacing.
  /* 1 */ ["2025-07-08", " REMINDED co", "", "", "提醒", 4, "Email", "", "", "", "Ann"],
  // After as-of: not counted.
  /* 2 */ [45855, "Reminded Co", "", "", "reminder", 5, "Email", "", "", "", "Ann"],
  // Due by 2025-07-02 (45840); hold ends 45840 + 3 = 45843 < 45850: broken.
  /* 3 */ [45835, "Broken Co", "usd", "", "Promise", "", "Call", "800.00", 45840, "Will pay Wednesday", "Ann"],
  // Due by 2025年7月4日 = 45842; hold ends 45845; paid 45842: kept.
  /* 4 */ [45835, "Kept Co", "", "", "承诺", "", "电话", 500, "2025年7月4日", "", "Bo"],
  // Due by 45855; hold ends 45858 ≥ 45850: held.
  /* 5 */ [45848, "Held Co", "", "", "promise", "", "", "700", 45855, "", ""],
  /* 6 */ [45840, "Dispute Co", "", "D-1", "Dispute", "", "", "", "", "Goods damaged", ""],
  /* 7 */ ["next week", "Dispute Co", "", "", "Note", "", "", "", "", "", ""],
  /* 8 */ [45841, "Someone", "", "", "visit", "", "", "", "", "", ""],
  /* 9 */ ["", "", "", "", "", "", "", "", "", "", ""],
  /* 10 */ [45841, "", "", "", "note", "", "", "", "", "", ""],
  /* 11 */ [45841, "Held Co", "", "", "Promise", "", "", "", "", "", ""],
  /* 12 */ [45841, "Dispute Co", "", "", "Dispute", "", "", "", "", "Wrong price", ""],
  /* 13 */ [45841, "Held Co", "", "", "Call", "two", "", "", "", "", ""],
  /* 14 */ [45841, "Held Co", "", "", "Call", "", "", "lots", "", "", ""],
];

/** The dispute on D-1 released on 2025-07-07 (45845), by a note whose reason carries the marker. */
export const RELEASE_ROW: readonly unknown[] = [
  45845,
  "Dispute Co",
  "",
  "D-1",
  "Note",
  "",
  "",
  "",
  "",
  "Released: credit note agreed",
  "Ann",
];
