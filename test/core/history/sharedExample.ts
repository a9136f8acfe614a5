import { allocateHistoryLedger, type HistoryLedger } from "../../../src/core/history/historyLedger";

/* The shared hand-worked example of issue #19 (USD; edges 30/60/90 → Current, 1-30, 31-60, 61-90, 91+).
   Serials (1900 system): 2025-01-31 = 45688, 2025-02-28 = 45716, 2025-03-31 = 45747, 2025-04-30 = 45777.
   | Inv | Amount    | Invoice      | Due          | Paid         |
   | A   | 1,000.00  | 45667 Jan 10 | 45697 Feb 09 | 45708 Feb 20 |
   | B   | 2,000.00  | 45662 Jan 05 | 45677 Jan 20 | unpaid       |
   | C   |   500.00  | 45682 Jan 25 | 45712 Feb 24 | 45731 Mar 15 |
   | D   |  −300.00  | 45672 Jan 15 | 45672 Jan 15 | unpaid (credit note: left out of roll rates) |
   | E   |   800.00  | 45698 Feb 10 | 45728 Mar 12 | unpaid       |
   | F   | 1,500.00  | 45627 Dec 01 | 45657 Dec 31 | 45726 Mar 10 | */
export const MONTH_ENDS = [45688, 45716, 45747, 45777];
export const EDGES = [30, 60, 90];

export const USD_ROWS: readonly [string, number, number, number, number | null][] = [
  ["A", 100000, 45667, 45697, 45708],
  ["B", 200000, 45662, 45677, null],
  ["C", 50000, 45682, 45712, 45731],
  ["D", -30000, 45672, 45672, null],
  ["E", 80000, 45698, 45728, null],
  ["F", 150000, 45627, 45657, 45726],
];

/* A second currency (EUR), worked by hand the same way:
   | G |   400.00 | 45677 Jan 20 | 45707 Feb 19 | 45757 Apr 10 |
   | H |   600.00 | 45641 Dec 15 | 45671 Jan 14 | unpaid       |
   | I |   250.00 | 45721 Mar 05 | 45751 Apr 04 | 45767 Apr 20 |
   | J | 1,000.01 | 45762 Apr 15 | 45792 May 15 | unpaid       |
   G: Jan31 −19 d Current; Feb28 9 d 1-30; Mar31 40 d 31-60; paid Apr 10, gone at Apr30.
   H: Jan31 17 d 1-30; Feb28 45 d 31-60; Mar31 76 d 61-90; Apr30 106 d 91+.
   I: invoiced Mar 5; Mar31 −4 d Current; paid Apr 20, gone at Apr30.
   J: invoiced Apr 15; Apr30 −15 d Current.
   Snapshots (Current / 1-30 / 31-60 / 61-90 / 91+):
   Jan31 400 / 600 / 0 / 0 / 0;  Feb28 0 / 400 / 600 / 0 / 0;
   Mar31 250 / 0 / 400 / 600 / 0;  Apr30 1,000.01 / 0 / 0 / 0 / 600.
   Rolled: Jan→Feb Current 400 of 400, 1-30 600 of 600, 31-60 and 61-90 no balance (blank);
           Feb→Mar Current no balance, 1-30 400 of 400, 31-60 600 of 600, 61-90 no balance;
           Mar→Apr Current 0 of 250 (I paid), 1-30 no balance, 31-60 0 of 400 (G paid), 61-90 600 of 600.
   Pooled: Current 400/650 = 8/13; 1-30 1,000/1,000 = 1; 31-60 600/1,000 = 0.6; 61-90 600/600 = 1.
   Loss rates: 91+ 1; 61-90 1; 31-60 0.6; 1-30 0.6; Current 8/13 × 0.6 = 24/65 = 0.369230769231.
   Provision at Apr30: Current 100,001 cents × 24/65 = 36,923.446… → 36,923 cents (369.23);
   91+ 600.00 × 1 = 600.00; total 969.23. */
export const EUR_ROWS: readonly [string, number, number, number, number | null][] = [
  ["G", 40000, 45677, 45707, 45757],
  ["H", 60000, 45641, 45671, null],
  ["I", 25000, 45721, 45751, 45767],
  ["J", 100001, 45762, 45792, null],
];

export function ledgerOf(rows: readonly (readonly [string, number, number, number, number | null])[]): HistoryLedger {
  const ledger = allocateHistoryLedger(rows.length);
  rows.forEach(([, cents, invoiced, due, paid], i) => {
    ledger.amountCents[i] = cents;
    ledger.invoiceSerial[i] = invoiced;
    ledger.dueSerial[i] = due;
    if (paid !== null) ledger.paidSerial[i] = paid;
  });
  return ledger;
}
