import Papa from "papaparse";
import { calendarToSerial } from "../../../src/core/dates/excelSerial";
import { dayMonthSerial } from "../../../src/core/dates/dayMonthOrder";
import { readAmountText } from "../../../src/core/money/amountText";

/**
 * A CSV file opened the way Excel opens one: each field becomes a number, a date serial or text by
 * the conventions of the machine's locale — so the preview shows what an analyst's Excel shows,
 * including Excel's own misreadings (US dates opened with a day/month locale: `1/5/2013` becomes
 * 1 May, `1/26/2013` stays text). Preview only; the add-in never parses files.
 */
export type CsvLocale = "en-US" | "en-GB" | "de-DE" | "fr-FR" | "zh-CN";

interface LocaleConventions {
  readonly decimal: "." | ",";
  /** The order Excel reads d/m/y-like text in, or "ymd" where only year-first text is a date. */
  readonly dates: "mdy" | "dmy" | "ymd";
  /** The separators the locale's dates use: en-US reads 6/30/2025 and 6-30-2025, not 6.30.2025. */
  readonly separators: RegExp;
  /** The locale's own currency symbol, which Excel strips when it reads a number. */
  readonly symbol: string;
}

export const CSV_LOCALES: Readonly<Record<CsvLocale, LocaleConventions>> = {
  "en-US": { decimal: ".", dates: "mdy", symbol: "$", separators: /^[^.]*$/ },
  "en-GB": { decimal: ".", dates: "dmy", symbol: "£", separators: /^[^.]*$/ },
  "de-DE": { decimal: ",", dates: "dmy", symbol: "€", separators: /./ },
  "fr-FR": { decimal: ",", dates: "dmy", symbol: "€", separators: /^[^.]*$/ },
  "zh-CN": { decimal: ".", dates: "ymd", symbol: "¥", separators: /^[^.]*$/ },
};

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/**
 * One CSV field as Excel's locale reads it: blank, a number, a date serial (1900 system), TRUE/FALSE,
 * or the text itself.
 *
 * @example
 * excelValueFromCsv("1.234,50", "de-DE") //=> 1234.5
 */
export function excelValueFromCsv(field: string, locale: CsvLocale): string | number | boolean {
  const text = field.trim();
  if (text === "") return "";
  const conventions = CSV_LOCALES[locale];
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const serial = calendarToSerial({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
    if (serial !== undefined) return serial;
  }
  if (conventions.dates !== "ymd" && conventions.separators.test(text)) {
    const serial = dayMonthSerial(text, conventions.dates);
    if (serial !== undefined) return serial;
    // A day-month text the locale cannot read stays text, as in Excel.
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text)) return field;
  }
  // Excel reads amounts in the locale's own currency; "USD 100" or "EUR 5" stay text.
  const withoutSymbol = text.replace(conventions.symbol, "").trim();
  if (/^[-(]?[\d]/.test(withoutSymbol) || /^-?\(/.test(withoutSymbol)) {
    const amount = readAmountText(withoutSymbol, conventions.decimal);
    if (amount && amount.currency === null) return amount.amount.toNumber();
  }
  return field;
}

/**
 * The rows of a CSV file as Excel would put them in a sheet. The delimiter is detected (a comma,
 * or the semicolon of decimal-comma locales).
 *
 * @example
 * csvAsExcel("Customer,Amount\nAcme,\"1,200.00\"", "en-US") //=> [["Customer", "Amount"], ["Acme", 1200]]
 */
export function csvAsExcel(text: string, locale: CsvLocale): (string | number | boolean)[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((field) => excelValueFromCsv(field, locale)));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  return rows;
}
