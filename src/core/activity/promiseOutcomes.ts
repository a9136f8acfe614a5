import { customerNameKey } from "../ledger/customerNameKey";
import type { CustomerSummary } from "../ledger/ledgerAnalysisTypes";
import { isBrokenPromiseText, promiseState } from "./customerActivity";
import type { ActivityEntry } from "./activityTypes";

/**
 * How one promise to pay stands for the collection KPIs:
 * - `kept`, `broken`: judged (its hold ended, or a broken-promise note names it);
 * - `held`: its hold (due-by + grace) runs on past as-of, not judged yet;
 * - `replaced`: a later promise of the customer and currency was made before its hold ended, so it
 *   was renegotiated, neither kept nor broken.
 */
export type PromiseOutcomeState = "kept" | "broken" | "held" | "replaced";

/** One promise (the latest register row per customer, currency and due-by) and how it stands. */
export interface PromiseOutcome {
  readonly customerKey: string;
  /** The name as first written for that promise. */
  readonly customer: string;
  /** The promise's currency, "" when it names none. */
  readonly currency: string;
  readonly dueBy: number;
  /** The promised amount in cents, null when the row has none. */
  readonly amountCents: number | null;
  readonly state: PromiseOutcomeState;
}

interface PromiseRecord {
  customerKey: string;
  customer: string;
  currency: string;
  dueBy: number;
  amountCents: number | null;
  /** A broken-promise note dated after the due-by names this promise. */
  brokenNote: boolean;
  /** Date of the next promise of the customer and currency with another due-by; null while in force. */
  supersededAt: number | null;
}

/**
 * Every promise in the register up to as-of, counted once (the latest row per customer, currency
 * and due-by), and how it stands. THE RULE, in this order:
 *
 * 1. Broken when a note whose reason starts "Broken promise"/"付款承诺未兑现" (isBrokenPromiseText),
 *    dated after the due-by, names it: same customer and currency, and its due-by when the note
 *    has one, else the promise in force on the note's date (as customerActivity marks it). The
 *    note is the add-in's record made when the hold ended unpaid (brokenPromiseRows), so it keeps
 *    counting after the promise is superseded or the customer has since paid.
 * 2. Replaced when a promise with another due-by was made on or before its hold's last day.
 * 3. Held while as-of ≤ due-by + grace (promiseState's hold).
 * 4. The promise still in force at as-of: promiseState with what the customer owes overdue now in
 *    the promise's currency (any currency for a promise naming none), as the scan judges it —
 *    broken (and about to be logged) when something is overdue, kept when nothing is.
 * 5. A promise superseded after its hold ended with no broken-promise note: kept — the register,
 *    the one record, says nothing was broken (a scan in between would have logged the note).
 *
 * Rows dated after as-of are ignored; rows are taken in date order, one day's in register order.
 *
 * @param customers - the scan's customers (LedgerAnalysis.customers): what is overdue at as-of
 * @example
 * promiseOutcomes(entries, analysis.customers, 45850, 3).filter((p) => p.state === "broken").length //=> 2
 */
export function promiseOutcomes(
  entries: readonly ActivityEntry[],
  customers: readonly CustomerSummary[],
  asOf: number,
  graceDays: number,
): PromiseOutcome[] {
  const ordered = entries.filter((entry) => entry.date <= asOf).sort((a, b) => a.date - b.date || a.row - b.row);
  const promises = new Map<string, PromiseRecord>();
  const inForce = new Map<string, PromiseRecord>();
  for (const entry of ordered) {
    const line = `${entry.customerKey}\u0000${entry.currency}`;
    if (entry.kind === "promise" && entry.dueBy !== null) {
      const key = `${line}\u0000${entry.dueBy}`;
      const record = promises.get(key) ?? newRecord(entry, entry.dueBy);
      // The latest row of one promise restates it: its amount wins.
      record.amountCents = entry.amountCents;
      record.supersededAt = null;
      promises.set(key, record);
      const previous = inForce.get(line);
      if (previous !== undefined && previous !== record && previous.supersededAt === null) previous.supersededAt = entry.date;
      inForce.set(line, record);
    } else if (entry.kind === "note" && !entry.released && isBrokenPromiseText(entry.reason)) {
      const named = entry.dueBy === null ? inForce.get(line) : promises.get(`${line}\u0000${entry.dueBy}`);
      if (named !== undefined && entry.date > named.dueBy) named.brokenNote = true;
    }
  }
  const overdue = overdueLines(customers);
  return [...promises.values()].map((p) => ({
    customerKey: p.customerKey,
    customer: p.customer,
    currency: p.currency,
    dueBy: p.dueBy,
    amountCents: p.amountCents,
    state: stateOf(p, asOf, graceDays, overdue),
  }));
}

function newRecord(entry: ActivityEntry, dueBy: number): PromiseRecord {
  return {
    customerKey: entry.customerKey,
    customer: entry.customer,
    currency: entry.currency,
    dueBy,
    amountCents: entry.amountCents,
    brokenNote: false,
    supersededAt: null,
  };
}

function stateOf(p: PromiseRecord, asOf: number, graceDays: number, overdue: ReadonlySet<string>): PromiseOutcomeState {
  const holdUntil = p.dueBy + graceDays;
  if (p.brokenNote) return "broken";
  if (p.supersededAt !== null && p.supersededAt <= holdUntil) return "replaced";
  if (asOf <= holdUntil) return "held";
  if (p.supersededAt !== null) return "kept";
  // promiseState only asks whether anything is overdue: 1 stands for "something", 0 for nothing.
  const owes = overdue.has(`${p.customerKey}\u0000${p.currency}`) ? 1 : 0;
  return promiseState({ holdUntil }, asOf, owes);
}

/** "customerKey\0currency" of every customer and currency with something overdue, and "customerKey\0" when any currency is. */
function overdueLines(customers: readonly CustomerSummary[]): Set<string> {
  const lines = new Set<string>();
  for (const summary of customers) {
    if (summary.overdueCents <= 0) continue;
    const key = customerNameKey(summary.customer);
    lines.add(`${key}\u0000${summary.currency}`);
    lines.add(`${key}\u0000`);
  }
  return lines;
}
