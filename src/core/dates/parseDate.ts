import { fail, type Result } from "../failure";
import { calendarToSerial, MAX_SERIAL, MIN_SERIAL, type DateSystem } from "./excelSerial";
import { DATES_MESSAGES as M } from "../messages/datesMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

// Only forms that cannot be misread: year first. 03/04/2025 is March 4th in one country, April 3rd
// in another, so it is refused rather than guessed.
const DATE_TEXT = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/,
];
// A time part after the date (2025-06-30 14:05 or 2025-06-30T14:05:00) is dropped: whole days.
// Only a real time of day: "2025-06-30 25:99" is not a date and time but garbage.
const TIME_SUFFIX = /(?:[T\s]+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?$/;

/**
 * Reads a date cell: a serial number in the workbook's date system (time fraction dropped), or
 * unambiguous text (`yyyy-mm-dd`, `yyyy/m/d`, `yyyy.m.d`, `yyyy年m月d日`). Blank gives `null`.
 *
 * @example
 * parseDate("2025年6月30日") //=> 45838
 */
export function parseDate(value: unknown, system: DateSystem = 1900, argName = "date"): Result<number | null> {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return serialFromNumber(value, system, argName);
  if (typeof value === "boolean") return fail("unreadable", M.dateBoolean({ name: argName, value: String(value).toUpperCase() }));
  if (typeof value !== "string") return fail("unreadable", M.dateNotText({ name: argName }));
  const text = value.trim();
  if (text === "") return null;
  const serial = serialFromText(text, system);
  if (serial !== undefined) return serial;
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
