/**
 * Characters that make Excel read typed text as a formula (`@` is the implicit-intersection
 * operator in newer builds), plus the apostrophe itself, which Excel would otherwise swallow.
 */
const FORMULA_LEAD = /^[=+\-@\t\r']/;

/**
 * Text as it must be written to a cell so it can never become a formula: with a leading apostrophe
 * when it starts with `=`, `+`, `-`, `@`, tab or CR (or an apostrophe, kept that way). Excel treats a leading apostrophe in
 * `Range.values` as it treats one typed by hand — the quote prefix: it is not part of the value,
 * and the rest is stored as text (office.js issue #6687 shows the same prefix being dropped on
 * read, i.e. Excel holds it as a prefix, not a character). The adapter also sets the text columns'
 * number format to "@" before writing, which keeps numbers-as-text and dates as typed; the
 * apostrophe is the guard that holds whatever the cell's format, so both are used.
 *
 * @example
 * safeText('=HYPERLINK("http://x","y")') //=> "'=HYPERLINK(\"http://x\",\"y\")"
 */
export function safeText(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}
