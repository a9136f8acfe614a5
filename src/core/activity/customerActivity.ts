import { invoiceKey } from "../ledger/invoiceKey";
import type { ActivityEntry } from "./activityTypes";

/** Days a promise holds dunning after its due-by date before it counts as broken. */
export const DEFAULT_PROMISE_GRACE_DAYS = 3;

/** A customer's latest promise to pay in one currency ("" = every currency). */
export interface PromiseFact {
  readonly date: number;
  readonly dueBy: number;
  readonly amountCents: number | null;
  /** dueBy + grace days: dunning waits up to and including this day. */
  readonly holdUntil: number;
  /** A "broken promise" note dated after the due-by date is already in the register. */
  readonly brokenLogged: boolean;
}

/** What the register says about one customer (customerNameKey), up to as-of. */
export interface CustomerActivity {
  readonly customerKey: string;
  /** The name as first written in the register. */
  readonly customer: string;
  /** Latest reminder on or before as-of, any currency; null when none. */
  readonly lastReminded: number | null;
  /** Reminders on or before as-of, any currency. */
  readonly remindersSent: number;
  /** Calls on or before as-of, any currency (counted; not a written step: escalation by steps passes a call rung by age). */
  readonly callsMade: number;
  /** Reminders by currency ("" for rows with no currency). */
  readonly remindersByCurrency: ReadonlyMap<string, number>;
  /** The latest promise per currency ("" = a promise that names no currency). */
  readonly promises: ReadonlyMap<string, PromiseFact>;
  /** Invoice keys (invoiceKey) disputed and not released. */
  readonly heldInvoices: ReadonlySet<string | number>;
}

/** How a promise stands on the as-of date. */
export type PromiseState = "held" | "kept" | "broken";

/**
 * Held until due-by + grace; after that kept when the customer owes nothing overdue, else broken.
 *
 * @example
 * promiseState({ holdUntil: 45845 }, 45846, 12000) //=> "broken"
 */
export function promiseState(promise: Pick<PromiseFact, "holdUntil">, asOf: number, overdueCents: number): PromiseState {
  if (asOf <= promise.holdUntil) return "held";
  return overdueCents > 0 ? "broken" : "kept";
}

/**
 * A note the add-in writes when it finds a promise broken, recognised so it is written once.
 *
 * @example
 * isBrokenPromiseText("Broken promise: due by 2025-07-04, still unpaid.") //=> true
 */
export function isBrokenPromiseText(text: string): boolean {
  return /^\s*(?:broken promise|付款承诺未兑现)/i.test(text);
}

/**
 * Per customer, what the register's rows dated on or before as-of add up to, taken in date order
 * (rows of one day in register order): last reminded, reminders sent and calls made; the latest promise per
 * currency (a later promise replaces an earlier one); disputes hold the invoices they name until a
 * later dispute or note row marked released (isReleaseText) names the invoice, or names none,
 * which releases every held invoice of the customer.
 *
 * @example
 * customerActivity(entries, 45847).get("acme ltd")?.remindersSent //=> 2
 */
export function customerActivity(
  entries: readonly ActivityEntry[],
  asOf: number,
  graceDays: number = DEFAULT_PROMISE_GRACE_DAYS,
): Map<string, CustomerActivity> {
  const ordered = entries.filter((entry) => entry.date <= asOf).sort((a, b) => a.date - b.date || a.row - b.row);
  const byKey = new Map<string, Mutable>();
  for (const entry of ordered) {
    let facts = byKey.get(entry.customerKey);
    if (facts === undefined) {
      facts = {
        customerKey: entry.customerKey,
        customer: entry.customer,
        lastReminded: null,
        remindersSent: 0,
        callsMade: 0,
        remindersByCurrency: new Map(),
        promises: new Map(),
        heldInvoices: new Set(),
      };
      byKey.set(entry.customerKey, facts);
    }
    apply(facts, entry, graceDays);
  }
  return byKey;
}

interface Mutable {
  customerKey: string;
  customer: string;
  lastReminded: number | null;
  remindersSent: number;
  callsMade: number;
  remindersByCurrency: Map<string, number>;
  promises: Map<string, PromiseFact>;
  heldInvoices: Set<string | number>;
}

function apply(facts: Mutable, entry: ActivityEntry, graceDays: number): void {
  const invoice = invoiceKey(entry.invoice);
  if (entry.released && (entry.kind === "dispute" || entry.kind === "note")) {
    if (invoice === undefined) facts.heldInvoices.clear();
    else facts.heldInvoices.delete(invoice);
    return;
  }
  switch (entry.kind) {
    case "reminder":
      facts.remindersSent++;
      facts.remindersByCurrency.set(entry.currency, (facts.remindersByCurrency.get(entry.currency) ?? 0) + 1);
      // Rows are in date order: the last one seen is the latest.
      facts.lastReminded = entry.date;
      return;
    case "promise":
      if (entry.dueBy !== null) {
        facts.promises.set(entry.currency, {
          date: entry.date,
          dueBy: entry.dueBy,
          amountCents: entry.amountCents,
          holdUntil: entry.dueBy + graceDays,
          brokenLogged: false,
        });
      }
      return;
    case "dispute":
      if (invoice !== undefined) facts.heldInvoices.add(invoice);
      return;
    case "note":
      if (isBrokenPromiseText(entry.reason)) {
        const promise = facts.promises.get(entry.currency);
        if (promise !== undefined && entry.date > promise.dueBy)
          facts.promises.set(entry.currency, { ...promise, brokenLogged: true });
      }
      return;
    case "call":
      facts.callsMade++;
      return;
  }
}
