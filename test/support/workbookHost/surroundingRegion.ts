import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import type { SheetModel } from "./sheetModel";

function rowHasData(sheet: SheetModel, r: number, c0: number, c1: number): boolean {
  if (r < 0 || r >= MAX_ROWS) return false;
  for (let c = Math.max(0, c0); c <= Math.min(MAX_COLUMNS - 1, c1); c++) if (!sheet.isEmpty(r, c)) return true;
  return false;
}

function columnHasData(sheet: SheetModel, c: number, r0: number, r1: number): boolean {
  if (c < 0 || c >= MAX_COLUMNS || !sheet.columns.has(c)) return false;
  for (let r = Math.max(0, r0); r <= Math.min(MAX_ROWS - 1, r1); r++) if (!sheet.isEmpty(r, c)) return true;
  return false;
}

/** Grows rows first (cheap, one row at a time), then columns, until the border is empty all round. */
export function surroundingRegion(sheet: SheetModel, start: Rect): Rect {
  let { r0, c0, r1, c1 } = start;
  for (let changed = true; changed;) {
    changed = false;
    while (rowHasData(sheet, r0 - 1, c0 - 1, c1 + 1)) {
      r0--;
      changed = true;
    }
    while (rowHasData(sheet, r1 + 1, c0 - 1, c1 + 1)) {
      r1++;
      changed = true;
    }
    if (columnHasData(sheet, c0 - 1, r0 - 1, r1 + 1)) {
      c0--;
      changed = true;
    }
    if (columnHasData(sheet, c1 + 1, r0 - 1, r1 + 1)) {
      c1++;
      changed = true;
    }
  }
  return { r0, c0, r1, c1 };
}
