import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "../money/money";
import type { AgingBucket } from "./agingTable";
import { AGING_MESSAGES as M } from "../messages/agingMessages";
import { HISTORY_MESSAGES } from "../messages/historyMessages";

/**
 * Expected credit loss by provision matrix (AR.ECL; IFRS 9 simplified approach): each bucket's
 * provision is max(0, bucket amount) × the bucket's loss rate, exact in decimal.js and rounded to
 * the cent half away from zero, and the loss allowance is the sum of those rounded provisions — one
 * rule for AR.ECL, the Provision view and the provision sheet, so the total is the sum of the lines
 * an auditor sees. A bucket whose credit notes outweigh its invoices provisions nothing rather than
 * releasing a negative loss. A blank (null) rate is allowed only where there is nothing to provide
 * for; beside a positive balance it is a failure naming the bucket.
 *
 * @param buckets - aging buckets, Current first (`agingTable(...).buckets`)
 * @param lossRates - one rate per bucket, Current first, each a fraction from 0 to 1, or null (no rate)
 * @returns the loss allowance in the currency, or `outOfRange` for a wrong count, a bad rate or a missing one
 * @example
 * expectedCreditLoss([{ label: "Current", amountCents: 1500000 }, { label: "1+", amountCents: 750000 }], [0.005, 0.022]) //=> Decimal(240)
 */
export function expectedCreditLoss(
  buckets: readonly Pick<AgingBucket, "label" | "amountCents">[],
  lossRates: readonly (number | Decimal | null)[],
): Result<Decimal> {
  if (lossRates.length !== buckets.length) {
    const labels = buckets.map((bucket) => bucket.label);
    return fail("outOfRange", M.lossRatesCount({ labels, count: lossRates.length }));
  }
  let lossCents = 0;
  for (let i = 0; i < buckets.length; i++) {
    const given = lossRates[i];
    const { label, amountCents } = buckets[i];
    if (given === null) {
      if (amountCents > 0) {
        return fail(
          "outOfRange",
          HISTORY_MESSAGES.noLossRate({ label, balance: new Money(amountCents).dividedBy(100).toFixed(2) }),
        );
      }
      continue;
    }
    const rate = new Money(given);
    if (!rate.isFinite() || rate.lt(0) || rate.gt(1)) {
      return fail("outOfRange", M.lossRateRange({ value: rate.toString(), label }));
    }
    lossCents += bucketProvisionCents(amountCents, rate);
  }
  // Whole cents add exactly (far below 2^53); the division leaves an exact two-decimal Decimal.
  return new Money(lossCents).dividedBy(100);
}

/**
 * One bucket's provision in whole cents: max(0, balance) × rate, computed exactly (the rate read
 * through its shortest decimal form, so a float never decides a cent) and rounded half away from zero.
 *
 * @example
 * bucketProvisionCents(80000, 0.4) //=> 32000
 */
export function bucketProvisionCents(balanceCents: number, rate: number | Decimal): number {
  const exposure = Math.max(0, balanceCents);
  return new Money(rate).times(exposure).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
