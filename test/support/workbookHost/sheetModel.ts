import type { Rect } from "./a1";
import type { ChartModel } from "./hostCharts";

/** What a cell holds, as Range.values reports it ("" for an empty cell). */
export type CellValue = string | number | boolean;

export const GENERAL = "General";

interface FormatRun {
  readonly r0: number;
  readonly r1: number;
  readonly format: string;
}

/**
 * One column of a sheet. Values live in a plain array indexed by row (holes = empty), so a
 * million-row column costs one array, not a million objects; number formats are runs of rows
 * (range-level formats are what the add-in sets), the last run covering a row wins.
 */
export class ColumnStore {
  values: (CellValue | undefined)[] = [];
  formulas = new Map<number, string>();
  runs: FormatRun[] = [];

  formatAt(row: number): string {
    for (let i = this.runs.length - 1; i >= 0; i--) {
      const run = this.runs[i];
      if (row >= run.r0 && row <= run.r1) return run.format;
    }
    return GENERAL;
  }

  addRun(r0: number, r1: number, format: string): void {
    this.runs.push({ r0, r1, format });
    if (this.runs.length > 64) this.runs = this.normalizedRuns().map(([a, b, f]) => ({ r0: a, r1: b, format: f }));
  }

  /** Non-General formats as disjoint, merged [r0, r1, format] runs in row order. */
  normalizedRuns(): [number, number, string][] {
    const cuts = new Set<number>();
    for (const run of this.runs) {
      cuts.add(run.r0);
      cuts.add(run.r1 + 1);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out: [number, number, string][] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const format = this.formatAt(points[i]);
      if (format === GENERAL) continue;
      const last = out[out.length - 1];
      if (last && last[1] === points[i] - 1 && last[2] === format) last[1] = points[i + 1] - 1;
      else out.push([points[i], points[i + 1] - 1, format]);
    }
    return out;
  }

  /** First and last row holding a value or formula, or null. */
  extent(): [number, number] | null {
    let last = this.values.length - 1;
    while (last >= 0 && this.values[last] === undefined && !this.formulas.has(last)) last--;
    this.values.length = last + 1;
    for (const row of this.formulas.keys()) last = Math.max(last, row);
    if (last < 0) return null;
    let first = 0;
    while (first < this.values.length && this.values[first] === undefined && !this.formulas.has(first)) first++;
    for (const row of this.formulas.keys()) first = Math.min(first, row);
    return [first, last];
  }
}

/**
 * Why a row is hidden: hidden by the user ("user") or filtered out by an AutoFilter ("filter").
 * Excel's values API does not tell them apart (Range.rowHidden is true for both, and Range.values
 * returns both rows' cells); the model keeps the cause so a snapshot shows a filter survived.
 */
export type RowHiding = "user" | "filter";

/** A number typed into a General cell is a number ("1,5" is not: the host speaks en-US). */
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A worksheet's cells, conditional formats and notes. */
export class SheetModel {
  readonly columns = new Map<number, ColumnStore>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  /** Notes by cell ("B2"). */
  readonly notes = new Map<string, string>();
  /**
   * Values a calculation engine computed, keyed "row,col": formula cells and the cells their
   * arrays spill into. Empty unless an engine is attached (the preview page's HyperFormula).
   */
  readonly calculated = new Map<string, CellValue>();
  /** Charts on the sheet, in the order they were added. */
  readonly charts: ChartModel[] = [];
  /** Hidden rows (0-based) and why; a row not listed is shown. */
  readonly hiddenRows = new Map<number, RowHiding>();
  /** Hidden columns (0-based). */
  readonly hiddenColumns = new Set<number>();

  constructor(public name: string) {}

  private column(c: number): ColumnStore {
    let store = this.columns.get(c);
    if (!store) this.columns.set(c, (store = new ColumnStore()));
    return store;
  }

  value(r: number, c: number): CellValue {
    const v = this.columns.get(c)?.values[r];
    if (v !== undefined) return v;
    return this.calculated.size === 0 ? "" : (this.calculated.get(`${r},${c}`) ?? "");
  }

  formula(r: number, c: number): string | undefined {
    return this.columns.get(c)?.formulas.get(r);
  }

  numberFormat(r: number, c: number): string {
    return this.columns.get(c)?.formatAt(r) ?? GENERAL;
  }

  isEmpty(r: number, c: number): boolean {
    const store = this.columns.get(c);
    return store === undefined || (store.values[r] === undefined && !store.formulas.has(r));
  }

  /**
   * Writes one cell the way Range.values does: like typing. `null` leaves the cell alone; "" empties
   * it; a leading apostrophe makes the rest text (the quote prefix); in a Text ("@") cell everything
   * is text; otherwise "=…" (and "+x"/"-x" that are not numbers, Lotus-style) become formulas and
   * numeric text becomes a number.
   */
  writeValue(r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const store = this.column(c);
    store.formulas.delete(r);
    if (input === "") {
      store.values[r] = undefined;
      return;
    }
    if (typeof input === "number" || typeof input === "boolean") {
      store.values[r] = input;
      return;
    }
    const text = String(input);
    if (text.startsWith("'")) store.values[r] = text.slice(1);
    else if (store.formatAt(r) === "@") store.values[r] = text;
    else if (text.startsWith("=") || (/^[+-]/.test(text) && !NUMERIC.test(text))) {
      // The host does not calculate: a formula's value stays empty (the preview page plugs an engine in).
      store.formulas.set(r, text.startsWith("=") ? text : `=${text}`);
      store.values[r] = undefined;
    } else if (NUMERIC.test(text.trim())) store.values[r] = Number(text);
    else store.values[r] = text;
  }

  /** Range.formulas: "=…" is a formula, anything else is typed as a value. */
  writeFormula(r: number, c: number, input: unknown): void {
    if (typeof input === "string" && input.startsWith("=")) {
      const store = this.column(c);
      store.values[r] = undefined;
      store.formulas.set(r, input);
    } else this.writeValue(r, c, input);
  }

  setNumberFormat(rect: Rect, format: string): void {
    for (let c = rect.c0; c <= rect.c1; c++) this.column(c).addRun(rect.r0, rect.r1, format);
  }

  setNumberFormatCell(r: number, c: number, format: unknown): void {
    if (format === null || format === undefined) return;
    this.column(c).addRun(r, r, String(format));
  }

  clear(rect: Rect, contents: boolean, formats: boolean): void {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const store = this.columns.get(c);
      if (!store) continue;
      if (contents) {
        const end = Math.min(rect.r1, store.values.length - 1);
        for (let r = rect.r0; r <= end; r++) store.values[r] = undefined;
        for (const row of [...store.formulas.keys()]) if (row >= rect.r0 && row <= rect.r1) store.formulas.delete(row);
      }
      if (formats) store.addRun(rect.r0, rect.r1, GENERAL);
    }
  }

  /** The used range: cells with values or formulas (and, unless valuesOnly, non-General formats); null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity,
      r1 = -1,
      c0 = Infinity,
      c1 = -1;
    for (const [c, store] of this.columns) {
      let extent = store.extent();
      if (!valuesOnly) {
        const runs = store.normalizedRuns();
        if (runs.length > 0) {
          const lo = runs[0][0],
            hi = runs[runs.length - 1][1];
          extent = extent ? [Math.min(extent[0], lo), Math.max(extent[1], hi)] : [lo, hi];
        }
      }
      if (!extent) continue;
      r0 = Math.min(r0, extent[0]);
      r1 = Math.max(r1, extent[1]);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  /**
   * Range.rowHidden / columnHidden as office.js reports them: true when every row (column) of the
   * span is hidden, false when none is, null when some are.
   */
  hiddenState(from: number, to: number, which: "rows" | "columns"): boolean | null {
    const hidden = which === "rows" ? this.hiddenRows : this.hiddenColumns;
    if (hidden.size === 0) return false;
    let count = 0;
    for (const index of hidden.keys()) if (index >= from && index <= to) count++;
    return count === 0 ? false : count === to - from + 1 ? true : null;
  }

  /**
   * Hides or shows whole rows, as setting Range.rowHidden does; `by` records the cause. Showing a
   * row clears either cause; hiding keeps a filter's mark on a row already filtered out.
   */
  setRowsHidden(from: number, to: number, hidden: boolean, by: RowHiding = "user"): void {
    for (let r = from; r <= to; r++) {
      if (!hidden) this.hiddenRows.delete(r);
      else if (!this.hiddenRows.has(r)) this.hiddenRows.set(r, by);
    }
  }

  /** Hides or shows whole columns, as setting Range.columnHidden does. */
  setColumnsHidden(from: number, to: number, hidden: boolean): void {
    for (let c = from; c <= to; c++) {
      if (hidden) this.hiddenColumns.add(c);
      else this.hiddenColumns.delete(c);
    }
  }

  /** Moves a column's cells (values, formulas, formats) from `from` to `to`, leaving `from` empty. */
  moveColumn(from: number, to: number): void {
    const store = this.columns.get(from);
    this.columns.delete(from);
    if (store) this.columns.set(to, store);
    else this.columns.delete(to);
  }
}

export interface ConditionalFormatModel {
  readonly id: string;
  rect: Rect;
  readonly type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  priority: number;
  stopIfTrue: boolean;
}
