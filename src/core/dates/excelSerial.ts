import { UTCDate } from "@date-fns/utc";
import { addDays, differenceInCalendarDays } from "date-fns";

/**
 * Excel date serials, both systems. 1900 system: serial 1 = 1900-01-01, serial 60 is the phantom
 * 1900-02-29 that Excel keeps for Lotus 1-2-3 compatibility, so from serial 61 (1900-03-01) on a
 * serial counts days from 1899-12-30. 1904 system: serial 0 = 1904-01-01, 1462 days after the
 * 1900 system's serial for the same date. Calendar work runs on date-fns over UTCDate so the
 * machine's time zone and DST never shift a day.
 */
export type DateSystem = 1900 | 1904;

/** A calendar date as the analyst reads it (month 1–12). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days between the two systems' serials for one date (serial_1900 = serial_1904 + 1462). */
export const SYSTEM_OFFSET_1904 = 1462;
/** The phantom 1900-02-29 of the 1900 system. */
export const PHANTOM_LEAP_DAY = 60;
/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL: Record<DateSystem, number> = { 1900: 2958465, 1904: 2958465 - SYSTEM_OFFSET_1904 };
/** Smallest serial that is a real date: 1900-01-01 (1900 system), 1904-01-01 (1904 system). */
export const MIN_SERIAL: Record<DateSystem, number> = { 1900: 1, 1904: 0 };

const EPOCH_1900 = new UTCDate(1899, 11, 30); // serials ≥ 61 count from here
const EPOCH_1904 = new UTCDate(1904, 0, 1);

/** True when `serial` is a whole serial that names a calendar day in `system` (the phantom day included). */
export function isDateSerial(serial: number, system: DateSystem = 1900): boolean {
  return Number.isInteger(serial) && serial >= MIN_SERIAL[system] && serial <= MAX_SERIAL[system];
}

/**
 * The calendar date of a serial (time fraction dropped). Serial 60 in the 1900 system is returned as
 * 1900-02-29, the day Excel shows, although the real calendar has no such day.
 *
 * @example
 * serialToCalendar(45838) //=> { year: 2025, month: 6, day: 30 }
 */
export function serialToCalendar(serial: number, system: DateSystem = 1900): CalendarDate {
  const whole = Math.floor(serial);
  if (system === 1900 && whole === PHANTOM_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const date = serialToUTCDate(whole, system);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A serial as a real-calendar UTCDate for date-fns. The phantom 1900-02-29 has no real date; it maps
 * to 1900-03-01's predecessor in Excel's count, 1900-02-28, which is what calendar steps need.
 */
export function serialToUTCDate(serial: number, system: DateSystem = 1900): UTCDate {
  const whole = Math.floor(serial);
  if (system === 1904) return new UTCDate(addDays(EPOCH_1904, whole));
  // Below 61 the count runs one day ahead of the real calendar (the phantom day is still to come).
  const days = whole >= 61 ? whole : whole === PHANTOM_LEAP_DAY ? 59 + 1 : whole + 1;
  return new UTCDate(addDays(EPOCH_1900, days));
}

/** The serial of a real-calendar UTCDate. */
export function utcDateToSerial(date: Date, system: DateSystem = 1900): number {
  if (system === 1904) return differenceInCalendarDays(date, EPOCH_1904);
  const days = differenceInCalendarDays(date, EPOCH_1900);
  return days >= 61 ? days : days - 1;
}

/**
 * The serial of a calendar date, or `undefined` when the date does not exist or falls outside the
 * system's range. 1900-02-29 is serial 60 in the 1900 system, as Excel accepts it.
 *
 * @example
 * calendarToSerial({ year: 2025, month: 6, day: 30 }) //=> 45838
 */
export function calendarToSerial(date: CalendarDate, system: DateSystem = 1900): number | undefined {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return undefined;
  if (system === 1900 && year === 1900 && month === 2 && day === 29) return PHANTOM_LEAP_DAY;
  const utc = new UTCDate(year, month - 1, day);
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1) return undefined; // e.g. 2025-02-30
  const serial = utcDateToSerial(utc, system);
  return isDateSerial(serial, system) ? serial : undefined;
}

/** Converts a serial between systems (1900 ↔ 1904). */
export function convertSerial(serial: number, from: DateSystem, to: DateSystem): number {
  if (from === to) return serial;
  return from === 1900 ? serial - SYSTEM_OFFSET_1904 : serial + SYSTEM_OFFSET_1904;
}

/** yyyy-mm-dd of a serial, for messages and letters' data. */
export function formatIsoDate(serial: number, system: DateSystem = 1900): string {
  const { year, month, day } = serialToCalendar(serial, system);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
