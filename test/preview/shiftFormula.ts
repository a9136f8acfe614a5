import { columnLetters } from "../support/workbookHost/a1";

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

// A cell reference not inside a name or function call: `$I2`, `A$1`, `XFD1048576`.
const REF = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/g;

/**
 * A formula's relative references moved by `rows` and `columns`, as Excel moves a conditional
 * format's formula from the range's top-left cell to another cell of the range (absolute parts
 * stay; string literals are left alone).
 *
 * @example
 * shiftFormula('=AND($I2>=91,$J2<>"A1")', 3, 0) //=> '=AND($I5>=91,$J5<>"A1")'
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  // Even-indexed parts are outside string literals ("" inside a literal splits into two parts, harmlessly).
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? col : columnLetters(columnIndex(col) + columns);
            const r = rowAbs ? row : String(Number(row) + rows);
            return `${colAbs}${c}${rowAbs}${r}`;
          }),
    )
    .join('"');
}
