import { fail, isFailure, type Result } from "../failure";
import { customerKey } from "../ledger/ledgerScanSettings";
import { Money } from "../money/money";
import { amountToCents, type AmountCell } from "./sumAmounts";
import { NUMBER_MESSAGES } from "../messages/numberMessages";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Share of the total receivables held by the `topN` largest customers. Amounts are grouped by
 * customer name, trimmed and case-insensitive ("ACME Ltd " and "acme ltd" are one customer).
 * A customer whose net balance is a credit (≤ 0) holds none of the balance: it neither counts
 * among the largest nor reduces the total, which keeps the share within 0..1.
 *
 * @param customers - customer names, one per row
 * @param amounts - open amounts, aligned; blank rows are skipped
 * @param topN - how many of the largest customers, default 1
 * @returns the share as a fraction in [0, 1], unrounded
 *
 * @example
 * concentration(["Acme", "Beta", "acme "], [300, 400, 300]) //=> 0.6
 */
export function concentration(
  customers: ReadonlyArray<string | null>,
  amounts: ReadonlyArray<AmountCell>,
  topN = 1,
): Result<number> {
  if (customers.length !== amounts.length)
    return fail("shapeMismatch", NUMBER_MESSAGES.sameShape({ names: ["customers", "amounts"] }));
  if (!Number.isInteger(topN) || topN < 1) return fail("outOfRange", M.topN({ value: String(topN) }));

  const balances = new Map<string, number>();
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (amount === null) continue;
    const key = customerKey(customers[i] ?? "");
    // An amount with no customer cannot be attributed; guessing would misstate the concentration.
    if (key === "") return fail("missing", M.customerBlank({ row: i + 1 }));
    const cents = amountToCents(amount, "amounts");
    if (isFailure(cents)) return cents;
    balances.set(key, (balances.get(key) ?? 0) + cents);
  }

  const positive = [...balances.values()].filter((cents) => cents > 0).sort((a, b) => b - a);
  const total = positive.reduce((sum, cents) => sum + cents, 0);
  if (total === 0) return fail("divideByZero", M.noPositiveBalance());
  const top = positive.slice(0, topN).reduce((sum, cents) => sum + cents, 0);
  return new Money(top).dividedBy(total).toNumber();
}
