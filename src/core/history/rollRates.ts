import type { HistoryLedger } from "./historyLedger";
import { walkHistory } from "./historyWalk";
import type { MonthEndSnapshots } from "./monthEndSnapshots";

/** A roll rate with what it is made of: cents rolled into a later bucket over cents in the bucket. */
export interface RollRate {
  /** Cents in the bucket at the first month-end (of the pair, or summed over the pairs). */
  readonly balanceCents: number;
  /** Of those, cents still open and in a later bucket at the next month-end. */
  readonly rolledCents: number;
  /** rolled / balance; null when the balance is 0 (no rate, not 0). */
  readonly rate: number | null;
}

export interface RollRates {
  readonly monthEnds: readonly number[];
  readonly bucketCount: number;
  /** Per consecutive pair t (month-end t → t + 1), per bucket except the oldest. */
  readonly pairs: readonly (readonly RollRate[])[];
  /** Summed over the pairs, per bucket except the oldest: Σ rolled / Σ balance. */
  readonly pooled: readonly RollRate[];
  /** The month-end snapshots the rates were read from (the same pass). */
  readonly snapshots: MonthEndSnapshots;
}

/**
 * Roll rates from the ledger's history: the roll rate of bucket k is the amount of invoices in
 * bucket k at a month-end that are still open and in a later bucket at the next month-end, over the
 * amount in bucket k at the first, per pair of consecutive month-ends and pooled over all pairs
 * (Σ rolled / Σ balance, so a month with a large balance weighs more). Credit notes are left out.
 * An invoice paid between the two month-ends, or still in the same bucket, did not roll.
 *
 * @param ledger - one currency's history
 * @param monthEnds - increasing month-end serials (monthEndsBetween); fewer than two give no pairs
 * @param edges - validated aging edges (validateEdges)
 * @example
 * // the shared example, month-ends 2025-01-31 … 2025-04-30, edges 30/60/90
 * rollRates(ledger, [45688, 45716, 45747, 45777], [30, 60, 90]).pooled[2] //=> { balanceCents: 500000, rolledCents: 200000, rate: 0.4 }
 */
export function rollRates(ledger: HistoryLedger, monthEnds: readonly number[], edges: readonly number[]): RollRates {
  const buckets = edges.length + 2;
  const walk = walkHistory(ledger, monthEnds, edges, true);
  const rolled = walk.rolledCents as Float64Array;
  const pairs: RollRate[][] = [];
  const sums = new Float64Array(buckets - 1);
  const rolledSums = new Float64Array(buckets - 1);
  for (let t = 0; t + 1 < monthEnds.length; t++) {
    const row: RollRate[] = [];
    for (let k = 0; k < buckets - 1; k++) {
      const at = t * buckets + k;
      row.push(rollRate(walk.balanceCents[at], rolled[at]));
      sums[k] += walk.balanceCents[at];
      rolledSums[k] += rolled[at];
    }
    pairs.push(row);
  }
  const pooled = Array.from(sums, (balance, k) => rollRate(balance, rolledSums[k]));
  const snapshots = {
    monthEnds: [...monthEnds],
    bucketCount: buckets,
    balanceCents: walk.balanceCents,
    invoiceCount: walk.invoiceCount,
  };
  return { monthEnds: [...monthEnds], bucketCount: buckets, pairs, pooled, snapshots };
}

function rollRate(balanceCents: number, rolledCents: number): RollRate {
  return { balanceCents, rolledCents, rate: balanceCents > 0 ? rolledCents / balanceCents : null };
}
