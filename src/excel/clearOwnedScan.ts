import { RESULT_COLUMN_COUNT } from "./resultColumns";
import { highlightsUnrecorded, type OwnedScan } from "./ownedScans";
import { isScanHighlightFormula } from "./scanHighlights";
import { recordedColumns, type ColumnSpan, type TrackedScan } from "./trackedBlocks";
import { decodePrints, PRINT_MAX_ROWS } from "./cellPrints";
import { cellAddress, type CellBlock } from "./a1Address";
import {
  gapColumns,
  planOwnedCells,
  type CellChange,
  type ColumnCells,
  type OwnershipInput,
  type OwnershipPlan,
} from "./ownedCells";

/** A range read for the proof, with the sheet column and first row it starts at. */
interface ReadCells {
  readonly column: number;
  readonly r0: number;
  readonly range: Excel.Range;
  /** False for a column proved by its header alone: only that cell's value and formula were read. */
  readonly whole: boolean;
}

/** What must be looked up before a recorded scan can be removed: its formats, note, table columns and cells as they are now. */
export interface ClearProbe {
  readonly scan: OwnedScan | TrackedScan;
  /** The formats on the highlight range (ids and types), or null when there is nothing to look for. */
  readonly formats: Excel.ConditionalFormatCollection | null;
  readonly note: Excel.Note | null;
  readonly columns: Excel.TableColumn[];
  /** Rules of the Custom formats on the highlight range, read when the scan's ids were never recorded. */
  readonly rules: readonly { readonly id: string; readonly rule: Excel.ConditionalFormatRule }[];
  /** Per result column where it is now: its cells (only the header cell when it has no prints to prove them by). */
  readonly spans: readonly (ReadCells | null)[];
  /** Columns inserted among or right of ours: their number formats. */
  readonly gaps: readonly ReadCells[];
  /** The sheet's used range (formats count: a row of ours emptied keeps them), to bound the search for rows dragged out of the block. */
  readonly used: Excel.Range | null;
  /** Per result column, a window of rows around it, read when some written row was not found in it. */
  readonly windows?: readonly (ReadCells | null)[];
}

/** Rows read for the proof at most (per column): past this a column is proved by its header. */
const MAX_PROOF_ROWS = 2 * PRINT_MAX_ROWS + 2;
/** Rows either side of the block searched for rows of ours dragged out of it. */
const STRAY_ROWS = PRINT_MAX_ROWS;

/** Each result column where it is now: tracked through its name, or as recorded. */
function columnsOf(scan: OwnedScan | TrackedScan): readonly (ColumnSpan | null)[] {
  return "columnsNow" in scan ? scan.columnsNow : recordedColumns(scan);
}

/** The last row read for a column: its own rows, and the rows inserted right below the block (inside the halo). */
function lastRowOf(span: ColumnSpan, halo: CellBlock | null): number {
  return halo ? Math.max(span.r1, halo.r1 - 1) : span.r1;
}

/**
 * Queues the loads that tell what of a recorded scan is still there (a user may have deleted a
 * format or the note by hand, typed over a cell, inserted or moved rows and columns): sent with the
 * caller's next sync. A scan whose highlight ids were never recorded gets its formats looked up too;
 * `readUnrecordedHighlights` then reads their rules.
 */
export function probeOwnedScan(
  context: Excel.RequestContext,
  scan: OwnedScan | TrackedScan,
  notesSupported: boolean,
): ClearProbe {
  const sheet = context.workbook.worksheets.getItem(scan.sheet);
  const formats =
    scan.highlight && (scan.conditionalFormatIds.length > 0 || highlightsUnrecorded(scan))
      ? sheet
          .getRangeByIndexes(
            scan.highlight.r0,
            scan.highlight.c0,
            scan.highlight.r1 - scan.highlight.r0 + 1,
            scan.highlight.c1 - scan.highlight.c0 + 1,
          )
          .conditionalFormats.load("items/id,items/type")
      : null;
  const note = scan.noteCell && notesSupported ? sheet.notes.getItemOrNullObject(scan.noteCell) : null;
  const columns = scan.table
    ? scan.tableColumns.map((name) => sheet.tables.getItem(scan.table!).columns.getItemOrNullObject(name))
    : [];
  if (scan.table) return { scan, formats, note, columns, rules: [], spans: [], gaps: [], used: null };
  const halo = "halo" in scan ? scan.halo : null;
  const now = columnsOf(scan);
  const printed = (scan.prints?.length ?? 0) > 0;
  let top = Infinity;
  let bottom = -1;
  const spans = now.map((span) => {
    if (!span) return null;
    const last = lastRowOf(span, halo);
    const whole = printed && last - span.r0 + 1 <= MAX_PROOF_ROWS;
    if (whole) [top, bottom] = [Math.min(top, span.r0), Math.max(bottom, last)];
    const rows = whole ? last - span.r0 + 1 : 1;
    const range = sheet.getRangeByIndexes(span.r0, span.column, rows, 1);
    range.load(whole ? ["values", "formulas", "numberFormat"] : ["values", "formulas"]);
    return { column: span.column, r0: span.r0, range, whole };
  });
  const gaps =
    bottom >= top
      ? gapColumns(now, scan.result, halo).map((column) => ({
          column,
          r0: top,
          range: sheet.getRangeByIndexes(top, column, bottom - top + 1, 1).load(["values", "formulas", "numberFormat"]),
          whole: true,
        }))
      : [];
  const used = printed ? sheet.getUsedRangeOrNullObject().load("rowIndex, rowCount") : null;
  return { scan, formats, note, columns, rules: [], spans, gaps, used };
}

/** The proof's input from a synced probe. */
function inputOf(probe: ClearProbe): OwnershipInput {
  const cells = (read: ReadCells | null): ColumnCells | null =>
    read && {
      column: read.column,
      r0: read.r0,
      values: read.range.values.map((row) => row[0]),
      formulas: read.range.formulas.map((row) => row[0]),
      formats: read.whole ? read.range.numberFormat.map((row) => row[0]) : [],
    };
  return {
    columnsNow: columnsOf(probe.scan),
    prints: probe.scan.prints?.map(decodePrints),
    formats: probe.scan.formats,
    spans: probe.spans.map(cells),
    gaps: probe.gaps.map((gap) => cells(gap)!),
    windows: probe.windows?.map(cells),
  };
}

/**
 * Which cells of a synced probe's scan are its own, and what Clear would change (ownedCells.ts).
 *
 * @example
 * planOf(probe).owned //=> [{ column: 7, r0: 0, r1: 8 }, …]
 */
export function planOf(probe: ClearProbe): OwnershipPlan {
  if (probe.scan.table) return { changes: [], owned: [], kept: [], missing: false };
  return planOwnedCells(inputOf(probe));
}

/**
 * For synced probes of scans some of whose written rows were not found in their columns (rows
 * dragged out of the block), reads a window of rows around each column, bounded by the sheet's used
 * range, in one more sync; the other probes cost nothing (no sync when none needs it).
 *
 * @example
 * await readStrays(context, probes) //=> probes, with `windows` where rows may have been dragged away
 */
export async function readStrays(context: Excel.RequestContext, probes: readonly ClearProbe[]): Promise<ClearProbe[]> {
  const read = probes.map((probe) => {
    if (!probe.used || probe.used.isNullObject || !planOf(probe).missing) return probe;
    const usedTop = probe.used.rowIndex;
    const usedBottom = usedTop + probe.used.rowCount - 1;
    const halo = "halo" in probe.scan ? probe.scan.halo : null;
    const sheet = context.workbook.worksheets.getItem(probe.scan.sheet);
    let top = Infinity;
    let bottom = -1;
    const windows = columnsOf(probe.scan).map((span) => {
      if (!span) return null;
      const r0 = Math.max(usedTop, span.r0 - STRAY_ROWS);
      const r1 = Math.min(usedBottom, lastRowOf(span, halo) + STRAY_ROWS);
      if (r1 < r0) return null;
      [top, bottom] = [Math.min(top, r0), Math.max(bottom, r1)];
      const range = sheet.getRangeByIndexes(r0, span.column, r1 - r0 + 1, 1).load(["values", "formulas", "numberFormat"]);
      return { column: span.column, r0, range, whole: true };
    });
    if (bottom < top) return probe;
    // The columns inserted beside ours, over the same rows: a row dragged away took their formats along.
    const gaps = gapColumns(columnsOf(probe.scan), probe.scan.result, halo).map((column) => ({
      column,
      r0: top,
      range: sheet.getRangeByIndexes(top, column, bottom - top + 1, 1).load(["values", "formulas", "numberFormat"]),
      whole: true,
    }));
    return { ...probe, windows, gaps };
  });
  if (read.some((probe) => probe.windows)) await context.sync();
  return read;
}

/**
 * For probes (already synced) of scans whose highlight ids were never recorded — the host failed
 * between adding the formats and saving their ids — reads the rule formulas of the Custom formats
 * on the highlight range, in one more sync, so the scan's own can be told from the user's. Probes
 * of fully recorded scans cost nothing: no sync is made when no rule is to be read.
 *
 * @example
 * await readUnrecordedHighlights(context, probes) //=> probes, with `rules` filled where needed
 */
export async function readUnrecordedHighlights(
  context: Excel.RequestContext,
  probes: readonly ClearProbe[],
): Promise<ClearProbe[]> {
  const read = probes.map((probe) =>
    probe.formats && highlightsUnrecorded(probe.scan)
      ? {
          ...probe,
          // Only Custom formats have a rule formula (Excel refuses `custom` on the other types).
          rules: probe.formats.items
            .filter((cf) => cf.type === "Custom")
            .map((cf) => ({ id: cf.id, rule: cf.custom.rule.load("formula") })),
        }
      : probe,
  );
  if (read.some((probe) => probe.rules.length > 0)) await context.sync();
  return read;
}

/**
 * Queues the removal of what a scan wrote: its conditional formats (by recorded id, or, when the
 * ids were never recorded, by the scan's own rule formulas), its note, and its result cells —
 * table columns deleted whole; elsewhere only the cells proved ours (ownedCells.ts), emptied and
 * given back the format they had before the scan, and the formats our cells lent to rows and
 * columns inserted beside them given back too. Cells of our columns that are not ours are added to
 * `kept`, as addresses. With `cells: false` only the formats and the note go; with `except`, cells
 * inside that block are left (a re-scan about to write over them).
 */
export function queueClearOwnedScan(
  context: Excel.RequestContext,
  probe: ClearProbe,
  options: { readonly cells: boolean; readonly except?: CellBlock } = { cells: true },
  kept: string[] = [],
): void {
  const { scan } = probe;
  const sheet = context.workbook.worksheets.getItem(scan.sheet);
  if (probe.formats) {
    const present = new Set(probe.formats.items.map((cf) => cf.id));
    const own = new Set(scan.conditionalFormatIds.filter((id) => present.has(id)));
    const highlight = scan.highlight;
    if (highlight) {
      for (const { id, rule } of probe.rules) if (isScanHighlightFormula(rule.formula, scan.result.c0, highlight.r0)) own.add(id);
    }
    for (const id of own) probe.formats.getItem(id).delete();
  }
  if (probe.note && !probe.note.isNullObject) probe.note.delete();
  if (!options.cells) return;
  const table = scan.table ? sheet.tables.getItem(scan.table) : null;
  if (table) {
    if (probe.columns.length === RESULT_COLUMN_COUNT) {
      // Right to left: each deletion leaves the others where they were.
      for (let i = probe.columns.length - 1; i >= 0; i--) if (!probe.columns[i].isNullObject) probe.columns[i].delete();
    }
    return;
  }
  const plan = planOf(probe);
  const except = options.except;
  const outside = (row: number, column: number) =>
    !except || row < except.r0 || row > except.r1 || column < except.c0 || column > except.c1;
  for (const { row, column } of plan.kept) if (outside(row, column)) kept.push(cellAddress(scan.sheet, row, column));
  const changes = plan.changes
    .flatMap((change) => outsideRows(change, except))
    .sort((a, b) => a.column - b.column || a.row - b.row);
  const last = (change: CellChange) => change.through ?? change.row;
  for (let i = 0; i < changes.length;) {
    const first = changes[i];
    let j = i;
    while (
      j + 1 < changes.length &&
      changes[j + 1].column === first.column &&
      changes[j + 1].row === last(changes[j]) + 1 &&
      changes[j + 1].format === first.format &&
      changes[j + 1].empty === first.empty
    )
      j++;
    const range = sheet.getRangeByIndexes(first.row, first.column, last(changes[j]) - first.row + 1, 1);
    if (first.empty) range.clear("Contents");
    (range as unknown as { numberFormat: string }).numberFormat = first.format;
    i = j + 1;
  }
}

/** The part of a change (a cell, or a run of rows) outside a block: none, itself, or the rows above and below it. */
function outsideRows(change: CellChange, except: CellBlock | undefined): CellChange[] {
  const through = change.through ?? change.row;
  if (!except || change.column < except.c0 || change.column > except.c1 || through < except.r0 || change.row > except.r1)
    return [change];
  const parts: CellChange[] = [];
  if (change.row < except.r0) parts.push({ ...change, through: except.r0 - 1 });
  if (through > except.r1) parts.push({ ...change, row: except.r1 + 1, through });
  return parts;
}
