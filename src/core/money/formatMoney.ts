import type Decimal from "decimal.js";
import type { Language } from "../language";

/**
 * The add-in's one formatter of money and figures for people to read: the pane's tables, the
 * dashboard, the reminder letters. Numbers are grouped as the language writes them (en-US, zh-CN).
 *
 * Money by ISO 4217 code:
 *   English  Intl's symbol: $4,029.64, €40.00, CN¥12,345.60 (BHD 1.230 where Intl has no symbol)
 *   Chinese  ¥12,345.60 for the reader's own CNY; every other currency by its code, a space, the
 *            number: USD 4,029.64 — never Intl's US$4,029.64, which a Chinese reader takes for a typo
 * Blank currency: the plain grouped number with two decimals; a currency that is not an ISO code
 * (a ledger's "US Dollar") is appended as written; RMB, 人民币 and similar Chinese names read as
 * their ISO code.
 */

/** The number locale of each language. */
export const NUMBER_LOCALE: Readonly<Record<Language, string>> = { en: "en-US", zh: "zh-CN" };

/** An amount: integer cents (a `number`, as the ledger sums keep them) or currency units (a `Decimal`). */
export type MoneyAmount = number | Decimal;

export interface MoneyFormatOptions {
  /**
   * "currency": the currency as the language writes it (above); "number": the grouped number in the
   * currency's digits alone, where the currency shows beside it (a table's heading, "Acme · USD").
   * @default "currency"
   */
  readonly display?: "currency" | "number";
}

// What ledgers in China write in the currency column instead of the ISO code. Only unambiguous
// names: a bare "$" could be US, Hong Kong or Singapore dollars and is shown as written.
const CURRENCY_ALIASES: ReadonlyMap<string, string> = new Map([
  ["RMB", "CNY"],
  ["人民币", "CNY"],
  ["元", "CNY"],
  ["美元", "USD"],
  ["欧元", "EUR"],
  ["港币", "HKD"],
  ["港元", "HKD"],
  ["英镑", "GBP"],
  ["日元", "JPY"],
]);

/** The currency Chinese amounts show by symbol (¥); every other one by its ISO code. */
const CHINESE_SYMBOL_CURRENCY = "CNY";

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount of money as `language` writes it (see the module comment for the rules).
 *
 * The figure reaches Intl as an exact decimal string, never as a float: engines with
 * Intl.NumberFormat v3 (V8 ≥ 10.6, so Node 20 and Edge WebView2) format a string exactly at any
 * size; an older engine reads it as a Number, still exact up to 15 significant digits. A currency
 * without minor units (JPY) shows whole units unless the amount has cents, which are then shown
 * rather than rounded away; a three-decimal currency (BHD) keeps its three.
 *
 * @param amount - integer cents (negative for a credit note), or a Decimal of currency units
 * @param currency - ISO 4217 code (any case), a Chinese name or RMB, other text, or blank
 * @param language - the reader's language
 * @param options - `display: "number"` to leave the currency out
 * @returns the formatted amount
 * @throws RangeError when `amount` is a number that is not a safe integer (cents are whole; a programmer error)
 * @example
 * formatMoney(402964, "USD", "zh") //=> "USD 4,029.64"
 * formatMoney(402964, "USD", "en") //=> "$4,029.64"
 * formatMoney(1234560, "CNY", "zh") //=> "¥12,345.60"
 * formatMoney(new Decimal("1234.5"), "", "en") //=> "1,234.50"
 */
export function formatMoney(amount: MoneyAmount, currency: string, language: Language, options: MoneyFormatOptions = {}): string {
  const exact = exactDecimal(amount);
  const written = currency.trim();
  const code = CURRENCY_ALIASES.get(written.toUpperCase()) ?? written.toUpperCase();
  const iso = /^[A-Z]{3}$/.test(code);
  const wholeUnits = !/\.\d*[1-9]/.test(exact);
  const asNumber = options.display === "number";
  const style: Style = !iso
    ? "plain"
    : asNumber
      ? "digits"
      : language === "zh" && code !== CHINESE_SYMBOL_CURRENCY
        ? "code"
        : "symbol";
  const text = format(numberFormat(NUMBER_LOCALE[language], style, iso ? code : "", wholeUnits), exact);
  if (style === "code") return text.replace(/\u00a0/g, " ");
  return iso || written === "" || asNumber ? text : `${text} ${written}`;
}

/**
 * A ratio as a percentage in the language's grouping.
 *
 * @param ratio - e.g. 0.5397 for 53.97%
 * @param fractionDigits - decimals shown
 * @example
 * formatPercent(0.5397, "en", 1) //=> "54.0%"
 */
export function formatPercent(ratio: number, language: Language, fractionDigits: number): string {
  return cached(NUMBER_LOCALE[language], `percent|${fractionDigits}`, () => ({
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  })).format(ratio);
}

/**
 * A number (days, a count) grouped as the language writes it, with a fixed number of decimals.
 *
 * @example
 * formatNumber(77.67, "en", 1) //=> "77.7"
 * formatNumber(2300, "en", 0) //=> "2,300"
 */
export function formatNumber(value: number, language: Language, fractionDigits: number): string {
  return cached(NUMBER_LOCALE[language], `decimal|${fractionDigits}`, () => ({
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  })).format(value);
}

type Style = "plain" | "digits" | "symbol" | "code";

/** The exact decimal string of an amount: 123456 cents → "1234.56", Decimal 1234.5 → "1234.5". */
function exactDecimal(amount: MoneyAmount): string {
  if (typeof amount !== "number") return amount.toFixed();
  if (!Number.isSafeInteger(amount)) throw new RangeError(`formatMoney needs integer cents; got ${amount}`);
  const abs = Math.abs(amount);
  const units = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${amount < 0 ? "-" : ""}${units}.${String(rest).padStart(2, "0")}`;
}

/** Intl reads a numeric string exactly; lib.es2022's typing only lists number | bigint. */
function format(nf: Intl.NumberFormat, exact: string): string {
  return (nf.format as unknown as (value: string) => string)(exact);
}

function numberFormat(locale: string, style: Style, code: string, wholeUnits: boolean): Intl.NumberFormat {
  return cached(locale, `${style}|${code}|${wholeUnits}`, () => {
    if (style === "plain") return { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    const digits =
      new Intl.NumberFormat(locale, { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    // Never fewer digits than the cents need: a JPY ledger with 1234.50 shows ¥1,234.50, not ¥1,235.
    const shown = wholeUnits ? digits : Math.max(digits, 2);
    const fraction = { minimumFractionDigits: shown, maximumFractionDigits: shown };
    if (style === "digits") return fraction;
    return { style: "currency", currency: code, currencyDisplay: style === "code" ? "code" : "symbol", ...fraction };
  });
}

/** One Intl.NumberFormat per locale and options, built on first use (building one is slow). */
function cached(locale: string, key: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  let nf = formats.get(`${locale}|${key}`);
  if (nf === undefined) {
    nf = new Intl.NumberFormat(locale, options());
    formats.set(`${locale}|${key}`, nf);
  }
  return nf;
}
