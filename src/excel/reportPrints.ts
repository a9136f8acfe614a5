import type { ReportPlan } from "../core/report/reportTypes";
import { parseBlockAddress, type CellBlock } from "./a1Address";
import { textHash } from "./ownedTextSheet";
import { formulaShape, ownedCells } from "./trackedRanges";

/* The report's cell prints: what it wrote, cell by cell, so a refresh or Clear proves a cell ours
   before touching it. */

/** Fingerprints: a value by its text's hash, a formula by its shape's, an empty cell, a spill's cell. */
const EMPTY = "e",
  SPILLED = "s";
const valuePrint = (value: unknown) => `v${textHash(String(value))}`;
const formulaPrint = (formula: string) => `f${textHash(formulaShape(formula))}`;

/** The prints of what the plan writes in `range`, row by row, comma-separated. */
export function planPrints(plan: ReportPlan, range: CellBlock): string {
  const at = new Map<string, string>();
  for (const spill of plan.spills) {
    const area = parseBlockAddress(spill.area, "-")!;
    for (let r = area.r0; r <= area.r1; r++) for (let c = area.c0; c <= area.c1; c++) at.set(`${r},${c}`, SPILLED);
    const anchor = parseBlockAddress(spill.anchor, "-")!;
    at.set(`${anchor.r0},${anchor.c0}`, formulaPrint(spill.formula));
  }
  for (const block of plan.blocks) {
    const where = parseBlockAddress(block.address, "-")!;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const print =
          cell.kind === "text"
            ? valuePrint(cell.text)
            : cell.kind === "number"
              ? valuePrint(cell.value)
              : cell.kind === "formula"
                ? formulaPrint(cell.formula)
                : EMPTY;
        at.set(`${where.r0 + r},${where.c0 + c}`, print);
      }),
    );
  }
  const prints: string[] = [];
  for (let r = range.r0; r <= range.r1; r++) for (let c = range.c0; c <= range.c1; c++) prints.push(at.get(`${r},${c}`) ?? EMPTY);
  return prints.join(",");
}

/**
 * Which cells of a range the last report wrote are as written, by their prints. A spill's cells are
 * ours when empty or, while nothing in the range shows #SPILL! (a value typed in a spill causes it), when they hold a value.
 */
export function ownedByPrints(values: unknown[][], formulas: unknown[][], prints: string, width: number): boolean[][] {
  const list = prints.split(",");
  const recorded = Array.from({ length: Math.ceil(list.length / width) }, (_, r) => list.slice(r * width, (r + 1) * width));
  const blocked = values.some((row) => row.some((value) => value === "#SPILL!"));
  const current = values.map((row, r) =>
    row.map((value, c) => {
      const formula = formulas[r][c];
      if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formulaPrint(formula);
      return value === "" || value === null ? EMPTY : valuePrint(value);
    }),
  );
  return ownedCells(current, recorded, (now, then) =>
    then === SPILLED ? now === EMPTY || (!blocked && now.startsWith("v")) : now === then,
  );
}
