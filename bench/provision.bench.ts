import { bucketCount } from "../src/core/aging/agingBuckets";
import { allocateHistoryLedger, type HistoryLedger } from "../src/core/history/historyLedger";
import { monthEndSnapshots, snapshotAt } from "../src/core/history/monthEndSnapshots";
import { monthEndsBetween } from "../src/core/history/monthEnds";
import { provisionMatrix } from "../src/core/history/provisionMatrix";
import { rollRates } from "../src/core/history/rollRates";
import { seededRandom } from "../test/support/seededRandom";

/**
 * Benchmark of the history engine (issue #19): 1,048,576 invoices spread over 4 years, 36
 * month-end snapshots and the roll rates between them (one pass: rollRates returns the snapshots
 * too), timed best of 3, beside a bare loop over the same rows (summing the amounts invoiced on or
 * before the last month-end: one read of two typed arrays per row, the least any pass over the
 * ledger can cost) and the ratio of the two. Also timed: the snapshots alone and the whole
 * provision matrix (roll rates + loss rates + the as-of base). Target: snapshots and roll rates in
 * under 1 s. The lead's runner calls `run()`; nothing runs on import.
 *
 * The ledger: invoice dates uniform over the 4 years to 2025-06-30; terms 30, 45 or 60 days; 3%
 * credit notes; 92% paid, from 10 days early to 120 days late (most within 30); the rest unpaid.
 */

export interface ProvisionBenchOptions {
  /** Invoices. @default 1_048_576 */
  readonly rows?: number;
  /** Month-ends in the window. @default 36 */
  readonly months?: number;
  /** Timed runs (best kept). @default 3 */
  readonly runs?: number;
  /** Print a table. @default true */
  readonly print?: boolean;
}

const LAST_MONTH_END = 45838; // 2025-06-30
const FOUR_YEARS = 1461;
const EDGES = [30, 60, 90];

function ledgerOf(rows: number): HistoryLedger {
  const random = seededRandom(rows);
  const ledger = allocateHistoryLedger(rows);
  const terms = [30, 45, 60];
  for (let i = 0; i < rows; i++) {
    const invoiced = LAST_MONTH_END - FOUR_YEARS + Math.floor(random() * FOUR_YEARS);
    const cents = Math.floor(random() * 5_000_000) + 100;
    const due = invoiced + terms[Math.floor(random() * 3)];
    ledger.amountCents[i] = random() < 0.03 ? -cents : cents;
    ledger.invoiceSerial[i] = invoiced;
    ledger.dueSerial[i] = due;
    if (random() < 0.92) {
      const late = random() < 0.8 ? Math.floor(random() * 40) - 10 : 30 + Math.floor(random() * 90);
      ledger.paidSerial[i] = due + late;
    }
  }
  return ledger;
}

function best<T>(runs: number, task: () => T): { ms: number; result: T } {
  let ms = Infinity;
  let result = task(); // warm-up, not timed
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    result = task();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, result };
}

/** The floor: one pass reading two columns, summing amounts invoiced on or before the last month-end. */
function bareLoop(ledger: HistoryLedger, last: number): number {
  const { count, amountCents, invoiceSerial } = ledger;
  let sum = 0;
  for (let i = 0; i < count; i++) if (invoiceSerial[i] <= last) sum += amountCents[i];
  return sum;
}

export async function run(options: ProvisionBenchOptions = {}): Promise<Record<string, number | string>[]> {
  const rows = options.rows ?? 1_048_576;
  const months = options.months ?? 36;
  const runs = options.runs ?? 3;
  const ledger = ledgerOf(rows);
  const monthEnds = monthEndsBetween(LAST_MONTH_END - 31 * (months - 1), LAST_MONTH_END).slice(-months);
  const last = monthEnds[monthEnds.length - 1];

  const bare = best(runs, () => bareLoop(ledger, last));
  const rolls = best(runs, () => rollRates(ledger, monthEnds, EDGES));
  const snapshots = best(runs, () => monthEndSnapshots(ledger, monthEnds, EDGES));
  const matrix = best(runs, () => provisionMatrix(ledger, { edges: EDGES, asOf: last, months }));

  // Sanity: the last month-end's snapshot equals the as-of aging base at that date, bucket by bucket.
  const buckets = bucketCount(EDGES);
  const base = snapshotAt(ledger, last, EDGES);
  const lastRow = rolls.result.snapshots.balanceCents.subarray((monthEnds.length - 1) * buckets, monthEnds.length * buckets);
  const consistent = Array.from(base).every((cents, k) => cents === lastRow[k]);
  let walked = 0;
  for (let k = 0; k < rolls.result.snapshots.invoiceCount.length; k++) walked += rolls.result.snapshots.invoiceCount[k];

  const round = (ms: number) => Math.round(ms * 10) / 10;
  const results = [
    { case: "bare loop (Σ amounts invoiced ≤ last month-end)", rows, monthEnds: months, ms: round(bare.ms), ratio: 1 },
    {
      case: "snapshots + roll rates (rollRates)",
      rows,
      monthEnds: months,
      ms: round(rolls.ms),
      ratio: round(rolls.ms / bare.ms),
    },
    { case: "snapshots alone", rows, monthEnds: months, ms: round(snapshots.ms), ratio: round(snapshots.ms / bare.ms) },
    {
      case: "provision matrix (rolls + loss rates + as-of base)",
      rows,
      monthEnds: months,
      ms: round(matrix.ms),
      ratio: round(matrix.ms / bare.ms),
    },
  ];
  if (options.print ?? true) {
    console.table(results);
    console.log(
      `  open (invoice, month-end) pairs walked: ${walked.toLocaleString("en-US")} (${(walked / rows).toFixed(2)} per row); ` +
        `last snapshot = as-of base: ${consistent}; target < 1000 ms: ${rolls.ms < 1000 ? "met" : "MISSED"}`,
    );
  }
  return [...results, { case: "checks", walkedPerRow: round(walked / rows), lastSnapshotIsAsOfBase: String(consistent) }];
}
