import { calendarToSerial, type DateSystem } from "./excelSerial";

/**
 * Text dates that do not start with the year — `30.06.2025` (SAP, Europe), `6/30/2025` (US
 * exports), `30/06/2025` (UK) — are read only in an order the column itself proves or the user
 * states, never guessed row by row: `03/04/2025` is March 4th in one country and April 3rd in
 * another. A first part above 12 proves day-first, a second part above 12 proves month-first.
 */
export type DayMonthOrder = "dmy" | "mdy";

// d/m/y, d.m.y, d-m-y with a 2- or 4-digit year; a time after it is dropped (whole days).
const DAY_MONTH_TEXT = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?)?$/i;

interface DayMonthParts {
  readonly first: number;
  readonly second: number;
  readonly year: number;
}

function partsOf(text: string): DayMonthParts | undefined {
  const match = DAY_MONTH_TEXT.exec(text.trim());
  if (!match) return undefined;
  const yearText = match[4];
  // Excel's rule for two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999.
  const short = Number(yearText);
  const year = yearText.length === 2 ? (short <= 29 ? 2000 + short : 1900 + short) : short;
  return { first: Number(match[1]), second: Number(match[3]), year };
}

/**
 * True for text such as `30.06.2025` or `6/30/25`: a date whose day and month need an order.
 *
 * @example
 * isDayMonthText("30.06.2025") //=> true
 */
export function isDayMonthText(value: unknown): boolean {
  return typeof value === "string" && partsOf(value) !== undefined;
}

/**
 * Reads day-month text in the order given; `undefined` when it is not such text or names no day.
 *
 * @example
 * dayMonthSerial("6/30/2025", "mdy") //=> 45838
 */
export function dayMonthSerial(text: string, order: DayMonthOrder, system: DateSystem = 1900): number | undefined {
  const parts = partsOf(text);
  if (!parts) return undefined;
  const [day, month] = order === "dmy" ? [parts.first, parts.second] : [parts.second, parts.first];
  return calendarToSerial({ year: parts.year, month, day }, system);
}

/** What a column's own text dates say about their order. */
export type DayMonthEvidence =
  /** No day-month text in the column: nothing to decide. */
  | { readonly kind: "none" }
  /** Every text fits both orders (all parts ≤ 12): the user must say. */
  | { readonly kind: "ambiguous"; readonly example: string }
  /** `proof` can be read in this order only. */
  | { readonly kind: "proven"; readonly order: DayMonthOrder; readonly proof: string }
  /** Texts that prove both orders: the column mixes conventions. */
  | { readonly kind: "conflicting"; readonly dayFirst: string; readonly monthFirst: string };

/**
 * Decides a column's day-month order from its own texts: a first part above 12 proves day-first,
 * a second part above 12 month-first.
 *
 * @example
 * dayMonthEvidence(["01/02/2025", "30/01/2025"]) //=> { kind: "proven", order: "dmy", proof: "30/01/2025" }
 */
export function dayMonthEvidence(values: Iterable<unknown>): DayMonthEvidence {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  let example: string | undefined;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const parts = partsOf(value);
    if (!parts) continue;
    example ??= value.trim();
    if (parts.first > 12 && parts.second <= 12) dayFirst ??= value.trim();
    if (parts.second > 12 && parts.first <= 12) monthFirst ??= value.trim();
    if (dayFirst !== undefined && monthFirst !== undefined) break;
  }
  if (dayFirst !== undefined && monthFirst !== undefined) return { kind: "conflicting", dayFirst, monthFirst };
  if (dayFirst !== undefined) return { kind: "proven", order: "dmy", proof: dayFirst };
  if (monthFirst !== undefined) return { kind: "proven", order: "mdy", proof: monthFirst };
  return example === undefined ? { kind: "none" } : { kind: "ambiguous", example };
}

/** A date column that Excel probably read with the wrong locale. */
export interface LocaleMisread {
  /** The order the texts are really in (the one Excel's locale did not use). */
  readonly textOrder: DayMonthOrder;
  /** A text Excel left unread, e.g. "1/26/2013". */
  readonly example: string;
  readonly serials: number;
  readonly texts: number;
}

/**
 * Spots a date column Excel misread because the file's dates were in another order than the
 * workbook's locale: opened with a day/month locale, US `1/5/2013` became 1 May (a serial) while
 * `1/26/2013` (no month 26) stayed text. So a column that mixes serials with day-month texts that
 * all prove one order is reported, with an example, and its serials are not to be trusted.
 *
 * @example
 * localeMisread([41275, "1/26/2013", 41310, "2/14/2013"]) //=> { textOrder: "mdy", example: "1/26/2013", serials: 2, texts: 2 }
 */
export function localeMisread(values: Iterable<unknown>): LocaleMisread | undefined {
  let serials = 0;
  const texts: string[] = [];
  for (const value of values) {
    if (typeof value === "number") serials++;
    else if (typeof value === "string") texts.push(value);
  }
  return localeMisreadOf(serials, texts);
}

/**
 * The same test from a count of date serials and the column's texts (each counted once per cell).
 *
 * @example
 * localeMisreadOf(2, ["1/26/2013", "Acme"]) //=> { textOrder: "mdy", example: "1/26/2013", serials: 2, texts: 1 }
 */
export function localeMisreadOf(serials: number, cellTexts: Iterable<string>): LocaleMisread | undefined {
  let texts = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  let example: string | undefined;
  for (const value of cellTexts) {
    const parts = partsOf(value);
    if (!parts) continue;
    texts++;
    example ??= value.trim();
    if (parts.first > 12) dayFirst++;
    if (parts.second > 12) monthFirst++;
  }
  if (serials === 0 || texts === 0 || example === undefined) return undefined;
  // Only when every text is one Excel could not read in the other order: that is the signature.
  if (monthFirst === texts && dayFirst === 0) return { textOrder: "mdy", example, serials, texts };
  if (dayFirst === texts && monthFirst === 0) return { textOrder: "dmy", example, serials, texts };
  return undefined;
}
