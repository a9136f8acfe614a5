import { currencyCode } from "../core/money/currencyCode";
import type { CurrencyAmount } from "../excel/ledgerWorkbook";

/*
 * How the pane reads the settings typed as text: aging edges ("30, 60, 90") and small-balance
 * thresholds per currency ("USD 50", one a line). What cannot be read is refused, never changed.
 */

/**
 * Aging edges from text: whole days above 0, strictly increasing, separated by commas, spaces,
 * semicolons or the Chinese comma. null when the text does not read that way.
 *
 * @example
 * edgesFromText("15, 45, 90") //=> [15, 45, 90]
 * edgesFromText("30, 20") //=> null
 */
export function edgesFromText(text: string): number[] | null {
  const parts = text.split(/[\s,;，、；]+/).filter((part) => part !== "");
  if (parts.length === 0 || parts.length > 250) return null;
  const edges: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,5}$/.test(part)) return null;
    const edge = Number(part);
    if (edge < 1 || (edges.length > 0 && edge <= edges[edges.length - 1])) return null;
    edges.push(edge);
  }
  return edges;
}

/** Edges as the field first shows them. */
export function edgesText(edges: readonly number[]): string {
  return edges.join(", ");
}

/** A line of the thresholds that cannot be read (1-based), with its text. */
export interface RefusedLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Small-balance thresholds from text, one "currency amount" a line ("USD 50", "eur 12.5", "人民币：300").
 * Blank lines are skipped; the first unreadable line is refused.
 *
 * @example
 * currencyAmountsFromText("USD 50\neur 12.5") //=> [{ currency: "USD", amount: 50 }, { currency: "EUR", amount: 12.5 }]
 * currencyAmountsFromText("USD fifty") //=> { line: 1, text: "USD fifty" }
 */
export function currencyAmountsFromText(text: string): CurrencyAmount[] | RefusedLine {
  const out: CurrencyAmount[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const match = /^(.+?)\s*[:：=]?\s*(\d{1,12}(?:\.\d{1,2})?)$/.exec(line);
    // A code or a name the ledger reader knows (人民币 is CNY): one currency reading for the whole add-in.
    const code = match ? currencyCode(match[1].trim()) : "";
    const currency = /^[A-Z]{3}$/.test(code) ? code : undefined;
    if (!match || !currency || out.some((t) => t.currency === currency)) return { line: i + 1, text: line };
    out.push({ currency, amount: Number(match[2]) });
  }
  return out;
}

/** Thresholds as the field first shows them. */
export function currencyAmountsText(amounts: readonly CurrencyAmount[]): string {
  return amounts.map((t) => `${t.currency} ${t.amount}`).join("\n");
}
