import { serialToCalendar, type DateSystem } from "../dates/excelSerial";
import type { Language } from "../language";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A date serial as a letter writes it: English "30 June 2025" (day month year, which no reader in
 * any English-speaking country misreads, unlike 6/30 or 30/6), Chinese 2025年6月30日. Built from
 * the serial's calendar date, not from Intl with a time zone, so no machine setting shifts a day.
 *
 * @param serial - the date serial
 * @param language - the letter's language
 * @param system - the workbook's date system, default 1900
 * @returns the written date
 * @example
 * formatLetterDate(45838, "zh") //=> "2025年6月30日"
 */
export function formatLetterDate(serial: number, language: Language, system: DateSystem = 1900): string {
  const { year, month, day } = serialToCalendar(serial, system);
  return language === "zh" ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}
