import type { PlanBlock, PlanCell } from "../core/report/reportTypes";
import { safeText } from "./textCell";

/*
 * Writing a planned block of cells (the AR Summary's and the AR Provision sheet's plans, made in
 * src/core/report): texts guarded so they never become formulas, formulas as formulas, each cell
 * with its number format — queued, for the caller's one sync.
 */

/** What Range.formulas receives for a plan cell: text guarded by safeText, formulas as formulas. */
function cellInput(cell: PlanCell): string | number {
  switch (cell.kind) {
    case "text":
      return safeText(cell.text);
    case "number":
      return cell.value;
    case "formula":
      return cell.formula;
    case "empty":
      return "";
  }
}

/** Text cells get the Text format so labels stay text; figures their plan format. */
function cellFormat(cell: PlanCell): string {
  if (cell.kind === "text") return "@";
  if (cell.kind === "empty") return "General";
  return cell.format ?? "General";
}

/** Formats first (so the texts land in Text cells), then the values and formulas in one write. */
export function queuePlanBlock(sheet: Excel.Worksheet, block: PlanBlock): void {
  const range = sheet.getRange(block.address);
  range.numberFormat = block.cells.map((row) => row.map(cellFormat));
  range.formulas = block.cells.map((row) => row.map(cellInput));
}
