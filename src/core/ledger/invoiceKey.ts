/**
 * The key an invoice number is compared by: trimmed text, or a number when the cell is a number or
 * text that is exactly how that number is written, so 1001 and " 1001 " are one invoice while
 * "0001" stays text. Blank is `undefined`.
 *
 * @example
 * invoiceKey(" 1001 ") //=> 1001
 */
export function invoiceKey(cell: unknown): string | number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (cell === null || cell === undefined || cell === "") return undefined;
  let text = typeof cell === "string" ? cell : String(cell);
  // trim() and Number() only when they can matter: most invoice numbers are text like "INV-0042",
  // and this runs once per row of a million-row ledger.
  if (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) text = text.trim();
  if (text === "") return undefined;
  const first = text.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46)) return text;
  const asNumber = Number(text);
  return Number.isFinite(asNumber) && String(asNumber) === text ? asNumber : text;
}
