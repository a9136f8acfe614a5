import { formatIsoDate, type DateSystem } from "../dates/excelSerial";
import type { Language } from "../language";
import { customerNameKey } from "../ledger/customerNameKey";
import type { CustomerSummary } from "../ledger/ledgerAnalysisTypes";
import { messageText } from "../messages/message";
import { ACTIVITY_MESSAGES as M } from "./activityMessages";
import type { NewActivityRow } from "./activityTypes";
import { promiseState, type CustomerActivity } from "./customerActivity";

/**
 * The "broken promise" notes to add to the register after a scan: one per customer and currency
 * whose promise's hold (due-by + grace) has ended while it still owes an overdue amount, unless
 * the register already has that note. A promise naming no currency is broken by any currency
 * still overdue, and logged once, with no currency.
 *
 * @param customers - the scan's customers (LedgerAnalysis.customers)
 * @example
 * brokenPromiseRows(facts, analysis.customers, 45850, 1900, "en")[0].reason //=> "Broken promise: due by 2025-07-04, still unpaid."
 */
export function brokenPromiseRows(
  facts: ReadonlyMap<string, CustomerActivity>,
  customers: readonly CustomerSummary[],
  asOf: number,
  system: DateSystem,
  language: Language,
): NewActivityRow[] {
  const rows: NewActivityRow[] = [];
  const logged = new Set<string>();
  for (const summary of customers) {
    const activity = facts.get(customerNameKey(summary.customer));
    if (activity === undefined) continue;
    const currency = activity.promises.has(summary.currency) ? summary.currency : "";
    const promise = activity.promises.get(currency);
    if (promise === undefined || promise.brokenLogged) continue;
    if (promiseState(promise, asOf, summary.overdueCents) !== "broken") continue;
    const once = `${activity.customerKey}\u0000${currency}`;
    if (logged.has(once)) continue;
    logged.add(once);
    rows.push({
      date: asOf,
      customer: activity.customer,
      kind: "note",
      currency,
      amountCents: promise.amountCents ?? undefined,
      dueBy: promise.dueBy,
      reason: messageText(M.brokenPromise({ dueBy: formatIsoDate(promise.dueBy, system) }), language),
    });
  }
  return rows;
}
