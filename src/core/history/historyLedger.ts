/*
 * The ledger's history as the month-end engines read it: one currency's rows as parallel typed
 * arrays (a million rows allocate four arrays, no per-row objects). NaN marks a blank or unreadable
 * cell; a row with NaN amount, invoice date or due date is left out of every snapshot; a NaN paid
 * date means still unpaid.
 */
export interface HistoryLedger {
  readonly count: number;
  /** Invoice amount in integer cents; negative for a credit note (credit notes are left out of roll rates). */
  readonly amountCents: Float64Array;
  /** Invoice date serial. */
  readonly invoiceSerial: Float64Array;
  /** Due date serial. */
  readonly dueSerial: Float64Array;
  /** Paid date serial; NaN while unpaid. */
  readonly paidSerial: Float64Array;
}

/** A history ledger of `count` rows, every cell NaN (blank). */
export function allocateHistoryLedger(count: number): HistoryLedger {
  const blank = () => new Float64Array(count).fill(Number.NaN);
  return { count, amountCents: blank(), invoiceSerial: blank(), dueSerial: blank(), paidSerial: blank() };
}
