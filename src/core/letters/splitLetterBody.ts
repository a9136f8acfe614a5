/** The most characters one Excel cell holds. */
export const CELL_CHAR_LIMIT = 32_767;

/**
 * A letter body cut into parts that each fit in a cell, for a letter too long for one (a customer
 * with some 480 overdue invoices passes Excel's 32,767 characters). Cuts fall only at line breaks:
 * a part that would end inside a paragraph that fits in a part of its own ends before that
 * paragraph instead, so the totals table, the pay-by sentence and the closing with its signature
 * (each one paragraph, see renderLetterText) are never cut; only a paragraph longer than a whole
 * part — the invoice table — is cut between its lines, filling the part it starts in. A single
 * line longer than a part (not one a letter has) is cut at `limit`, never inside a surrogate pair.
 *
 * Each part but the last ends with the line break(s) it was cut after, so `parts.join("")` is the
 * body exactly. A body that fits is one part, itself.
 *
 * @param limit - the most characters a part may have (the Reminders writer passes one less than
 *   the cell limit, for the quote prefix `safeText` may add)
 * @example
 * splitLetterBody("a\n\nbb\n\ncc", 5) //=> ["a\n\n", "bb\n\n", "cc"]
 * splitLetterBody("short") //=> ["short"]
 */
export function splitLetterBody(body: string, limit = CELL_CHAR_LIMIT): string[] {
  if (!(limit >= 2)) throw new RangeError(`limit must be at least 2, got ${limit}`);
  if (body.length <= limit) return [body];
  const parts: string[] = [];
  let start = 0;
  while (body.length - start > limit) {
    const end = start + limit; // the part is body.slice(start, cut) with cut <= end
    // The paragraph the part would end inside: cut before it when it fits a part of its own, else
    // fill the part with its lines (only a paragraph too long for any part is cut).
    const before = lastBreak(body, start, end, "\n\n");
    const next = before === undefined ? -1 : body.indexOf("\n\n", before);
    const fits = before !== undefined && (next < 0 ? body.length : next) - before <= limit;
    const cut = (fits ? before : undefined) ?? lastBreak(body, start, end, "\n") ?? hardCut(body, end);
    parts.push(body.slice(start, cut));
    start = cut;
  }
  parts.push(body.slice(start));
  return parts;
}

/**
 * The position just after the last `separator` (and the line breaks that follow it) that ends at
 * or before `end` and after `start`, so the next part does not begin with a line break; failing
 * that, just after the last `separator` that ends by `end`; undefined when there is none.
 */
function lastBreak(body: string, start: number, end: number, separator: string): number | undefined {
  let fallback: number | undefined;
  for (let at = body.lastIndexOf(separator, end - separator.length); at > start; at = body.lastIndexOf(separator, at - 1)) {
    let cut = at + separator.length;
    while (cut < body.length && body.charCodeAt(cut) === 10) cut++;
    if (cut <= end) return cut;
    fallback ??= at + separator.length;
  }
  return fallback;
}

/** `end`, or one before it when `end` would split a surrogate pair. */
function hardCut(body: string, end: number): number {
  const before = body.charCodeAt(end - 1);
  return before >= 0xd800 && before <= 0xdbff ? end - 1 : end;
}
