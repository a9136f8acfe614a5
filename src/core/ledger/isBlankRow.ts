/**
 * True when every cell of a row is blank (null, undefined, or text of spaces only): such rows at the
 * end of a used range are skipped, not reported.
 *
 * @example
 * isBlankRow(["", null, "  "]) //=> true
 */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) {
    if (cell !== null && cell !== undefined && !(typeof cell === "string" && cell.trim() === "")) return false;
  }
  return true;
}
