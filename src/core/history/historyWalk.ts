import type { HistoryLedger } from "./historyLedger";

/**
 * The one pass over a history ledger that month-end snapshots and roll rates share. For each row
 * it finds the first month-end the invoice is open at (the first month-end on or after its invoice
 * date) and the first it is no longer open at (the first on or after its paid date), by binary
 * search, and walks only the month-ends between: a row open for 3 months of a 36-month window costs
 * 3 steps. Its bucket can only grow from one month-end to the next (days past due only increase),
 * so the edge scan resumes where the previous month-end left it.
 *
 * Open at M: invoice date ≤ M, amount > 0 (credit notes and zero rows are left out), and unpaid or
 * paid after M. A row with a blank (NaN) amount, invoice date or due date is left out.
 */
export interface HistoryWalk {
  /** Open amounts in cents, month-end t and bucket k at t × bucketCount + k. */
  readonly balanceCents: Float64Array;
  /** Open invoices, same layout. */
  readonly invoiceCount: Float64Array;
  /**
   * Cents in bucket k at month-end t that are still open and in a later bucket at t + 1, same
   * layout (the last month-end's row stays 0); null when not asked for.
   */
  readonly rolledCents: Float64Array | null;
}

/**
 * Walks the ledger over the month-ends (increasing serials) with validated aging edges.
 *
 * @example
 * // one invoice of 10.00, invoiced 45667, due 45697, unpaid; month-ends 45688, 45716; edges 30/60/90
 * walkHistory(ledger, [45688, 45716], [30, 60, 90], true).rolledCents //=> Float64Array [1000, 0, 0, 0, 0, 0, 0, 0, 0, 0]
 */
export function walkHistory(
  ledger: HistoryLedger,
  monthEnds: readonly number[],
  edges: readonly number[],
  withRolls: boolean,
): HistoryWalk {
  const months = monthEnds.length;
  const buckets = edges.length + 2;
  const ends = Float64Array.from(monthEnds);
  const edgeDays = Float64Array.from(edges);
  const edgeCount = edgeDays.length;
  const balanceCents = new Float64Array(months * buckets);
  const invoiceCount = new Float64Array(months * buckets);
  const rolledCents = withRolls ? new Float64Array(months * buckets) : null;
  const { count, amountCents, invoiceSerial, dueSerial, paidSerial } = ledger;
  const indexOf = monthEndIndex(ends);

  for (let i = 0; i < count; i++) {
    const cents = amountCents[i];
    if (!(cents > 0)) continue; // NaN, zero and credit notes
    const invoiced = invoiceSerial[i];
    const due = dueSerial[i];
    if (invoiced !== invoiced || due !== due) continue;
    const paid = paidSerial[i];
    const stop = paid === paid ? indexOf(paid) : months;
    let bucket = -1;
    for (let t = indexOf(invoiced); t < stop; t++) {
      const days = ends[t] - due;
      let now: number;
      if (days <= 0) now = 0;
      else {
        now = bucket < 1 ? 1 : bucket;
        while (now <= edgeCount && days > edgeDays[now - 1]) now++;
      }
      const at = t * buckets + now;
      balanceCents[at] += cents;
      invoiceCount[at] += 1;
      if (rolledCents !== null && bucket >= 0 && now > bucket) rolledCents[(t - 1) * buckets + bucket] += cents;
      bucket = now;
    }
  }
  return { balanceCents, invoiceCount, rolledCents };
}

/**
 * `firstOnOrAfter` for these month-ends as a table lookup by day: a binary search per date costs a
 * dozen unpredictable branches, a million rows two dates each; the table holds one index per day
 * of the window (at most 600 months × 31 days).
 */
function monthEndIndex(ends: Float64Array): (serial: number) => number {
  const months = ends.length;
  if (months === 0) return () => 0;
  const first = ends[0];
  const last = ends[months - 1];
  const table = new Int32Array(last - first + 1);
  for (let day = 0, t = 0; day < table.length; day++) {
    while (ends[t] < first + day) t++;
    table[day] = t;
  }
  const ceil = Math.ceil;
  // A month-end M is on or after a serial s (whole or with a time) exactly when M ≥ ceil(s).
  return (serial) => (serial <= first ? 0 : serial > last ? months : table[ceil(serial) - first]);
}

/** The index of the first month-end on or after `serial` (the count when there is none). */
export function firstOnOrAfter(ends: ArrayLike<number>, serial: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid] < serial) low = mid + 1;
    else high = mid;
  }
  return low;
}
