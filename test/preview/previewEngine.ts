import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import type { SheetModel } from "../support/workbookHost/sheetModel";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { shiftFormula } from "./shiftFormula";

/** Where conditional-format formulas are evaluated, far right of every sheet (inside the engine only). */
const HELPER_COLUMN = 16_000;

export interface PreviewEngine {
  /** The fill a conditional format paints on a cell ("#FFD966"), or undefined. */
  fillAt(sheet: SheetModel, row: number, column: number): string | undefined;
  /** Milliseconds the last recalculation took. */
  readonly lastMs: number;
  /** Recalculates now (e.g. after AR.* functions were registered). */
  recalculate(): void;
}

/** The model's own content of a cell for the engine: its formula, its value, or null. */
function content(sheet: SheetModel, r: number, c: number): RawCellContent {
  const formula = sheet.formula(r, c);
  if (formula !== undefined) return formula;
  const v = sheet.columns.get(c)?.values[r];
  return v === undefined ? null : v;
}

function shown(value: unknown): string | number | boolean | undefined {
  if (value instanceof DetailedCellError) return value.value;
  if (value === null || value === undefined) return undefined;
  return value as string | number | boolean;
}

/**
 * Attaches HyperFormula to a workbook model as its calculator: after every change the whole
 * workbook is rebuilt in the engine (a few hundred rows take milliseconds), formula results and
 * spills go to each sheet's `calculated` values, and custom conditional formats are evaluated per
 * cell so the grid can paint them. AR.* formulas compute once registerArFunctions has run.
 * HyperFormula is GPL: this file belongs to the preview bundle only, never to dist/.
 *
 * @example
 * const engine = attachEngine(model); model.setRows("Sheet1", "A1", [[2, "=A1*3"]]); model.ensureCalculated();
 * model.sheet("Sheet1")!.value(0, 1) //=> 6
 */
export function attachEngine(model: WorkbookModel): PreviewEngine {
  let fills = new WeakMap<SheetModel, Map<string, string>>();
  let lastMs = 0;

  const calculate = () => {
    const started = performance.now();
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of model.sheets) {
      sheet.calculated.clear();
      const used = sheet.usedRect(true);
      const grid: RawCellContent[][] = [];
      if (used)
        for (let r = 0; r <= used.r1; r++) {
          const row: RawCellContent[] = [];
          for (let c = 0; c <= used.c1; c++) row.push(content(sheet, r, c));
          grid.push(row);
        }
      sheets[sheet.name] = grid;
    }
    const hf = HyperFormula.buildFromSheets(sheets, {
      licenseKey: "gpl-v3",
      maxColumns: HELPER_COLUMN + 200,
      ...(model.dateSystem === 1904 ? { nullDate: { year: 1904, month: 1, day: 1 } } : {}),
    });
    try {
      for (const sheet of model.sheets) {
        const id = hf.getSheetId(sheet.name)!;
        hf.getSheetValues(id).forEach((row, r) =>
          row.forEach((value, c) => {
            const v = shown(value);
            if (v !== undefined && sheet.columns.get(c)?.values[r] === undefined) sheet.calculated.set(`${r},${c}`, v);
          }),
        );
      }
      fills = paintConditionalFormats(hf, model);
    } finally {
      hf.destroy();
    }
    lastMs = performance.now() - started;
  };

  model.calculator = calculate;
  model.markChanged();
  model.ensureCalculated();
  return {
    fillAt: (sheet, r, c) => fills.get(sheet)?.get(`${r},${c}`),
    get lastMs() {
      return lastMs;
    },
    recalculate: () => {
      model.markChanged();
      model.ensureCalculated();
    },
  };
}

/**
 * Evaluates each custom conditional format at every used cell of its range (its formula moved from
 * the range's top-left cell, as Excel does); the highest-priority rule that holds gives the fill.
 */
function paintConditionalFormats(hf: HyperFormula, model: WorkbookModel): WeakMap<SheetModel, Map<string, string>> {
  const out = new WeakMap<SheetModel, Map<string, string>>();
  for (const sheet of model.sheets) {
    const id = hf.getSheetId(sheet.name)!;
    const used = sheet.usedRect(true);
    const rules = sheet.conditionalFormats.filter((cf) => cf.formula && cf.fill).sort((a, b) => a.priority - b.priority);
    if (!used || rules.length === 0) continue;
    const slots = new Map<string, number>();
    const cells: { key: string; fill: string; slot: number }[] = [];
    for (const cf of rules) {
      const r1 = Math.min(cf.rect.r1, used.r1),
        c1 = Math.min(cf.rect.c1, used.c1);
      for (let r = cf.rect.r0; r <= r1; r++)
        for (let c = cf.rect.c0; c <= c1; c++) {
          const formula = shiftFormula(cf.formula, r - cf.rect.r0, c - cf.rect.c0);
          let slot = slots.get(formula);
          if (slot === undefined) slots.set(formula, (slot = slots.size));
          cells.push({ key: `${r},${c}`, fill: cf.fill!, slot });
        }
    }
    const formulas = [...slots.keys()];
    hf.batch(() => formulas.forEach((f, k) => hf.setCellContents({ sheet: id, row: k, col: HELPER_COLUMN }, f)));
    const holds = formulas.map((_, k) => {
      const v = hf.getCellValue({ sheet: id, row: k, col: HELPER_COLUMN });
      return v === true || (typeof v === "number" && v !== 0);
    });
    const painted = new Map<string, string>();
    // Rules come highest priority first: the first that holds on a cell keeps its fill.
    for (const cell of cells) if (holds[cell.slot] && !painted.has(cell.key)) painted.set(cell.key, cell.fill);
    out.set(sheet, painted);
  }
  return out;
}
