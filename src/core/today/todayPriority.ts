/** One currency of a customer, as far as its priority needs it. */
export interface PriorityPart {
  /** The customer's overdue in this currency (balances.ts: undisputed, past due), cents. */
  readonly overdueCents: number;
  /** The whole ledger's overdue in this currency (CurrencyTotals.overdueCents), cents. */
  readonly currencyOverdueCents: number;
  /** The customer's risk score in this currency, 0–100. */
  readonly riskScore: number;
  /** Days overdue of its oldest overdue invoice in this currency. */
  readonly oldestDaysOverdue: number;
}

/**
 * How urgent a customer is: overdue amount × risk × age, without ever adding two currencies.
 *
 * Dollars and euros cannot be added or compared without an exchange rate, and the add-in has none
 * (the ledger carries no rates, and nothing leaves the machine to fetch them). So the amount is
 * taken as the customer's share of that currency's whole overdue — a number without a unit that
 * says how much of the book in that currency is at stake, and that CAN be compared and added
 * across currencies: owing 30 % of the dollar book and 10 % of the euro book is 0.4 of "a book".
 * Each currency's share is weighted by the customer's risk in it, (1 + score/100), from ×1 (A, 0)
 * to ×2 (E, 100), and by the age of its oldest overdue invoice, (1 + days/30), one step per month
 * overdue, so an old debt outranks a fresh one of the same share without age swamping size. The
 * customer's priority is the sum over its currencies.
 *
 * @example
 * // $6,000 of a $10,000 USD book, score 40, 30 days: 0.6 × 1.4 × 2 = 1.68
 * todayPriority([{ overdueCents: 600000, currencyOverdueCents: 1000000, riskScore: 40, oldestDaysOverdue: 30 }]) //=> 1.68
 */
export function todayPriority(parts: readonly PriorityPart[]): number {
  let priority = 0;
  for (const part of parts) {
    if (part.overdueCents <= 0 || part.currencyOverdueCents <= 0) continue;
    const share = part.overdueCents / part.currencyOverdueCents;
    priority += share * (1 + part.riskScore / 100) * (1 + Math.max(0, part.oldestDaysOverdue) / 30);
  }
  return priority;
}
