import { columnIndexOf, columnLetters } from "../core/report/cellAddress";

/** A block of cells on a sheet, 0-based and inclusive, as Excel's getRangeByIndexes counts them. */
export interface CellBlock {
  readonly sheet: string;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

// Column letters come from core's single implementation; re-exported under the adapter's name.
export { columnIndexOf, columnLetters };

/** Sheet names are quoted as Excel quotes them: when not a plain identifier. */
function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The A1 address of a block, with its sheet.
 *
 * @example
 * blockAddress({ sheet: "Sheet1", r0: 0, c0: 0, r1: 2300, c1: 7 }) //=> "Sheet1!A1:H2301"
 */
export function blockAddress(block: CellBlock): string {
  const first = `${columnLetters(block.c0)}${block.r0 + 1}`;
  const last = `${columnLetters(block.c1)}${block.r1 + 1}`;
  return `${quoteSheet(block.sheet)}!${first === last ? first : `${first}:${last}`}`;
}

/**
 * The address of one cell.
 *
 * @example
 * cellAddress("Sheet1", 4, 8) //=> "Sheet1!I5"
 */
export function cellAddress(sheet: string, row: number, column: number): string {
  return blockAddress({ sheet, r0: row, c0: column, r1: row, c1: column });
}

/** The address without its sheet ("I5"), as notes and formulas want it. */
export function localAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Reads "Sheet1!A1:H9", "'My sheet'!B2" or "A1:H9" (then on `defaultSheet`); undefined when unreadable.
 *
 * @example
 * parseBlockAddress("'AR 2025'!B2:D4", "Sheet1") //=> { sheet: "AR 2025", r0: 1, c0: 1, r1: 3, c1: 3 }
 */
export function parseBlockAddress(address: string, defaultSheet = ""): CellBlock | undefined {
  let sheet = defaultSheet;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b = a] = rest.split(":");
  const first = CELL.exec(a ?? "");
  const last = CELL.exec(b ?? "");
  if (!first || !last || sheet === "") return undefined;
  const r0 = Number(first[2]) - 1,
    c0 = columnIndex(first[1]),
    r1 = Number(last[2]) - 1,
    c1 = columnIndex(last[1]);
  if (r0 < 0 || r1 < 0) return undefined;
  return { sheet, r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}
