import Decimal from "decimal.js";
import { Money } from "../money/money";

/** Where a customer's habit comes from: its own paid history, the ledger's, or none at all. */
export type HabitSource = "own" | "ledger" | "none";

export interface PaymentHabit {
  /** Amount-weighted average of paid − due in days (negative for early payers), unrounded. */
  readonly days: number;
  readonly source: HabitSource;
}

export interface HabitInput {
  readonly customerKeys: readonly string[];
  readonly amountsCents: readonly number[];
  readonly dueSerials: readonly number[];
  readonly paidSerials: readonly (number | null)[];
  readonly asOf: number;
}

/**
 * Each customer's payment habit: the amount-weighted average of paid − due over its invoices paid
 * on or before as-of. Only positive amounts weigh (a credit note is not a payment habit). A customer
 * with no paid history takes the whole ledger's weighted average, and 0 when the ledger has none.
 *
 * @example
 * // A paid 10 days late on 1,000 and 20 days late on 3,000: (10×1000 + 20×3000) / 4000 = 17.5
 * paymentHabits(input).get("a") //=> { days: 17.5, source: "own" }
 */
export function paymentHabits(input: HabitInput): { byCustomer: Map<string, PaymentHabit>; ledger: PaymentHabit } {
  const sums = new Map<string, { weighted: Decimal; weight: number }>();
  let ledgerWeighted = new Money(0);
  let ledgerWeight = 0;
  for (let i = 0; i < input.customerKeys.length; i++) {
    const paid = input.paidSerials[i];
    const amount = input.amountsCents[i];
    if (paid === null || paid > input.asOf || !(amount > 0)) continue;
    const lateness = new Money(paid - input.dueSerials[i]).times(amount);
    const key = input.customerKeys[i];
    const sum = sums.get(key) ?? { weighted: new Money(0), weight: 0 };
    sum.weighted = sum.weighted.plus(lateness);
    sum.weight += amount;
    sums.set(key, sum);
    ledgerWeighted = ledgerWeighted.plus(lateness);
    ledgerWeight += amount;
  }
  const ledger: PaymentHabit =
    ledgerWeight > 0
      ? { days: ledgerWeighted.dividedBy(ledgerWeight).toNumber(), source: "ledger" }
      : { days: 0, source: "none" };
  const byCustomer = new Map<string, PaymentHabit>();
  for (const key of input.customerKeys) {
    if (byCustomer.has(key)) continue;
    const sum = sums.get(key);
    byCustomer.set(key, sum ? { days: sum.weighted.dividedBy(sum.weight).toNumber(), source: "own" } : ledger);
  }
  return { byCustomer, ledger };
}

/** A habit in whole days, rounded half away from zero (−2.5 → −3), as the forecast applies it. */
export function wholeHabitDays(days: number): number {
  return new Money(days).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
