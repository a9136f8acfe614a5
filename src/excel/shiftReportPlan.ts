import type { PlanCell, ReportPlan } from "../core/report/reportTypes";
import { blockAddress, columnIndexOf, columnLetters, parseBlockAddress } from "./a1Address";

/* Moving a report plan to where its block is now (a refresh after rows or columns were inserted
   above or left of the last report writes it there). */

const LOCAL_REFERENCE = /((?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;

/**
 * A formula moved by `rows` and `columns`: its references to its own sheet (unqualified) move,
 * references to other sheets ('Ledger'!$A$2:$A$16) and texts in quotes do not.
 *
 * @example
 * shiftFormula('=IF(B8=0,0,B9/$B$2)&"A1"', 1, 0) //=> '=IF(B9=0,0,B10/$B$3)&"A1"'
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split('"')
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let qualified = false;
      return part.replace(
        LOCAL_REFERENCE,
        (whole, sheet: string | undefined, d1: string, letters: string, d2: string, digits: string, offset: number) => {
          // The second cell of a qualified range ('Ledger'!$A$2:$A$16) is on that sheet too.
          const afterQualified = qualified && part[offset - 1] === ":";
          qualified = sheet !== undefined;
          if (sheet !== undefined || afterQualified) return whole;
          const before = part[offset - 1];
          if (before !== undefined && /[\w.$]/.test(before)) return whole;
          return `${d1}${columnLetters((columnIndexOf(letters) ?? 0) + columns)}${d2}${Number(digits) + rows}`;
        },
      );
    })
    .join('"');
}

/** The plan as written `rows` down and `columns` right of where it was planned. */
export function shiftPlan(plan: ReportPlan, rows: number, columns: number): ReportPlan {
  if (rows === 0 && columns === 0) return plan;
  const address = (a: string) => {
    const block = parseBlockAddress(a, "-")!;
    const moved = { ...block, r0: block.r0 + rows, r1: block.r1 + rows, c0: block.c0 + columns, c1: block.c1 + columns };
    return blockAddress(moved).slice(blockAddress(moved).indexOf("!") + 1);
  };
  const cell = (c: PlanCell): PlanCell => (c.kind === "formula" ? { ...c, formula: shiftFormula(c.formula, rows, columns) } : c);
  return {
    ...plan,
    blocks: plan.blocks.map((b) => ({ address: address(b.address), cells: b.cells.map((row) => row.map(cell)) })),
    spills: plan.spills.map((s) => ({
      ...s,
      anchor: address(s.anchor),
      area: address(s.area),
      formula: shiftFormula(s.formula, rows, columns),
    })),
    charts: plan.charts.map((c) => ({ ...c, sourceRange: address(c.sourceRange), anchor: address(c.anchor) })),
    ownedRanges: plan.ownedRanges.map(address),
  };
}
