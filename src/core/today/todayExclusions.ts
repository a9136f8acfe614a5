import type { ActivityEntry } from "../activity/activityTypes";
import { isDoneText, isSnoozedText } from "./todayNotes";

/** Customers (customerNameKey) the register takes off today's worklist. */
export interface TodayExclusions {
  /** A reminder, call, promise or dispute, or a "Done" note, dated as-of. */
  readonly handled: ReadonlySet<string>;
  /** A "Snoozed" note dated on or before as-of whose Due by is as-of or later. */
  readonly snoozed: ReadonlySet<string>;
}

/**
 * Who was handled today and who is snoozed, from the register's entries. Only what a person did
 * counts as handling: the "Broken promise" note the scan writes, a released marker or any other
 * note does not. Rows dated after as-of are ignored, as the scan ignores them.
 *
 * @example
 * todayExclusions([{ date: 45838, customerKey: "acme", kind: "call", … }], 45838).handled.has("acme") //=> true
 */
export function todayExclusions(entries: readonly ActivityEntry[] | null, asOf: number): TodayExclusions {
  const handled = new Set<string>();
  const snoozed = new Set<string>();
  const today = Math.floor(asOf);
  for (const entry of entries ?? []) {
    if (entry.date > today) continue;
    if (entry.kind === "note" && isSnoozedText(entry.reason) && entry.dueBy !== null && entry.dueBy >= today)
      snoozed.add(entry.customerKey);
    if (entry.date !== today) continue;
    if (entry.kind === "note" ? isDoneText(entry.reason) : true) handled.add(entry.customerKey);
  }
  return { handled, snoozed };
}
