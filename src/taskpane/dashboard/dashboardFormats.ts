import type { DateSystem } from "../../core/dates/excelSerial";
import type { Language } from "../../core/language";
import { formatLetterAmount, LETTER_LOCALE } from "../../core/letters/formatLetterAmount";
import { formatLetterDate } from "../../core/letters/formatLetterDate";
import { toCents } from "../../core/money/money";

export interface DashboardFormats {
  /** Integer cents by ISO code, e.g. $6,300.00 (en) or US$6,300.00 (zh). */
  readonly cents: (cents: number, currency: string) => string;
  /** An amount the core gave as a number of currency units (rounded to cents first). */
  readonly amount: (amount: number, currency: string) => string;
  /** A ratio as a percentage with one decimal, e.g. 0.5397 → 54.0%. */
  readonly percent: (ratio: number) => string;
  /** Days with one decimal, e.g. 77.7. */
  readonly days: (days: number) => string;
  /** A date serial in the UI language: 1 April 2025 / 2025年4月1日. */
  readonly date: (serial: number) => string;
}

/**
 * The dashboard's number and date formats for the UI language: Intl with en-US or zh-CN grouping,
 * amounts by ISO currency code (the letters' formatter, which formats exact cents).
 *
 * @example
 * dashboardFormats("en", 1900).percent(3400 / 6300) //=> "54.0%"
 */
export function dashboardFormats(language: Language, dateSystem: DateSystem): DashboardFormats {
  const locale = LETTER_LOCALE[language];
  const pct = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    cents: (cents, currency) => formatLetterAmount(cents, currency, language),
    amount: (amount, currency) => formatLetterAmount(toCents(amount), currency, language),
    percent: (ratio) => pct.format(ratio),
    days: (days) => oneDecimal.format(days),
    date: (serial) => formatLetterDate(serial, language, dateSystem),
  };
}
