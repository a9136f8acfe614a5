import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "../money/money";
import { FINANCING_MESSAGES as M } from "../messages/financingMessages";

/** An open invoice of the selection to finance. */
export interface SelectedInvoice {
  /** Open amount in cents; credit notes negative. */
  readonly amountCents: number;
  readonly dueSerial: number;
}

/**
 * Several selected invoices (one currency, one customer's habit) as the single amount and due date
 * financingChoices prices: the open total, and the amount-weighted average due date in whole days
 * (half away from zero). Only invoices weigh on the date — a credit note reduces the amount but has
 * no due date a factor or customer would wait for.
 *
 * @example
 * // 1,000.00 due 45850 and 3,000.00 due 45870: (1000 × 45850 + 3000 × 45870) / 4000 = 45865
 * financingChoicesSelection([{ amountCents: 100000, dueSerial: 45850 }, { amountCents: 300000, dueSerial: 45870 }])
 * //=> { amountCents: 400000, dueSerial: 45865 }
 */
export function financingChoicesSelection(
  invoices: readonly SelectedInvoice[],
): Result<{ amountCents: number; dueSerial: number }> {
  let amountCents = 0;
  let weight = 0;
  let weighted = new Money(0); // cents × serial passes 2^53 for large invoices
  for (const { amountCents: cents, dueSerial } of invoices) {
    amountCents += cents;
    if (cents <= 0) continue;
    weight += cents;
    weighted = weighted.plus(new Money(cents).times(dueSerial));
  }
  if (weight === 0) return fail("missing", M.noSelection());
  const dueSerial = weighted.dividedBy(weight).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  return { amountCents, dueSerial };
}
