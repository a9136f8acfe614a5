import { fail, type Result } from "../failure";
import { calendarToSerial, formatIsoDate, MAX_SERIAL, MIN_SERIAL, type DateSystem } from "./excelSerial";
import { dayMonthSerial, isDayMonthText, type DayMonthOrder } from "./dayMonthOrder";
import { DATE_TEXT_MESSAGES } from "./dateTextMessages";
import { monthNameSerial } from "./monthNameDate";
import { DATES_MESSAGES as M } from "../messages/datesMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

// Year first, which cannot be misread. Day-month text (03/04/2025 is March 4th in one country,
// April 3rd in another) is read only in an order it proves itself or the caller states.
const DATE_TEXT = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/,
];
// A time part after the date (2025-06-30 14:05, 2025-06-30T14:05:00, with a zone: …Z, …+02:00)
// is dropped: whole days, the date as written. Only a real time of day: "2025-06-30 25:99" is not
// a date and time but garbage, and a zone needs a time before it.
const TIME_SUFFIX =
  /(?:[T\s]+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?))?)?$/;
// Day-month text with a four-digit year: only such text proves its own order. In 25-05-23 the 25
// may as well be the year.
const FULL_YEAR = /^\d{1,2}([./-])\d{1,2}\1\d{4}(?!\d)/;

/**
 * Reads a date cell: a serial number in the workbook's date system (time fraction dropped), or
 * text that cannot be misread: year first (`yyyy-mm-dd`, `yyyy/m/d`, `yyyy.m.d`, `yyyy年m月d日`,
 * ISO date-times with `Z` or an offset, whose date part is taken), a month name (`30 Jun 2025`,
 * `June 30, 2025`), or day-month text with a four-digit year that proves its order (`30.06.2025`
 * is day first, `6/30/2025` month first). Day-month text that reads either way (`03/04/2025`) is
 * read in `order` when the caller knows it (a range whose texts prove it), else refused with both
 * readings spelt out. Blank gives `null`.
 *
 * @example
 * parseDate("2025年6月30日") //=> 45838
 */
export function parseDate(
  value: unknown,
  system: DateSystem = 1900,
  argName = "date",
  order?: DayMonthOrder,
): Result<number | null> {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return serialFromNumber(value, system, argName);
  if (typeof value === "boolean") return fail("unreadable", M.dateBoolean({ name: argName, value: String(value).toUpperCase() }));
  if (typeof value !== "string") return fail("unreadable", M.dateNotText({ name: argName }));
  const text = value.trim();
  if (text === "") return null;
  const serial = serialFromText(text, system) ?? monthNameSerial(text, system);
  if (serial !== undefined) return serial;
  if (isDayMonthText(text)) return dayMonthDate(text, value, system, order);
  return fail("unreadable", M.dateUnreadable({ text: value }));
}

/**
 * Day-month text: in the order given, else in the only order it can be read (a part above 12,
 * four-digit year), else refused naming both readings. `05/05/2025` reads the same both ways.
 */
function dayMonthDate(text: string, value: string, system: DateSystem, order: DayMonthOrder | undefined): Result<number> {
  if (order !== undefined) return dayMonthSerial(text, order, system) ?? fail("unreadable", M.dateUnreadable({ text: value }));
  const dayFirst = dayMonthSerial(text, "dmy", system);
  const monthFirst = dayMonthSerial(text, "mdy", system);
  if (dayFirst !== undefined && monthFirst !== undefined) {
    if (dayFirst === monthFirst) return dayFirst;
    return fail(
      "unreadable",
      DATE_TEXT_MESSAGES.dayMonthAmbiguous({
        text: value,
        dayFirst: formatIsoDate(dayFirst, system),
        monthFirst: formatIsoDate(monthFirst, system),
      }),
    );
  }
  const only = dayFirst ?? monthFirst;
  if (only !== undefined && FULL_YEAR.test(text)) return only;
  return fail("unreadable", M.dateUnreadable({ text: value }));
}

function serialFromNumber(value: number, system: DateSystem, argName: string): Result<number> {
  if (!Number.isFinite(value)) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: argName }));
  const whole = Math.floor(value);
  if (whole < MIN_SERIAL[system] || whole > MAX_SERIAL[system]) {
    return fail(
      "outOfRange",
      M.notDateSerialRange({ name: argName, value: String(value), min: MIN_SERIAL[system], max: MAX_SERIAL[system], system }),
    );
  }
  return whole;
}

function serialFromText(text: string, system: DateSystem): number | undefined {
  const datePart = text.replace(TIME_SUFFIX, "");
  for (const form of DATE_TEXT) {
    const match = form.exec(datePart);
    if (match) return calendarToSerial({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, system);
  }
  return undefined;
}
