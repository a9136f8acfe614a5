import { serialToUTCDate, type DateSystem } from "../dates/excelSerial";

/**
 * The specific date a reminder asks payment by: as-of plus the given days, moved on to the Monday
 * when it falls on a Saturday or Sunday (a deadline on a day no bank pays out only invites "we
 * paid on the next working day"). Public holidays are not known to the core and are not skipped.
 *
 * @param asOfSerial - the letter's date
 * @param days - days allowed, e.g. 7 or 10
 * @param system - the workbook's date system, default 1900
 * @returns the pay-by date serial
 * @example
 * payByDate(45838, 7) //=> 45845   (Mon 30 June 2025 + 7 = Mon 7 July 2025)
 * payByDate(45838, 5) //=> 45845   (Sat 5 July → Mon 7 July)
 */
export function payByDate(asOfSerial: number, days: number, system: DateSystem = 1900): number {
  const target = Math.floor(asOfSerial) + days;
  const weekday = serialToUTCDate(target, system).getUTCDay(); // 0 Sunday … 6 Saturday
  if (weekday === 6) return target + 2;
  if (weekday === 0) return target + 1;
  return target;
}
