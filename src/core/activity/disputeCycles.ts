import { invoiceKey } from "../ledger/invoiceKey";
import type { ActivityEntry } from "./activityTypes";

/** Dispute cycle times from the register, in whole days. */
export interface DisputeCycles {
  /** Per dispute released on or before as-of: release date − dispute date, in release order. */
  readonly releasedDays: readonly number[];
  /** Mean of releasedDays; null when none was released. */
  readonly averageDays: number | null;
  /** Median of releasedDays (the mean of the middle two when their count is even); null when none. */
  readonly medianDays: number | null;
  /** Per dispute still open at as-of: as-of − dispute date, oldest first. */
  readonly openAgesDays: readonly number[];
}

/**
 * How long disputes took, read the way customerActivity reads them: a dispute row holds the
 * invoice it names from its date (a second dispute row on a held invoice does not restart it);
 * a later dispute or note row carrying the released marker ends it — the invoice it names, or
 * every held invoice of the customer when it names none. Rows dated after as-of are ignored;
 * rows of one day are taken in register order.
 *
 * @example
 * disputeCycles(entries, 45850).averageDays //=> 7
 */
export function disputeCycles(entries: readonly ActivityEntry[], asOf: number): DisputeCycles {
  const ordered = entries.filter((entry) => entry.date <= asOf).sort((a, b) => a.date - b.date || a.row - b.row);
  // Per customer, held invoice → the date its dispute began.
  const open = new Map<string, Map<string | number, number>>();
  const releasedDays: number[] = [];
  for (const entry of ordered) {
    const invoice = invoiceKey(entry.invoice);
    const held = open.get(entry.customerKey);
    if (entry.released && (entry.kind === "dispute" || entry.kind === "note")) {
      if (held === undefined) continue;
      const ended = invoice === undefined ? [...held.keys()] : held.has(invoice) ? [invoice] : [];
      for (const key of ended) {
        releasedDays.push(entry.date - (held.get(key) as number));
        held.delete(key);
      }
    } else if (entry.kind === "dispute" && invoice !== undefined) {
      if (held === undefined) open.set(entry.customerKey, new Map([[invoice, entry.date]]));
      else if (!held.has(invoice)) held.set(invoice, entry.date);
    }
  }
  const openAgesDays = [...open.values()].flatMap((held) => [...held.values()].map((start) => asOf - start));
  openAgesDays.sort((a, b) => b - a);
  return {
    releasedDays,
    averageDays: releasedDays.length === 0 ? null : releasedDays.reduce((s, d) => s + d, 0) / releasedDays.length,
    medianDays: median(releasedDays),
    openAgesDays,
  };
}

/** The middle value, or the mean of the middle two; null for none. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
