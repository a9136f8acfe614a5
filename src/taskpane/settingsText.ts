/*
 * How the pane reads the settings typed as text: aging edges ("30, 60, 90") and small-balance
 * thresholds per currency ("USD 50", one a line or comma-separated). What cannot be read is refused, never changed.
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

/**
 * Small-balance thresholds from text, and back: the core's one reader (src/core/money/currencyAmountsText.ts).
 *
 * @example
 * currencyAmountsFromText("USD 50\neur 12.5") //=> [{ currency: "USD", amount: 50 }, { currency: "EUR", amount: 12.5 }]
 * currencyAmountsFromText("USD fifty") //=> { line: 1, text: "USD fifty" }
 */
export { parseCurrencyAmounts as currencyAmountsFromText, currencyAmountsText } from "../core/money/currencyAmountsText";
export type { RefusedLine } from "../core/money/currencyAmountsText";
