import { normalizeCurrency } from "../ledger/ledgerScanSettings";

/**
 * Row indexes per currency code (trimmed, upper case; blank → `defaultCurrency`), codes in
 * alphabetical order so the pane lists them the same way every time.
 *
 * @example
 * rowsByCurrency(["usd", "EUR", " USD", null], "EUR") //=> Map { "EUR" => [1, 3], "USD" => [0, 2] }
 */
export function rowsByCurrency(currencies: readonly (string | null | undefined)[], defaultCurrency = ""): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const fallback = normalizeCurrency(defaultCurrency);
  currencies.forEach((cell, i) => {
    const code = normalizeCurrency(cell) || fallback;
    const rows = groups.get(code);
    if (rows) rows.push(i);
    else groups.set(code, [i]);
  });
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
