import { MAX_COLUMNS, MAX_ROWS, parseAddress, rectAddress, type Rect } from "./a1";
import { ColumnStore, GENERAL, type SheetModel } from "./sheetModel";
import {
  adjustFormula,
  axisLimit,
  crossSpan,
  firstSurvivor,
  inBand,
  mapIndex,
  mapRect,
  mapSpan,
  segments,
  translateFormula,
  type Band,
  type StructuralEdit,
} from "./structuralEdit";
import type { WorkbookModel } from "./workbookModel";

/** Raised when an edit cannot be made, with the code office.js would give. */
export class StructuralEditError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function validate(model: WorkbookModel, edit: StructuralEdit, sheet: SheetModel): void {
  const limit = axisLimit(edit.axis);
  const [start, count] = edit.kind === "move" ? [edit.from, edit.count] : [edit.at, edit.count];
  const bad =
    !Number.isInteger(start) ||
    !Number.isInteger(count) ||
    start < 0 ||
    count < 1 ||
    start + count > limit ||
    (edit.kind === "move" && (!Number.isInteger(edit.to) || edit.to < 0 || edit.to > limit));
  const band = edit.band;
  const crossLimit = edit.axis === "rows" ? MAX_COLUMNS : MAX_ROWS;
  if (bad || (band && (band.lo < 0 || band.hi < band.lo || band.hi >= crossLimit)))
    throw new StructuralEditError("InvalidArgument", `bad ${edit.kind} of ${edit.axis}: ${JSON.stringify(edit)}`);
  if (band) checkPartialShift(model, sheet, edit, band);
  if (edit.kind !== "insert") return;
  // Excel refuses to push non-empty cells off the end of the sheet.
  const firstLost = limit - edit.count;
  const inside = (c: number) => !band || (c >= band.lo && c <= band.hi);
  const lost =
    edit.axis === "rows"
      ? [...sheet.columns].some(([c, store]) => inside(c) && (store.extent()?.[1] ?? -1) >= firstLost)
      : [...sheet.columns].some(([c, store]) => c >= firstLost && columnHasData(store, band));
  if (lost)
    throw new StructuralEditError(
      "InsertDeleteConflict",
      "To prevent possible loss of data, Excel cannot shift nonblank cells off of the worksheet.",
    );
}

function columnHasData(store: ColumnStore, band: Band | undefined): boolean {
  const extent = store.extent();
  return extent !== null && (!band || (extent[0] <= band.hi && extent[1] >= band.lo && hasDataIn(store, band)));
}

function hasDataIn(store: ColumnStore, band: Band): boolean {
  for (let r = band.lo; r <= band.hi; r++) if (store.values[r] !== undefined || store.formulas.has(r)) return true;
  return false;
}

/**
 * Shifted cells (not whole rows or columns): Excel refuses to shift part of a table
 * (InsertDeleteConflict); a conditional format partly inside the shifted cells would be split in
 * two, which the host does not model (NotImplemented); a move of cells is not modelled either.
 */
function checkPartialShift(model: WorkbookModel, sheet: SheetModel, edit: StructuralEdit, band: Band): void {
  if (edit.kind === "move") throw new StructuralEditError("NotImplemented", "host: moving shifted cells is not modelled");
  const reached = (rect: Rect) => (edit.axis === "rows" ? rect.r1 : rect.c1) >= edit.at;
  const split = (rect: Rect) => {
    const [lo, hi] = crossSpan(edit, rect);
    return reached(rect) && lo <= band.hi && hi >= band.lo && !inBand(edit, lo, hi);
  };
  if (model.tables.some((t) => t.sheet === sheet && split(t.rect)))
    throw new StructuralEditError(
      "InsertDeleteConflict",
      "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
    );
  if (sheet.conditionalFormats.some((cf) => split(cf.rect)))
    throw new StructuralEditError(
      "NotImplemented",
      "host: shifting cells through part of a conditional format's range (Excel splits the range) is not modelled",
    );
}

/**
 * Applies a structural edit of `sheet` to the whole workbook, as Excel does: the sheet's cells,
 * formats, notes, hidden rows/columns, conditional formats, tables and charts shift; formulas on
 * every sheet (and conditional-format formulas, and workbook names) that refer to the sheet follow
 * their cells; the selection follows too.
 */
export function applyStructuralEdit(model: WorkbookModel, sheet: SheetModel, edit: StructuralEdit): void {
  validate(model, edit, sheet);
  // Formulas first, while every formula still sits where its text was written.
  for (const other of model.sheets) {
    for (const store of other.columns.values()) {
      for (const [r, formula] of store.formulas) store.formulas.set(r, adjustFormula(formula, other.name, sheet.name, edit));
    }
    for (const cf of other.conditionalFormats) {
      if (other !== sheet && cf.formula) cf.formula = adjustFormula(cf.formula, other.name, sheet.name, edit);
    }
    other.calculated.clear();
  }
  if (edit.axis === "rows") shiftRows(sheet, edit);
  else shiftColumns(sheet, edit);
  shiftNotes(sheet, edit);
  shiftHidden(sheet, edit);
  shiftConditionalFormats(sheet, edit);
  shiftTables(model, sheet, edit);
  shiftCharts(sheet, edit);
  for (const name of model.names) {
    if (name.target.kind !== "range" || name.target.sheet !== sheet || !name.target.rect) continue;
    name.target.rect = mapRect(edit, name.target.rect);
  }
  if (model.selection.sheet === sheet) {
    // Selected rows that are deleted leave the selection where it was, on the rows that moved up.
    model.selection = { sheet, rect: mapRect(edit, model.selection.rect) ?? model.selection.rect };
  }
  model.markChanged();
}

/** Cells of each column store (of the band's columns, for shifted cells) moved along rows. */
function shiftRows(sheet: SheetModel, edit: StructuralEdit): void {
  for (const [c, store] of sheet.columns) {
    if (!inBand(edit, c, c)) continue;
    const values: ColumnStore["values"] = [];
    store.values.forEach((v, r) => {
      const to = mapIndex(edit, r);
      if (to !== null && v !== undefined) values[to] = v;
    });
    store.values = values;
    const formulas = new Map<number, string>();
    for (const [r, f] of store.formulas) {
      const to = mapIndex(edit, r);
      if (to !== null) formulas.set(to, f);
    }
    store.formulas = formulas;
    store.runs = shiftRuns(store.runs, edit);
    if (edit.kind === "insert" && edit.at > 0) {
      // Inserted rows take the format of the row above (Excel's "Format Same As Above").
      const above = store.formatAt(edit.at - 1);
      if (above !== GENERAL) store.addRun(edit.at, edit.at + edit.count - 1, above);
    }
  }
}

function shiftRuns(runs: ColumnStore["runs"], edit: StructuralEdit): ColumnStore["runs"] {
  const limit = axisLimit(edit.axis);
  const out: ColumnStore["runs"] = [];
  for (const run of runs) {
    for (const s of segments(edit)) {
      const lo = Math.max(run.r0, s.lo),
        hi = Math.min(run.r1, s.hi);
      if (lo > hi || lo + s.offset >= limit) continue;
      out.push({ r0: lo + s.offset, r1: Math.min(hi + s.offset, limit - 1), format: run.format });
    }
  }
  return out;
}

function shiftColumns(sheet: SheetModel, edit: StructuralEdit): void {
  if (edit.band) {
    shiftCellsAcross(sheet, edit, edit.band);
    return;
  }
  const moved = [...sheet.columns];
  sheet.columns.clear();
  for (const [c, store] of moved) {
    const to = mapIndex(edit, c);
    if (to !== null) sheet.columns.set(to, store);
  }
  if (edit.kind === "insert" && edit.at > 0) {
    // Inserted columns take the formats of the column to their left ("Format Same As Left").
    const left = sheet.columns.get(edit.at - 1);
    const runs = left?.normalizedRuns() ?? [];
    if (runs.length === 0) return;
    for (let c = edit.at; c < edit.at + edit.count; c++) {
      const store = new ColumnStore();
      for (const [r0, r1, format] of runs) store.addRun(r0, r1, format);
      sheet.columns.set(c, store);
    }
  }
}

/** Cells of rows `band` moved left or right between columns: values, formulas and formats. */
function shiftCellsAcross(sheet: SheetModel, edit: StructuralEdit, band: Band): void {
  if (edit.kind === "move") return;
  type Cells = { values: [number, ColumnStore["values"][number]][]; formulas: [number, string][]; runs: ColumnStore["runs"] };
  const taken = new Map<number, Cells>();
  for (const [c, store] of sheet.columns) {
    if (c < edit.at) continue;
    const cells: Cells = { values: [], formulas: [], runs: [] };
    for (let r = band.lo; r <= Math.min(band.hi, store.values.length - 1); r++) {
      if (store.values[r] !== undefined) cells.values.push([r, store.values[r]]);
      store.values[r] = undefined;
    }
    for (const [r, f] of [...store.formulas]) {
      if (r < band.lo || r > band.hi) continue;
      cells.formulas.push([r, f]);
      store.formulas.delete(r);
    }
    for (const [r0, r1, format] of store.normalizedRuns()) {
      const lo = Math.max(r0, band.lo),
        hi = Math.min(r1, band.hi);
      if (lo <= hi) cells.runs.push({ r0: lo, r1: hi, format });
    }
    if (cells.runs.length > 0) store.addRun(band.lo, band.hi, GENERAL);
    taken.set(c, cells);
  }
  const storeAt = (c: number) => {
    let store = sheet.columns.get(c);
    if (!store) sheet.columns.set(c, (store = new ColumnStore()));
    return store;
  };
  for (const [c, cells] of taken) {
    const to = mapIndex(edit, c);
    if (to === null) continue;
    const store = storeAt(to);
    for (const [r, v] of cells.values) store.values[r] = v;
    for (const [r, f] of cells.formulas) store.formulas.set(r, f);
    for (const run of cells.runs) store.addRun(run.r0, run.r1, run.format);
  }
  if (edit.kind === "insert" && edit.at > 0) {
    const left = sheet.columns.get(edit.at - 1)?.normalizedRuns() ?? [];
    for (let c = edit.at; c < edit.at + edit.count; c++) {
      for (const [r0, r1, format] of left) {
        const lo = Math.max(r0, band.lo),
          hi = Math.min(r1, band.hi);
        if (lo <= hi) storeAt(c).addRun(lo, hi, format);
      }
    }
  }
}

function cellOf(key: string): Rect | null {
  return parseAddress(key)?.rect ?? null;
}

function mapCell(edit: StructuralEdit, rect: Rect): Rect | null {
  const index = mapIndex(edit, edit.axis === "rows" ? rect.r0 : rect.c0);
  if (index === null) return null;
  return edit.axis === "rows" ? { ...rect, r0: index, r1: index } : { ...rect, c0: index, c1: index };
}

/** Notes go with their cells; a deleted cell's note goes. */
function shiftNotes(sheet: SheetModel, edit: StructuralEdit): void {
  const notes = [...sheet.notes];
  sheet.notes.clear();
  for (const [key, content] of notes) {
    const cell = cellOf(key);
    const to = cell && (inBand(edit, ...crossSpan(edit, cell)) ? mapCell(edit, cell) : cell);
    if (to) sheet.notes.set(rectAddress(to), content);
  }
}

/** Hidden rows (columns) go with their cells; inserted ones are shown. */
function shiftHidden(sheet: SheetModel, edit: StructuralEdit): void {
  if (edit.band) return; // shifted cells leave rows and columns where they are
  if (edit.axis === "rows") {
    const hidden = [...sheet.hiddenRows];
    sheet.hiddenRows.clear();
    for (const [r, by] of hidden) {
      const to = mapIndex(edit, r);
      if (to !== null) sheet.hiddenRows.set(to, by);
    }
  } else {
    const hidden = [...sheet.hiddenColumns];
    sheet.hiddenColumns.clear();
    for (const c of hidden) {
      const to = mapIndex(edit, c);
      if (to !== null) sheet.hiddenColumns.add(to);
    }
  }
}

/**
 * A conditional format's range moves, grows or shrinks; one whose cells are all deleted goes. Its
 * formula is written for its first cell: references follow the edit, re-based on the new first
 * cell when the old one was deleted.
 */
function shiftConditionalFormats(sheet: SheetModel, edit: StructuralEdit): void {
  const kept = sheet.conditionalFormats.filter((cf) => {
    const rect = mapRect(edit, cf.rect);
    if (!rect) return false;
    if (cf.formula && inBand(edit, ...crossSpan(edit, cf.rect))) {
      const rows = edit.axis === "rows";
      const [a, b] = rows ? [cf.rect.r0, cf.rect.r1] : [cf.rect.c0, cf.rect.c1];
      const skip = firstSurvivor(edit, a, b) - a;
      const rebased = translateFormula(cf.formula, rows ? skip : 0, rows ? 0 : skip);
      cf.formula = adjustFormula(rebased, sheet.name, sheet.name, edit);
    }
    cf.rect = rect;
    return true;
  });
  sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority).forEach((cf, i) => (cf.priority = i));
}

/**
 * Tables move, grow (rows or columns inserted inside; an inserted column gets a "ColumnN" header)
 * and shrink; a deleted table column goes, and a table whose rows or columns are all deleted goes.
 */
function shiftTables(model: WorkbookModel, sheet: SheetModel, edit: StructuralEdit): void {
  const kept = model.tables.filter((table) => {
    if (table.sheet !== sheet) return true;
    const old = table.rect;
    const rect = mapRect(edit, old);
    if (!rect) return false;
    table.rect = rect;
    const inside = inBand(edit, ...crossSpan(edit, old));
    if (inside && edit.kind === "insert" && edit.axis === "columns" && edit.at > old.c0 && edit.at <= old.c1) {
      const used = new Set<string>();
      for (let c = rect.c0; c <= rect.c1; c++) used.add(String(sheet.value(rect.r0, c)).toLowerCase());
      let n = 1;
      for (let c = edit.at; c < edit.at + edit.count; c++) {
        while (used.has(`column${n}`)) n++;
        used.add(`column${n}`);
        sheet.writeValue(rect.r0, c, `Column${n}`);
      }
    }
    return true;
  });
  model.tables.splice(0, model.tables.length, ...kept);
}

/** A chart's source follows its cells (#REF! once they are all deleted); the chart floats with its cells. */
function shiftCharts(sheet: SheetModel, edit: StructuralEdit): void {
  for (const chart of sheet.charts) {
    const source = cellOf(chart.source);
    if (source) {
      const rect = mapRect(edit, source);
      chart.source = rect ? rectAddress(rect) : "#REF!";
    }
    const position = chart.position ? parseAddress(chart.position)?.rect : null;
    if (position && inBand(edit, ...crossSpan(edit, position))) {
      const rows = edit.axis === "rows";
      const [a, b] = rows ? [position.r0, position.r1] : [position.c0, position.c1];
      // A chart over deleted cells stays at the cells that moved up (left) into their place.
      const at = edit.kind === "move" ? a : edit.at;
      const span = mapSpan(edit, a, b) ?? [at, at];
      const rect = rows ? { ...position, r0: span[0], r1: span[1] } : { ...position, c0: span[0], c1: span[1] };
      chart.position = rectAddress(rect);
    }
  }
}
