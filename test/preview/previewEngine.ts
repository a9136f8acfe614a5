import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import type { SheetModel } from "../support/workbookHost/sheetModel";
import { nameFormula, type WorkbookModel } from "../support/workbookHost/workbookModel";
import { shiftFormula } from "./shiftFormula";

export interface PreviewEngine {
  /** The fill a conditional format paints on a cell ("#FFD966"), or undefined. */
  fillAt(sheet: SheetModel, row: number, column: number): string | undefined;
  /** Milliseconds the last recalculation took. */
  readonly lastMs: number;
  /** Recalculates now (e.g. after AR.* functions were registered). */
  recalculate(): void;
  /** The model changed since the last calculation. */
  readonly stale: boolean;
}

/** Columns kept free right of a sheet's content for its formulas' spills. */
const SPILL_ROOM = 16;

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

interface Painting {
  /** Per cell "r,c": the conditional formats that cover it, highest priority first, as helper cells. */
  readonly cells: Map<string, { fill: string; at: [number, number] }[]>;
}

/**
 * Places each custom conditional format's formula, moved to every used cell of its range (as Excel
 * moves it from the range's top-left cell), in helper columns right of the sheet's content, one
 * per distinct formula of a row, so one engine build evaluates them all.
 */
function planPainting(sheet: SheetModel, grid: RawCellContent[][], width: number): Painting {
  const cells = new Map<string, { fill: string; at: [number, number] }[]>();
  const rules = sheet.conditionalFormats.filter((cf) => cf.formula && cf.fill).sort((a, b) => a.priority - b.priority);
  const rowSlots = new Map<number, Map<string, number>>();
  for (const cf of rules) {
    const r1 = Math.min(cf.rect.r1, grid.length - 1),
      c1 = Math.min(cf.rect.c1, width - 1);
    for (let r = cf.rect.r0; r <= r1; r++) {
      let slots = rowSlots.get(r);
      if (!slots) rowSlots.set(r, (slots = new Map()));
      for (let c = cf.rect.c0; c <= c1; c++) {
        const formula = shiftFormula(cf.formula, r - cf.rect.r0, c - cf.rect.c0);
        let col = slots.get(formula);
        if (col === undefined) {
          col = width + 1 + slots.size;
          slots.set(formula, col);
          while (grid[r].length < col) grid[r].push(null);
          grid[r][col] = formula;
        }
        const key = `${r},${c}`;
        const list = cells.get(key) ?? [];
        list.push({ fill: cf.fill!, at: [r, col] });
        cells.set(key, list);
      }
    }
  }
  return { cells };
}

/**
 * Enters again the AR.* formulas that built to an error: HyperFormula sizes a table's spill when
 * the formula is entered, by computing it once (hyperformulaAr's spillSize); in one build a formula
 * can come before what it reads (a name, a cell further down), and is entered again once all is there.
 */
function reenterFailedSpills(hf: HyperFormula, sheets: Record<string, RawCellContent[][]>): void {
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = hf.getSheetId(name)!;
    grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string" || !cell.startsWith("=AR.")) return;
        if (hf.getCellValue({ sheet, row: r, col: c }) instanceof DetailedCellError)
          hf.setCellContents({ sheet, row: r, col: c }, [[cell]]);
      }),
    );
  }
}

/**
 * Attaches HyperFormula to a workbook model as its calculator: after every change the whole
 * workbook is rebuilt in the engine (a few hundred rows take milliseconds), formula results and
 * spills go to each sheet's `calculated` values, and custom conditional formats are evaluated per
 * cell (in helper cells of the engine only) so the grid can paint them. Eager by default (before
 * every read after a write); `{ eager: false }` leaves calling recalculate() to the caller. AR.* formulas compute once
 * registerArFunctions has run. HyperFormula is GPL: this file belongs to the preview bundle only,
 * never to dist/.
 *
 * @example
 * const engine = attachEngine(model); model.setRows("Sheet1", "A1", [[2, "=A1*3"]]); model.ensureCalculated();
 * model.sheet("Sheet1")!.value(0, 1) //=> 6
 */
export function attachEngine(model: WorkbookModel, options: { readonly eager?: boolean } = {}): PreviewEngine {
  let fills = new WeakMap<SheetModel, Map<string, string>>();
  let lastMs = 0;

  const calculate = () => {
    const started = performance.now();
    const sheets: Record<string, RawCellContent[][]> = {};
    const plans = new Map<SheetModel, { painting: Painting; width: number }>();
    for (const sheet of model.sheets) {
      sheet.calculated.clear();
      const used = sheet.usedRect(true);
      const grid: RawCellContent[][] = [];
      // Room right of the content for spills (a forecast block's AR.CASHFORECAST spills 5 columns
      // from its formula cell); the conditional formats' helper cells go after it.
      const width = used ? used.c1 + 1 + SPILL_ROOM : 0;
      if (used)
        for (let r = 0; r <= used.r1; r++) {
          const row: RawCellContent[] = [];
          for (let c = 0; c <= used.c1; c++) row.push(content(sheet, r, c));
          grid.push(row);
        }
      plans.set(sheet, { painting: planPainting(sheet, grid, width), width });
      sheets[sheet.name] = grid;
    }
    const config = {
      licenseKey: "gpl-v3",
      ...(model.dateSystem === 1904 ? { nullDate: { year: 1904, month: 1, day: 1 } } : {}),
    };
    // The workbook's names (e.g. ARCreditDesk_AsOf, the as-of cell the forecast formulas read), as in Excel.
    const names = model.names
      .filter((n) => n.target.kind === "range" && n.target.rect !== null)
      .map((n) => ({ name: n.name, expression: nameFormula(n) }));
    let hf: HyperFormula;
    try {
      hf = HyperFormula.buildFromSheets(sheets, config, names);
    } catch {
      hf = HyperFormula.buildFromSheets(sheets, config);
    }
    reenterFailedSpills(hf, sheets);
    try {
      fills = new WeakMap();
      for (const sheet of model.sheets) {
        const id = hf.getSheetId(sheet.name)!;
        const { painting, width } = plans.get(sheet)!;
        const values = hf.getSheetValues(id);
        values.forEach((row, r) =>
          row.forEach((value, c) => {
            const v = shown(value);
            // Helper cells start one column after the content; spills never reach them in practice.
            if (c < width + 1 && v !== undefined && sheet.columns.get(c)?.values[r] === undefined)
              sheet.calculated.set(`${r},${c}`, v);
          }),
        );
        const painted = new Map<string, string>();
        for (const [key, rules] of painting.cells) {
          const hit = rules.find(({ at: [r, c] }) => {
            const v = values[r]?.[c];
            return v === true || (typeof v === "number" && v !== 0);
          });
          if (hit) painted.set(key, hit.fill);
        }
        fills.set(sheet, painted);
      }
    } finally {
      hf.destroy();
    }
    lastMs = performance.now() - started;
  };

  // Eager: the host recalculates before every read after a write, as Excel does (tests). Lazy: a
  // rebuild costs a few hundred milliseconds, so the preview page recalculates once per Excel.run.
  let calculatedAt = -1;
  const recalculate = () => {
    calculatedAt = model.version;
    calculate();
  };
  if (options.eager !== false) {
    model.calculator = () => recalculate();
    model.markChanged();
    model.ensureCalculated();
  } else recalculate();
  return {
    fillAt: (sheet, r, c) => fills.get(sheet)?.get(`${r},${c}`),
    get lastMs() {
      return lastMs;
    },
    recalculate,
    get stale() {
      return calculatedAt !== model.version;
    },
  };
}
