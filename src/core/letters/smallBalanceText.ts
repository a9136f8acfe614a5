import Decimal from "decimal.js";
import { DEFAULT_SMALL_BALANCE_CENTS } from "./letterTypes";

/**
 * Small-balance thresholds as the settings form holds them, one currency per item:
 * "USD 50, EUR 50, CNY 300" (commas, semicolons, full-width ones or new lines between items; a
 * colon or "=" allowed after the code). Amounts become integer cents in decimal arithmetic. An
 * item that cannot be read is left out, so its currency keeps the default; "USD 0" switches the
 * threshold off for US dollars.
 *
 * @param text - the form's text
 * @returns cents by upper-case currency code
 * @example
 * parseSmallBalances("usd 50; CNY: 300.5") //=> { USD: 5000, CNY: 30050 }
 */
export function parseSmallBalances(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of text.split(/[,;，；\n]/)) {
    const match = /^\s*([A-Za-z]{3})\s*[:=：]?\s*(\d+(?:\.\d{1,2})?)\s*$/.exec(item);
    if (match === null) continue;
    out[match[1].toUpperCase()] = new Decimal(match[2]).times(100).toNumber();
  }
  return out;
}

/**
 * The thresholds as form text, in the order given: the inverse of `parseSmallBalances`.
 *
 * @example
 * smallBalancesText({ USD: 5000, CNY: 30050 }) //=> "USD 50, CNY 300.5"
 */
export function smallBalancesText(cents: Readonly<Record<string, number>>): string {
  return Object.entries(cents)
    .map(([code, value]) => `${code} ${new Decimal(value).div(100).toString()}`)
    .join(", ");
}

/** The form's default text: the default thresholds written out. */
export const DEFAULT_SMALL_BALANCES_TEXT = smallBalancesText(DEFAULT_SMALL_BALANCE_CENTS);
