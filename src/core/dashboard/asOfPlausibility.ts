import { calendarToSerial, formatIsoDate, type DateSystem } from "../dates/excelSerial";
import { BALANCE_MESSAGES as M } from "../ledger/balanceMessages";
import type { Message } from "../messages/message";

/** The ledger's invoice dates as serials: the earliest and the latest. */
export interface LedgerDateRange {
  readonly first: number;
  readonly latest: number;
}

/** How far past the latest invoice (or today) an as-of date still looks like a choice: ~2 years. */
export const AS_OF_YEARS_AHEAD = 2;
const DAYS_AHEAD = 730;

/** No ledger the add-in reads goes back further; an as-of before it is a slip (1900-01-01, 0). */
export const EARLIEST_PLAUSIBLE_ISO = "1980-01-01";

export type AsOfCheck = { readonly plausible: true } | { readonly plausible: false; readonly reason: Message };

export interface AsOfContext {
  /** Today's serial. */
  readonly today: number;
  /** The ledger's invoice dates when known (from the last scan of it); null when not. */
  readonly ledger: LedgerDateRange | null;
  /** @default 1900 */
  readonly dateSystem?: DateSystem;
}

/**
 * Whether an as-of date looks like the one the user meant, and if not why: before 1980-01-01,
 * before the ledger's first invoice date, more than 730 days (~2 years) after its latest invoice
 * date, or more than 730 days after today. The pane asks for confirmation of an implausible date
 * before it scans; it is still the user's to choose.
 *
 * @example
 * checkAsOf(73051, { today: 45838, ledger: { first: 45658, latest: 45838 } }).plausible //=> false (2100-01-01)
 */
export function checkAsOf(asOf: number, context: AsOfContext): AsOfCheck {
  const system = context.dateSystem ?? 1900;
  const day = Math.floor(asOf);
  const iso = (serial: number) => formatIsoDate(serial, system);
  const earliest = calendarToSerial({ year: 1980, month: 1, day: 1 }, system) ?? 0;
  if (day < earliest) return { plausible: false, reason: M.asOfTooEarly({ asOf: iso(day), earliest: EARLIEST_PLAUSIBLE_ISO }) };
  const ledger = context.ledger;
  if (ledger !== null) {
    if (day < ledger.first) return { plausible: false, reason: M.asOfBeforeLedger({ asOf: iso(day), first: iso(ledger.first) }) };
    if (day - ledger.latest > DAYS_AHEAD)
      return {
        plausible: false,
        reason: M.asOfFarAfterLedger({ asOf: iso(day), latest: iso(ledger.latest), years: AS_OF_YEARS_AHEAD }),
      };
  }
  const today = Math.floor(context.today);
  if (day - today > DAYS_AHEAD)
    return { plausible: false, reason: M.asOfFarFromToday({ asOf: iso(day), today: iso(today), years: AS_OF_YEARS_AHEAD }) };
  return { plausible: true };
}

/**
 * The serial of a yyyy-mm-dd date (the pane's date field), or null when it is not one.
 *
 * @example
 * isoDateSerial("2025-06-30") //=> 45838
 */
export function isoDateSerial(iso: string, system: DateSystem = 1900): number | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(iso);
  if (match === null) return null;
  return calendarToSerial({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, system) ?? null;
}
