import { currencyCode } from "./currencyCode";

/*
 * Amounts per currency as people type them ("USD 50", "人民币：300"): the one reader and writer of
 * the small-balance thresholds, used by the pane's settings field and anything else that takes
 * such a list. What cannot be read is refused with its line, never guessed.
 */

/** An amount in one currency (a threshold per currency), in currency units. */
export interface CurrencyAmount {
  readonly currency: string;
  readonly amount: number;
}

/** An item of the text that cannot be read: its line (1-based) and its text. */
export interface RefusedLine {
  readonly line: number;
  readonly text: string;
}

// An item ends at a line break, a semicolon, the Chinese comma or a comma before the next code
// ("USD 50, EUR 50"); a comma between digits groups thousands ("JPY 7,500").
const ITEM_BREAK = /[;；，、]|,(?!\d{3}(?:\D|$))/;
const ITEM = /^(.+?)\s*[:：=]?\s*(\d{1,3}(?:,\d{3})+|\d{1,12})(\.\d{1,2})?$/;

/**
 * Amounts per currency from text: one "currency amount" an item, items on lines or separated by
 * commas or semicolons ("USD 50, EUR 12.5", "人民币：300", "JPY 7,500"). The currency is a code or
 * a name the ledger reader knows (人民币 is CNY). Blank items are skipped; the first unreadable
 * one (no amount, a word for an amount, a negative, an unknown name, a currency twice) is refused.
 *
 * @param text - what was typed
 * @returns the amounts in the order typed, or the item refused
 * @example
 * parseCurrencyAmounts("USD 50\neur 12.5") //=> [{ currency: "USD", amount: 50 }, { currency: "EUR", amount: 12.5 }]
 * parseCurrencyAmounts("USD 50, JPY 7,500") //=> [{ currency: "USD", amount: 50 }, { currency: "JPY", amount: 7500 }]
 * parseCurrencyAmounts("USD fifty") //=> { line: 1, text: "USD fifty" }
 */
export function parseCurrencyAmounts(text: string): CurrencyAmount[] | RefusedLine {
  const out: CurrencyAmount[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    for (const part of lines[i].split(ITEM_BREAK)) {
      const item = part.trim();
      if (item === "") continue;
      const match = ITEM.exec(item);
      const code = match ? currencyCode(match[1].trim()) : "";
      const currency = /^[A-Z]{3}$/.test(code) ? code : undefined;
      if (!match || !currency || out.some((t) => t.currency === currency)) return { line: i + 1, text: item };
      // Whole units and cents as typed: "12.5" is 12.5, never a float sum of parts.
      out.push({ currency, amount: Number(match[2].replace(/,/g, "") + (match[3] ?? "")) });
    }
  }
  return out;
}

/**
 * Amounts as the settings field shows them, one a line: the inverse of `parseCurrencyAmounts`.
 *
 * @example
 * currencyAmountsText([{ currency: "USD", amount: 50 }, { currency: "EUR", amount: 12.5 }]) //=> "USD 50\nEUR 12.5"
 */
export function currencyAmountsText(amounts: readonly CurrencyAmount[]): string {
  return amounts.map((t) => `${t.currency} ${t.amount}`).join("\n");
}
