import { centsToNumber } from "../money/money";
import type { AgingBucket, AgingTable } from "./agingTable";

/** Header row of the AR.AGING spill. */
export const AGING_HEADER = ["Bucket", "Amount", "Count", "Share"] as const;

/**
 * The AR.AGING spill: header `Bucket, Amount, Count, Share`, one row per bucket (Current first),
 * last row `Total`. Amounts leave the core here as numbers of the currency (cents / 100).
 *
 * @example
 * agingSpill(table)[1] //=> ["Current", 1250.5, 3, 0.25]
 */
export function agingSpill(table: AgingTable): (string | number)[][] {
  const row = (bucket: AgingBucket): (string | number)[] => [
    bucket.label,
    centsToNumber(bucket.amountCents),
    bucket.count,
    bucket.share,
  ];
  return [[...AGING_HEADER], ...table.buckets.map(row), row(table.total)];
}
