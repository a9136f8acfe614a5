/**
 * Column letters of a 0-based column index (bijective base 26: Z is followed by AA). The one
 * implementation for core and the Excel adapter alike.
 *
 * @example
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}

/**
 * The A1 address of a cell from 0-based row and column, optionally absolute ($B$7).
 *
 * @example
 * cellAddress(6, 27) //=> "AB7"
 */
export function cellAddress(row: number, column: number, absolute = false): string {
  const letters = columnLetters(column);
  return absolute ? `$${letters}$${row + 1}` : `${letters}${row + 1}`;
}

/**
 * The A1 address of a rectangle from its top-left and bottom-right cells (0-based, inclusive);
 * a single cell when they are the same.
 *
 * @example
 * rangeAddress(5, 0, 9, 3) //=> "A6:D10"
 */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const from = cellAddress(top, left);
  return top === bottom && left === right ? from : `${from}:${cellAddress(bottom, right)}`;
}

/**
 * The 0-based index of column letters (any case), or undefined when they are not letters A…XFD,
 * Excel's last column. The inverse of `columnLetters`.
 *
 * @example
 * columnIndexOf("n") //=> 13
 */
export function columnIndexOf(letters: string): number | undefined {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return undefined;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < 16_384 ? n - 1 : undefined;
}
