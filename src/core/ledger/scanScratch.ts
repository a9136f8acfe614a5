/** The work array kept between scans; see `scanScratch`. */
let kept: Int32Array | null = null;

/**
 * An Int32Array of at least `length` for work that does not outlive one scan, reused from the
 * previous scan when it is large enough. Each large typed array lives outside the JavaScript heap
 * and counts towards V8's external-memory budget; a full-sheet scan that allocated its work arrays
 * afresh every time set off a full garbage collection (marking every cell of the sheet) every
 * other scan. The price is that the largest scan's work array (32 bytes a row for analyzeLedger:
 * entity ids, invoice hashes, the duplicate check's work and payment weights) stays allocated.
 * Contents are unspecified: callers write before they read.
 *
 * @example
 * scanScratch(10).length >= 10 //=> true
 */
export function scanScratch(length: number): Int32Array {
  if (kept === null || kept.length < length) kept = new Int32Array(length);
  return kept;
}
