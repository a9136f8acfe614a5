import { bucketIndex } from "../aging/agingBuckets";
import type { HistoryLedger } from "./historyLedger";
import { walkHistory } from "./historyWalk";

/** The open invoices at each month-end, by aging bucket, read from the ledger's own dates. */
export interface MonthEndSnapshots {
  readonly monthEnds: readonly number[];
  /** Current, one per edge, and the open-ended oldest. */
  readonly bucketCount: number;
  /** Open amounts in integer cents, monthEnds.length × bucketCount, row-major: month-end t, bucket k at t × bucketCount + k. */
  readonly balanceCents: Float64Array;
  /** Open invoices counted, same layout. */
  readonly invoiceCount: Float64Array;
}

/**
 * The aging of open invoices at each month-end, as the ledger says it stood then: an invoice is open
 * at M when its invoice date ≤ M and it is unpaid or paid after M; its bucket follows M − due date
 * (≤ 0 is Current). Credit notes are left out (they never roll), and so are rows with a blank
 * amount, invoice date or due date. No stored snapshots are needed.
 *
 * @param ledger - one currency's history
 * @param monthEnds - increasing month-end serials (monthEndsBetween)
 * @param edges - validated aging edges (validateEdges)
 * @example
 * // 1,000.00 invoiced 2025-01-10, due 2025-02-09, paid 2025-02-20: Current at 2025-01-31, gone by 2025-02-28
 * monthEndSnapshots(ledger, [45688, 45716], [30, 60, 90]).balanceCents //=> Float64Array [100000, 0, 0, 0, 0, 0, 0, 0, 0, 0]
 */
export function monthEndSnapshots(
  ledger: HistoryLedger,
  monthEnds: readonly number[],
  edges: readonly number[],
): MonthEndSnapshots {
  const walk = walkHistory(ledger, monthEnds, edges, false);
  return {
    monthEnds: [...monthEnds],
    bucketCount: edges.length + 2,
    balanceCents: walk.balanceCents,
    invoiceCount: walk.invoiceCount,
  };
}

/**
 * The open invoices at one date by bucket, in cents (the provision base): open as for a month-end
 * snapshot (invoiced on or before, unpaid or paid after; credit notes left out), aged at that date.
 *
 * @example
 * snapshotAt(ledger, 45777, [30, 60, 90]) //=> Float64Array [0, 0, 80000, 0, 200000]  (the shared example at 2025-04-30)
 */
export function snapshotAt(ledger: HistoryLedger, serial: number, edges: readonly number[]): Float64Array {
  const balance = new Float64Array(edges.length + 2);
  const { count, amountCents, invoiceSerial, dueSerial, paidSerial } = ledger;
  for (let i = 0; i < count; i++) {
    const cents = amountCents[i];
    if (!(cents > 0) || !(invoiceSerial[i] <= serial)) continue; // NaN compares false: left out
    const due = dueSerial[i];
    if (due !== due || paidSerial[i] <= serial) continue;
    balance[bucketIndex(serial - due, edges)] += cents;
  }
  return balance;
}

/**
 * One cell of a snapshot table: the cents open in bucket `k` at month-end index `t`.
 *
 * @example
 * snapshotCents(snapshots, 0, 1) //=> 200000
 */
export function snapshotCents(snapshots: MonthEndSnapshots, t: number, k: number): number {
  return snapshots.balanceCents[t * snapshots.bucketCount + k];
}
