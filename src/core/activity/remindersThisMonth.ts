import { calendarToSerial, serialToCalendar, type DateSystem } from "../dates/excelSerial";
import type { ActivityEntry } from "./activityTypes";

/** Reminders the register records in the calendar month of as-of, up to as-of. */
export interface RemindersThisMonth {
  /** The month's first day (serial). */
  readonly from: number;
  /** As-of (serial): rows after it are not counted. */
  readonly to: number;
  readonly total: number;
  /** Count per level, lowest first; `level: null` (a row with a blank level) last. */
  readonly byLevel: readonly { readonly level: number | null; readonly count: number }[];
}

/**
 * Reminder rows dated from the first day of as-of's calendar month up to as-of, counted by their
 * Level (a blank level counted apart, as "no level"), every currency and customer together.
 *
 * @example
 * remindersThisMonth(entries, 45850, 1900).byLevel //=> [{ level: 1, count: 3 }, { level: 2, count: 1 }]
 */
export function remindersThisMonth(entries: readonly ActivityEntry[], asOf: number, system: DateSystem): RemindersThisMonth {
  const { year, month } = serialToCalendar(asOf, system);
  // The first of a month that holds a valid as-of always exists.
  const from = calendarToSerial({ year, month, day: 1 }, system) ?? asOf;
  const counts = new Map<number | null, number>();
  let total = 0;
  for (const entry of entries) {
    if (entry.kind !== "reminder" || entry.date < from || entry.date > asOf) continue;
    counts.set(entry.level, (counts.get(entry.level) ?? 0) + 1);
    total++;
  }
  const byLevel = [...counts.entries()]
    .map(([level, count]) => ({ level, count }))
    .sort((a, b) => (a.level ?? Number.POSITIVE_INFINITY) - (b.level ?? Number.POSITIVE_INFINITY));
  return { from, to: asOf, total, byLevel };
}
