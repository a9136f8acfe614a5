import type Decimal from "decimal.js";
import { Money } from "./money";

/**
 * Amounts as accounting exports write them as text: `1,234.50`, `1.234,50` (Germany, SAP),
 * `1 234,50` (France, with a space or no-break space), `1'234.50` (Switzerland), `(1,234.50)` and
 * `-1,234.50` (negative), SAP's trailing minus `1,234.50-`, a currency before or after
 * (`USD 1,234.50`, `$1,234.50`, `¥1,234.50`, `1.234,50 EUR`), and `-` for zero. The currency
 * stays with the amount, so a caller can refuse to add two currencies together.
 */

/** Which character separates the decimals: "." (1,234.50) or "," (1.234,50). */
export type DecimalSeparator = "." | ",";

export interface AmountText {
  readonly amount: Decimal;
  /** ISO code the text named or its symbol implies ("$" → USD), or null when it named none. */
  readonly currency: string | null;
}

// ISO 4217 codes receivables are commonly kept in: a closed list, not "any three letters", so
// "Net 30" is not an amount of 30 in a currency called NET.
const ISO_CODES = new Set(
  "USD EUR GBP JPY CNY CNH HKD TWD KRW SGD MYR THB IDR PHP VND INR AUD NZD CAD MXN BRL CHF SEK NOK DKK PLN CZK HUF TRY ZAR AED SAR ILS RUB".split(
    " ",
  ),
);
// Symbols and the code each stands for where it is unambiguous; "¥" is yen or yuan, "$" is read
// as USD only when spelt US$ — a bare "$" names no currency of its own (it stays null).
const SYMBOLS: ReadonlyMap<string, string | null> = new Map([
  ["US$", "USD"],
  ["HK$", "HKD"],
  ["CN¥", "CNY"],
  ["RMB", "CNY"],
  ["元", "CNY"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["$", null],
  ["¥", null],
  ["￥", null],
]);
const MARK = /^(US\$|HK\$|CN¥|RMB|[$€£¥￥]|[A-Za-z]{3})?\s*(.*?)\s*(US\$|HK\$|RMB|元|[$€£¥￥]|[A-Za-z]{3})?$/;
// Digits with an optional group separator every three digits and optional decimals.
const GROUPED_DOT = /^\d{1,3}(?:[,\s\u00a0\u202f']\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const GROUPED_COMMA = /^\d{1,3}(?:[.\s\u00a0\u202f']\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/;
const DASHES = /^[-–—]$/;

function currencyOf(mark: string | undefined): string | null | undefined {
  if (mark === undefined) return null;
  if (SYMBOLS.has(mark)) return SYMBOLS.get(mark)!;
  const code = mark.toUpperCase();
  return ISO_CODES.has(code) ? code : undefined;
}

/**
 * Reads an amount written as text, with the decimal separator given; `null` for blank text,
 * `undefined` for text that is not an amount.
 *
 * @example
 * readAmountText("1.234,50-", ",") //=> { amount: Decimal(-1234.5), currency: null }
 */
export function readAmountText(raw: string, decimal: DecimalSeparator = "."): AmountText | null | undefined {
  let text = raw.trim();
  if (text === "") return null;
  if (DASHES.test(text)) return { amount: new Money(0), currency: null };
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const signs = (side: "lead" | "trail"): boolean => {
    const has = side === "lead" ? /^[-−]/.test(text) : /[-−]$/.test(text);
    if (has) text = (side === "lead" ? text.slice(1) : text.slice(0, -1)).trim();
    return has;
  };
  let signCount = Number(negative) + Number(signs("lead")) + Number(signs("trail"));
  const match = MARK.exec(text);
  if (!match || (match[1] !== undefined && match[3] !== undefined)) return undefined;
  const currency = currencyOf(match[1] ?? match[3]);
  if (currency === undefined) return undefined;
  text = match[2];
  // "USD -1,234.50" and "$ (1,234.50)": a sign inside the currency mark.
  if (text.startsWith("(") && text.endsWith(")")) {
    signCount++;
    text = text.slice(1, -1).trim();
  }
  signCount += Number(signs("lead")) + Number(signs("trail"));
  if (signCount > 1) return undefined;
  if (!(decimal === "." ? GROUPED_DOT : GROUPED_COMMA).test(text)) return undefined;
  const plain =
    decimal === "." ? text.replace(/[,\s\u00a0\u202f']/g, "") : text.replace(/[.\s\u00a0\u202f']/g, "").replace(",", ".");
  const amount = new Money(plain);
  return { amount: signCount === 1 ? amount.negated() : amount, currency };
}

/**
 * The decimal separator a column's text amounts prove: a text with both separators ends in the
 * decimal one (`1.234,50`), and a comma followed by one or two digits at the end (`234,5`,
 * `1 234,50`) is a decimal comma; otherwise ".", as Excel's en-US and zh-CN locales write.
 *
 * @example
 * decimalSeparatorOf(["1.234,50", "12,00"]) //=> ","
 */
export function decimalSeparatorOf(values: Iterable<unknown>): DecimalSeparator {
  for (const value of values) {
    if (typeof value !== "string") continue;
    const digits = value.replace(/[^\d.,]/g, "");
    const comma = digits.lastIndexOf(",");
    const dot = digits.lastIndexOf(".");
    if (comma >= 0 && dot >= 0) return comma > dot ? "," : ".";
    if (comma >= 0 && /,\d{1,2}$/.test(digits)) return ",";
    if (dot >= 0 && /\.\d{1,2}$/.test(digits) && !/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(digits)) return ".";
  }
  return ".";
}
