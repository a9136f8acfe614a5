/**
 * A sheet name as a formula reference needs it: always in single quotes, an apostrophe inside
 * doubled, as Excel writes 'O''Brien'!A1. Quoting names that would not need it is valid everywhere
 * and spares guessing Excel's rules (names like R1C1, TRUE or 2024 need quotes too).
 *
 * @example
 * quoteSheetName("O'Brien") //=> "'O''Brien'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
