import { calendarToSerial, type DateSystem } from "./excelSerial";

/**
 * Dates with the month written as a word cannot be misread, so they need no order: Xero writes
 * `12 Mar 2025`, QuickBooks titles `June 30, 2025`, Excel's own `d-mmm-yy` gives `12-Mar-25`.
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
// 12 Mar 2025, 12-Mar-2025, 12-Mar-25, 12 March 2025 (an optional weekday before, dropped).
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{4}|\d{2})$/i;
// Mar 12, 2025, March 12 2025, Monday, June 30, 2025.
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

function fullYear(text: string): number {
  const year = Number(text);
  // Excel's rule for two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999.
  return text.length === 2 ? (year <= 29 ? 2000 + year : 1900 + year) : year;
}

/**
 * The serial of a date written with a month name; `undefined` for anything else.
 *
 * @example
 * monthNameSerial("12 Mar 2025") //=> 45728
 */
export function monthNameSerial(text: string, system: DateSystem = 1900): number | undefined {
  const trimmed = text.trim();
  let match = DAY_MONTH_YEAR.exec(trimmed);
  if (match) {
    const month = MONTHS[match[2].toLowerCase()];
    return month ? calendarToSerial({ year: fullYear(match[3]), month, day: Number(match[1]) }, system) : undefined;
  }
  match = MONTH_DAY_YEAR.exec(trimmed);
  if (match) {
    const month = MONTHS[match[1].toLowerCase()];
    return month ? calendarToSerial({ year: Number(match[3]), month, day: Number(match[2]) }, system) : undefined;
  }
  return undefined;
}
