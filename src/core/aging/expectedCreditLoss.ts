import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money, roundMoney } from "../money/money";
import type { AgingBucket } from "./agingTable";
import { AGING_MESSAGES as M } from "../messages/agingMessages";

/**
 * Expected credit loss by provision matrix (AR.ECL; IFRS 9 simplified approach): the sum over
 * buckets of max(0, bucket amount) × the bucket's loss rate, exact in decimal.js and rounded to
 * cents, half away from zero, once at the end. A bucket whose credit notes outweigh its invoices
 * provisions nothing rather than releasing a negative loss.
 *
 * @param buckets - aging buckets, Current first (`agingTable(...).buckets`)
 * @param lossRates - one rate per bucket, Current first, each a fraction from 0 to 1
 * @returns the loss allowance in the currency, or `outOfRange` for a wrong count or a bad rate
 * @example
 * expectedCreditLoss([{ label: "Current", amountCents: 1500000 }, { label: "1+", amountCents: 750000 }], [0.005, 0.022]) //=> Decimal(240)
 */
export function expectedCreditLoss(
  buckets: readonly Pick<AgingBucket, "label" | "amountCents">[],
  lossRates: readonly (number | Decimal)[],
): Result<Decimal> {
  if (lossRates.length !== buckets.length) {
    const labels = buckets.map((bucket) => bucket.label);
    return fail("outOfRange", M.lossRatesCount({ labels, count: lossRates.length }));
  }
  let lossCents = new Money(0);
  for (let i = 0; i < buckets.length; i++) {
    const rate = new Money(lossRates[i]);
    if (!rate.isFinite() || rate.lt(0) || rate.gt(1)) {
      return fail("outOfRange", M.lossRateRange({ value: rate.toString(), label: buckets[i].label }));
    }
    const exposure = Math.max(0, buckets[i].amountCents);
    lossCents = lossCents.plus(rate.times(exposure));
  }
  return roundMoney(lossCents.dividedBy(100));
}
