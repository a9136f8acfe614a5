/**
 * Why an invoice gets the action it gets. The ledger scan stores one small integer per row and
 * turns it into text only for the rows it writes, so a million-row scan builds no strings.
 */
export const ActionCode = {
  /** Signed days below the first rung: nothing to do yet (text ""). */
  belowLadder: 0,
  /** Status paid, paid on or before as-of, or nothing open (text ""). */
  paid: 1,
  disputed: 2,
  promised: 3,
  smallBalance: 4,
  /** A key account at an agency or legal rung. */
  executiveCall: 5,
  /** The action of the rung reached. */
  rung: 6,
  /** A negative open amount: nets against the customer's invoices. */
  creditNote: 7,
  /** Last reminder within the minimum interval: "Wait until <date>". */
  wait: 8,
} as const;
export type ActionCode = (typeof ActionCode)[keyof typeof ActionCode];
