import { centsToNumber } from "../money/money";
import type { CurrencyTotals } from "./ledgerAnalysisTypes";

/** Running portfolio totals of one currency in integer cents; currencies are never added together. */
export class CurrencyAccumulator {
  /** [open, overdue] in cents; a Float64Array so sums past 2^31 keep the scan's optimised code (see CustomerGroup). */
  readonly sums = new Float64Array(2);
  readonly bucketCents: Float64Array;
  readonly bucketCounts: Int32Array;
  constructor(
    readonly currency: string,
    bucketCount: number,
  ) {
    this.bucketCents = new Float64Array(bucketCount);
    this.bucketCounts = new Int32Array(bucketCount);
  }

  /** Adds a row with something open (credit notes negative) to its bucket and, past due, to overdue. */
  add(openCents: number, bucket: number, signedDays: number): void {
    this.sums[0] += openCents;
    this.bucketCents[bucket] += openCents;
    this.bucketCounts[bucket]++;
    if (signedDays > 0) this.sums[1] += openCents;
  }
}

/**
 * The totals of one currency: open, overdue, overdue share and the aging table (rows with something
 * open, credit notes in their bucket as AR.AGING counts them).
 *
 * @example
 * summarizeCurrency(acc, ["Current", "1-30", "31-60", "61-90", "91+"]).overduePct //=> overdue / open
 */
export function summarizeCurrency(acc: CurrencyAccumulator, labels: readonly string[]): CurrencyTotals {
  const [openCents, overdueCents] = acc.sums;
  return {
    currency: acc.currency,
    open: centsToNumber(openCents),
    overdue: centsToNumber(overdueCents),
    overduePct: openCents === 0 ? 0 : overdueCents / openCents,
    openCents,
    overdueCents,
    buckets: labels.map((label, b) => ({
      label,
      amount: centsToNumber(acc.bucketCents[b]),
      amountCents: acc.bucketCents[b],
      count: acc.bucketCounts[b],
    })),
  };
}
