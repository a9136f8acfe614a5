/**
 * A formula string literal: in double quotes, a double quote inside doubled. Text put into a
 * formula this way stays a string whatever it holds ("=", parentheses, function names), so a
 * customer called `=HYPERLINK(…)` cannot inject a formula.
 *
 * @example
 * formulaText('Acme "Intl"') //=> "\"Acme \"\"Intl\"\"\""
 */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A SUMIFS criterion matching cells equal to `text` and nothing else, as a formula string literal:
 * `=` first so a name starting with `<`, `>` or `=` is not read as an operator, and the wildcards
 * `*`, `?` and the escape `~` escaped with `~`. Empty text gives `"="`, which matches blank cells.
 * Matching is case-insensitive, as SUMIFS always is (the scan's customers and currencies are too).
 *
 * @example
 * equalsCriterion("Ac*me?") //=> "\"=Ac~*me~?\""
 */
export function equalsCriterion(text: string): string {
  return formulaText(`=${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/**
 * A formula expression for any text, however long: one string literal up to Excel's 255
 * characters, else literals of at most 255 characters joined with `&` (a longer constant is
 * refused by Excel).
 *
 * @example
 * formulaTextJoined("ab".repeat(200)).split("&").length //=> 2
 */
export function formulaTextJoined(text: string): string {
  if (text.length <= 255) return formulaText(text);
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 255) parts.push(formulaText(text.slice(i, i + 255)));
  return parts.join("&");
}
