/** A rectangle of cells, 0-based and inclusive, on one sheet. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  let n = column + 1;
  let text = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    text = String.fromCharCode(65 + rem) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * "A1:B2" (no sheet) of a rectangle; a single cell is "A1"; whole columns are "A:B" and whole rows
 * "3:5", as Excel writes them (the whole sheet is "1:1048576").
 */
export function rectAddress(rect: Rect): string {
  const allRows = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const allColumns = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (allColumns) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (allRows) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  const first = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return first;
  return `${first}:${columnLetters(rect.c1)}${rect.r1 + 1}`;
}

/** Sheet names are quoted the way Excel quotes them in addresses: when not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Parses "Sheet1!A1:C9", "'My sheet'!B2", "A1:C9", whole columns "A:B" or whole rows "3:5" into a sheet name (or null) and a rectangle; null when unreadable. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } | null {
  let sheet: string | null = null;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const columns = WHOLE_COLUMNS.exec(rest);
  const rows = WHOLE_ROWS.exec(rest);
  if (columns || rows) {
    const [lo, hi] = columns ? [columnIndex(columns[1]), columnIndex(columns[2])] : [Number(rows![1]) - 1, Number(rows![2]) - 1];
    const first = Math.min(lo, hi),
      last = Math.max(lo, hi);
    const rect = columns ? { r0: 0, c0: first, r1: MAX_ROWS - 1, c1: last } : { r0: first, c0: 0, r1: last, c1: MAX_COLUMNS - 1 };
    if (first < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) return null;
    return { sheet, rect };
  }
  const [a, b = a] = rest.split(":");
  const first = CELL.exec(a);
  const last = CELL.exec(b);
  if (!first || !last) return null;
  const r0 = Number(first[2]) - 1,
    c0 = columnIndex(first[1]);
  const r1 = Number(last[2]) - 1,
    c1 = columnIndex(last[1]);
  const rect = { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) return null;
  return { sheet, rect };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
