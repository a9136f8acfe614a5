import { addMonths as addMonthsFns, endOfMonth as endOfMonthFns } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { PHANTOM_LEAP_DAY, serialToCalendar, serialToUTCDate, utcDateToSerial, type DateSystem } from "./excelSerial";

/**
 * Adds whole months, clamping to the month's end as Excel's EDATE does (2025-01-31 + 1 month =
 * 2025-02-28; 2024-01-31 + 1 month = 2024-02-29).
 *
 * @example
 * addMonthsSerial(45688, 1) //=> 45716  (2025-01-31 → 2025-02-28)
 */
export function addMonthsSerial(serial: number, months: number, system: DateSystem = 1900): number {
  const start = Math.floor(serial);
  const result =
    system === 1900 && start === PHANTOM_LEAP_DAY ? fromPhantomDay(Math.trunc(months)) : realCalendarStep(start, months, system);
  // Excel's February 1900 has 29 days: a 29th–31st clamped to 1900-02-28 (59) lands on the phantom day.
  if (system === 1900 && result === PHANTOM_LEAP_DAY - 1 && serialToCalendar(start, system).day >= 29) return PHANTOM_LEAP_DAY;
  return result;
}

function realCalendarStep(start: number, months: number, system: DateSystem): number {
  return utcDateToSerial(addMonthsFns(serialToUTCDate(start, system), Math.trunc(months)), system);
}

/** Excel's EDATE treats the phantom day as 1900-02-29: one month on is 1900-03-29. */
function fromPhantomDay(months: number): number {
  const target = new UTCDate(1900, 1 + months, 1);
  const lastDay = endOfMonthFns(target).getUTCDate();
  return utcDateToSerial(new UTCDate(target.getUTCFullYear(), target.getUTCMonth(), Math.min(29, lastDay)), 1900);
}

/**
 * The last day of the month `months` after the serial's month, as Excel's EOMONTH.
 *
 * @example
 * endOfMonthSerial(45672, 0) //=> 45688  (2025-01-15 → 2025-01-31)
 */
export function endOfMonthSerial(serial: number, months = 0, system: DateSystem = 1900): number {
  const start = Math.floor(serial);
  if (system === 1900 && start === PHANTOM_LEAP_DAY) {
    // EOMONTH(60, 0) is 60 in Excel: the phantom day is February 1900's last day there.
    if (months === 0) return PHANTOM_LEAP_DAY;
  }
  const shifted = addMonthsFns(
    new UTCDate(serialToUTCDate(start, system).getUTCFullYear(), serialToUTCDate(start, system).getUTCMonth(), 1),
    Math.trunc(months),
  );
  const end = endOfMonthFns(shifted);
  const result = utcDateToSerial(end, system);
  // February 1900 ends on the phantom day in Excel's 1900 system.
  if (system === 1900 && end.getUTCFullYear() === 1900 && end.getUTCMonth() === 1) return PHANTOM_LEAP_DAY;
  return result;
}
