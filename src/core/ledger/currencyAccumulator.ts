import { centsToNumber } from "../money/money";
import { BalanceKind } from "./balances";
import type { CurrencyTotals } from "./ledgerAnalysisTypes";

/** Slots of `CurrencyAccumulator.sums`, in cents. */
const Slot = { open: 0, overdue: 1, disputed: 2, credits: 3, notYetDue: 4 } as const;

/**
 * Running portfolio totals of one currency in integer cents, by the definitions of balances.ts;
 * currencies are never added together.
 */
export class CurrencyAccumulator {
  /** Cents by `Slot`; a Float64Array so sums past 2^31 keep the scan's optimised code (see CustomerGroup). */
  readonly sums = new Float64Array(5);
  /** [disputed, credit notes] counts. */
  readonly counts = new Int32Array(2);
  readonly bucketCents: Float64Array;
  readonly bucketCounts: Int32Array;
  constructor(
    readonly currency: string,
    bucketCount: number,
  ) {
    this.bucketCents = new Float64Array(bucketCount);
    this.bucketCounts = new Int32Array(bucketCount);
  }

  /**
   * Adds a row with something open: current and overdue invoices to their age's bucket, disputed
   * invoices and credit notes to their own lines (`kind` from balanceKind).
   */
  add(openCents: number, bucket: number, signedDays: number, kind: BalanceKind): void {
    const sums = this.sums;
    sums[Slot.open] += openCents;
    if (signedDays <= 0) sums[Slot.notYetDue] += openCents;
    if (kind === BalanceKind.credit) {
      sums[Slot.credits] += openCents;
      this.counts[1]++;
    } else if (kind === BalanceKind.disputed) {
      sums[Slot.disputed] += openCents;
      this.counts[0]++;
    } else {
      this.bucketCents[bucket] += openCents;
      this.bucketCounts[bucket]++;
      if (kind === BalanceKind.overdue) sums[Slot.overdue] += openCents;
    }
  }
}

/**
 * The totals of one currency: open, overdue, overdue share, disputed, credits and the aging table
 * (current and overdue invoices by age; disputed and credits are their own lines).
 *
 * @example
 * summarizeCurrency(acc, ["Current", "1-30", "31-60", "61-90", "91+"]).overduePct //=> overdue / open
 */
export function summarizeCurrency(acc: CurrencyAccumulator, labels: readonly string[]): CurrencyTotals {
  const sums = acc.sums;
  const openCents = sums[Slot.open],
    overdueCents = sums[Slot.overdue],
    disputedCents = sums[Slot.disputed],
    creditsCents = sums[Slot.credits];
  return {
    currency: acc.currency,
    open: centsToNumber(openCents),
    overdue: centsToNumber(overdueCents),
    overduePct: openCents > 0 ? overdueCents / openCents : 0,
    openCents,
    overdueCents,
    disputed: centsToNumber(disputedCents),
    disputedCents,
    disputedCount: acc.counts[0],
    credits: centsToNumber(creditsCents),
    creditsCents,
    creditNoteCount: acc.counts[1],
    notYetDueCents: sums[Slot.notYetDue],
    buckets: labels.map((label, b) => ({
      label,
      amount: centsToNumber(acc.bucketCents[b]),
      amountCents: acc.bucketCents[b],
      count: acc.bucketCounts[b],
    })),
  };
}
