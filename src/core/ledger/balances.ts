import { DunningStatus } from "../dunning/dunningStatus";

/*
 * THE DEFINITIONS OF THE ADD-IN'S BALANCES — one place, used by the scan's totals (customer and
 * currency), the dashboard, the customer list, the letters and credit use. The AR Summary sheet
 * follows them too (its formulas are written to give the same figures).
 *
 * Every accepted row of a scan (rows listed in Issues are in NO figure) has an open amount: its
 * open-amount cell when the ledger has one, else its amount — or 0 when it was paid on or before
 * the as-of date or its status says paid. From that open amount and the row's status, each row is
 * exactly one of:
 *
 * - settled   open = 0: in no balance.
 * - credit    open < 0 (a credit note, an overpayment): a credit, never overdue, no days overdue,
 *             no dunning step (its action is "apply the credit"), not counted as an invoice, not
 *             disputed; its own "Credit notes" line in the aging and the totals.
 * - disputed  open > 0 and status disputed (Disputed, in dispute, 争议…), whatever its due date:
 *             shown apart, never in overdue or in an aging bucket, not dunned.
 * - overdue   open > 0, not disputed, as_of − due > 0 (past its due date).
 * - current   open > 0, not disputed, as_of − due ≤ 0 (due today or later).
 *
 * and the balances are sums of open amounts, per customer and currency or per currency:
 *
 *   Open balance = current + overdue + disputed + credits   (credits negative: the net amount owed)
 *   Overdue      = overdue rows only: past due, disputed EXCLUDED, credit notes NOT netted
 *   Disputed     = disputed rows (shown apart)
 *   Credits      = credit rows (≤ 0)
 *
 * The aging's buckets (Current, 1-30, …) hold current and overdue rows only, so the past-due
 * buckets add up to Overdue and the whole aging table — buckets, Disputed, Credit notes — adds up
 * to the Open balance. Credit use = Open balance ÷ credit limit. A reminder letter demands the
 * Overdue amount less the customer's credits ("Overdue invoices − Less credit notes = Amount due"),
 * with disputed invoices listed apart.
 */

/** What a row's open amount counts as (see the definitions above). */
export const BalanceKind = { settled: 0, current: 1, overdue: 2, disputed: 3, credit: 4 } as const;
export type BalanceKind = (typeof BalanceKind)[keyof typeof BalanceKind];

/**
 * The balance a row's open amount belongs to.
 *
 * @param openCents - the row's open amount in cents (negative for a credit note)
 * @param signedDays - as_of − due date
 * @param status - the row's status (DunningStatus)
 * @example
 * balanceKind(-20000, 20, DunningStatus.none) //=> BalanceKind.credit (a credit note is never overdue)
 * balanceKind(70000, 18, DunningStatus.disputed) //=> BalanceKind.disputed
 */
export function balanceKind(openCents: number, signedDays: number, status: DunningStatus): BalanceKind {
  if (openCents === 0) return BalanceKind.settled;
  if (openCents < 0) return BalanceKind.credit;
  if (status === DunningStatus.disputed) return BalanceKind.disputed;
  return signedDays > 0 ? BalanceKind.overdue : BalanceKind.current;
}
