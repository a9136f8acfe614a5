import type { Language } from "../language";

/** The number locale of each letter language. */
export const LETTER_LOCALE: Readonly<Record<Language, string>> = { en: "en-US", zh: "zh-CN" };

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

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in integer cents as the letter's language writes it: Intl currency format by ISO code
 * (en-US, zh-CN), e.g. zh CNY → ¥12,345.60, en USD → $12,345.60, en CNY → CN¥12,345.60.
 *
 * The figure is handed to Intl as the exact decimal string built from the cents, never as a
 * float: engines with Intl.NumberFormat v3 (V8 ≥ 10.6, so Node 20 and Edge WebView2) format a
 * string exactly at any size; an older engine reads it as a Number, which is still exact up to 15
 * significant digits. Currencies without minor units (JPY) show whole units unless the ledger has
 * cents, which are then shown rather than rounded away. Blank currency: a plain 2-decimal number;
 * an unknown code is appended as written; RMB/人民币 and similar Chinese names read as their ISO code.
 *
 * @param cents - integer cents, negative for a credit note
 * @param currency - ISO 4217 code (any case), or blank
 * @param language - the letter's language
 * @returns the formatted amount
 * @example
 * formatLetterAmount(1234560, "CNY", "zh") //=> "¥12,345.60"
 */
export function formatLetterAmount(cents: number, currency: string, language: Language): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`formatLetterAmount needs integer cents; got ${cents}`);
  const written = currency.trim();
  const code = CURRENCY_ALIASES.get(written.toUpperCase()) ?? written.toUpperCase();
  const locale = LETTER_LOCALE[language];
  const iso = /^[A-Z]{3}$/.test(code);
  const wholeUnits = cents % 100 === 0;
  const nf = numberFormat(locale, iso ? code : "", wholeUnits);
  // Intl reads a numeric string exactly; lib.es2022's typing only lists number | bigint.
  const text = (nf.format as unknown as (value: string) => string)(exactDecimal(cents));
  return iso || written === "" ? text : `${text} ${written}`;
}

/** The decimal string of integer cents: -123456 → "-1234.56". Integer operations only. */
function exactDecimal(cents: number): string {
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${cents < 0 ? "-" : ""}${units}.${String(rest).padStart(2, "0")}`;
}

function numberFormat(locale: string, code: string, wholeUnits: boolean): Intl.NumberFormat {
  const key = `${locale}|${code}|${wholeUnits}`;
  let nf = formats.get(key);
  if (nf === undefined) {
    if (code === "") {
      nf = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } else {
      const digits =
        new Intl.NumberFormat(locale, { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
      // Never fewer digits than the cents need: a JPY ledger with 1234.50 shows ¥1,234.50, not ¥1,235.
      const shown = wholeUnits ? digits : Math.max(digits, 2);
      nf = new Intl.NumberFormat(locale, {
        style: "currency",
        currency: code,
        minimumFractionDigits: shown,
        maximumFractionDigits: shown,
      });
    }
    formats.set(key, nf);
  }
  return nf;
}
