import type { CellBlock } from "./a1Address";
import { alignedRows, cellPrint, formatAt } from "./cellPrints";
import type { OwnedScan } from "./ownedScans";
import { RESULT_FORMATS } from "./resultColumns";
import { resultHeaderIndex, type ColumnSpan } from "./trackedBlocks";

/*
 * The one proof of what a scan wrote, cell by cell, for Clear and for a rescan. Each of the four
 * result columns is found through its own workbook name (so it is followed wherever it is dragged);
 * its cells, as they are now, are aligned with the prints the scan kept of what it wrote (header
 * first), so rows inserted, deleted or moved inside the block are followed. A cell is ours only
 * when it lines up with what was written: a user's column dragged in among ours, a row the user
 * inserted, a cell typed over are not. Rows of ours dragged out of the block are found beside it
 * when all of their result cells still hold one written row. Cells that only took our number format
 * (Excel formats an inserted row like the one above and an inserted column like its left
 * neighbour) get back the format they would have had without the add-in; their values stay.
 */

/** A stretch of one sheet column as read: values, formulas and number formats from row `r0`. */
export interface ColumnCells {
  readonly column: number;
  readonly r0: number;
  readonly values: readonly unknown[];
  readonly formulas: readonly unknown[];
  readonly formats: readonly unknown[];
}

/** One cell to change (rows `row`…`through`, when given, of one column): emptied (`empty`) or not, and given `format`. */
export interface CellChange {
  readonly row: number;
  readonly column: number;
  readonly format: string;
  readonly empty: boolean;
  readonly through?: number;
}

export interface OwnershipInput {
  readonly columnsNow: readonly (ColumnSpan | null)[];
  /** Per result column, the prints of what was written under the header (decoded); absent: proof by header. */
  readonly prints: readonly (readonly number[])[] | undefined;
  readonly formats: OwnedScan["formats"];
  /**
   * Per result column, its cells from its header row through the rows inserted right below it.
   * Without prints only the header cell is read (`values` of length 1): the column is then ours
   * whole when that cell holds our header.
   */
  readonly spans: readonly (ColumnCells | null)[];
  /** Columns among or right of ours that are not ours, over the same rows (the window's, when read): formats only matter. */
  readonly gaps: readonly ColumnCells[];
  /** Per result column, a window of rows around the block, for rows dragged out of it. */
  readonly windows?: readonly (ColumnCells | null)[];
}

export interface OwnershipPlan {
  /** Our cells (emptied, their format before the scan back) and inherited formats given back. */
  readonly changes: CellChange[];
  /** Our cells, as runs of rows per column: what a rescan may write over. */
  readonly owned: { readonly column: number; readonly r0: number; readonly r1: number }[];
  /** Cells in our columns' rows that hold something not ours (typed over, or in an inserted row). */
  readonly kept: { readonly row: number; readonly column: number }[];
  /** Whether some written cell was found nowhere in its column's rows (a row may have been dragged away). */
  readonly missing: boolean;
}

const HEADER_MARK = -1;
const FORMULA_MARK = -2;
const EMPTY_PRINT = cellPrint("");

const isEmpty = (value: unknown) => value === "" || value === null || value === undefined;
const hasFormula = (formula: unknown) => typeof formula === "string" && formula.startsWith("=");

/** What a cell is for the alignment: our header's mark, a print, or a mark nothing written matches (a formula). */
function markOf(k: number, value: unknown, formula: unknown): number {
  if (hasFormula(formula)) return FORMULA_MARK;
  if (resultHeaderIndex(value) === k) return HEADER_MARK;
  return cellPrint(value);
}

/** The format a written cell had before the scan (origin 0 is the header, 1… the data rows). */
function formatBefore(formats: OwnedScan["formats"], k: number, origin: number): string {
  if (origin === 0) return formats?.header[k] ?? "General";
  return formatAt(formats?.columns[k], origin - 1);
}

/** The format the scan gave a written cell. */
function formatWritten(k: number, origin: number): string {
  return origin === 0 ? "@" : RESULT_FORMATS[k];
}

/**
 * Which cells of a scan's columns are the scan's own, and what Clear changes.
 *
 * @example
 * planOwnedCells({ columnsNow: [{ column: 7, r0: 0, r1: 1 }, null, null, null], prints: [[cellPrint(47)]], formats: undefined,
 *   spans: [{ column: 7, r0: 0, values: ["Days overdue", 47], formulas: ["", ""], formats: ["@", "0"] }, null, null, null], gaps: [] })
 *   .changes //=> [{ row: 0, column: 7, format: "General", empty: true }, { row: 1, column: 7, format: "General", empty: true }]
 */
export function planOwnedCells(input: OwnershipInput): OwnershipPlan {
  const changes: CellChange[] = [];
  const kept: { row: number; column: number }[] = [];
  const owned: { column: number; r0: number; r1: number }[] = [];
  /** Per result column: row → the written cell it is (or inherited its format from), for the gap columns. */
  const originAt: Map<number, number>[] = [];
  const missingSets: Set<number>[] = [];
  const recorded = input.prints?.map((column) => [HEADER_MARK, ...column]);
  let missing = false;

  const own = (column: number, row: number, origin: number, k: number) => {
    originAt[k]?.set(row, origin);
    changes.push({ row, column, format: formatBefore(input.formats, k, origin), empty: true });
    const last = owned[owned.length - 1];
    if (last && last.column === column && last.r1 === row - 1) last.r1 = row;
    else owned.push({ column, r0: row, r1: row });
  };

  input.columnsNow.forEach((span, k) => {
    const cells = input.spans[k];
    originAt[k] = new Map();
    missingSets[k] = new Set();
    if (!span || !cells) return;
    const rows = span.r1 - span.r0 + 1;
    const written = recorded?.[k];
    const fullyRead = cells.values.length > 1 || rows === 1;
    let origins: number[];
    if (written && fullyRead) {
      const marks = cells.values.map((value, i) => markOf(k, value, cells.formulas[i]));
      const aligned = alignedRows(written, marks);
      // Too different to align: only a column still under our header is ours, cell for cell in place.
      origins = aligned ?? marks.map((_, i) => (marks[0] === HEADER_MARK && i < rows ? i : -1));
      const found = new Set(origins);
      written.forEach((_, o) => {
        if (!found.has(o)) missingSets[k].add(o);
      });
      if (missingSets[k].size > 0) missing = true;
    } else {
      // No prints (a ledger past PRINT_MAX_ROWS, an older record, a scan cut off): the header proves
      // the column, whole. Its rows go by runs of their former formats, not cell by cell (a million rows).
      if (markOf(k, cells.values[0], cells.formulas[0]) !== HEADER_MARK) return;
      own(cells.column, span.r0, 0, k);
      let row = span.r0 + 1;
      for (const [format, count] of input.formats?.columns[k] ?? []) {
        if (row > span.r1) break;
        const through = Math.min(span.r1, row + count - 1);
        changes.push({ row, column: cells.column, format, empty: true, through });
        row = through + 1;
      }
      if (row <= span.r1) changes.push({ row, column: cells.column, format: "General", empty: true, through: span.r1 });
      owned[owned.length - 1].r1 = span.r1;
      return;
    }
    let inherited = -1;
    origins.forEach((origin, i) => {
      const row = cells.r0 + i;
      if (origin >= 0) {
        own(cells.column, row, (inherited = origin), k);
        return;
      }
      const filled = !isEmpty(cells.values[i]) || hasFormula(cells.formulas[i]);
      if (i < rows && filled) kept.push({ row, column: cells.column });
      if (inherited < 0 || i >= cells.formats.length) return;
      originAt[k].set(row, inherited);
      // A row inserted among or right below ours took our format: give back the one it would have
      // had — only while the cell is empty (what the user typed under that format stays as typed).
      const format = cells.formats[i];
      if (filled) return;
      // Rows inserted below the header and below a data row, then dragged about inside the block,
      // may carry either of the column's two formats.
      const lent = format === formatWritten(k, inherited) || format === formatWritten(k, 1) || format === formatWritten(k, 0);
      if (lent && format !== formatBefore(input.formats, k, inherited)) {
        changes.push({ row, column: cells.column, format: formatBefore(input.formats, k, inherited), empty: false });
      }
    });
  });

  // Rows dragged out first: the columns beside them lent their format there too.
  if (recorded && input.windows) {
    strays(input, recorded, missingSets, own, (column, row, format) => changes.push({ row, column, format, empty: false }));
  }
  for (const gap of input.gaps) {
    // Formatted like its left neighbour when inserted: the nearest of our columns to its left.
    let source = -1;
    input.columnsNow.forEach((span, k) => {
      if (span && span.column < gap.column && (source < 0 || span.column > input.columnsNow[source]!.column)) source = k;
    });
    if (source < 0) continue;
    gap.formats.forEach((format, i) => {
      const row = gap.r0 + i;
      if (!isEmpty(gap.values[i]) || hasFormula(gap.formulas[i])) return;
      const origin = originAt[source].get(row);
      if (origin === undefined) return;
      if (format === formatWritten(source, origin) && format !== formatBefore(input.formats, source, origin)) {
        changes.push({ row, column: gap.column, format: formatBefore(input.formats, source, origin), empty: false });
      }
    });
  }

  return { changes, owned, kept, missing };
}

/**
 * Rows of ours dragged out of the block: a row outside every column's rows whose result cells all
 * hold one written row that is missing from the block (its header counts, as a row of our headers).
 * A row of empty cells is taken only while it still has the formats the scan wrote there.
 */
function strays(
  input: OwnershipInput,
  recorded: readonly (readonly number[])[],
  missingSets: Set<number>[],
  own: (column: number, row: number, origin: number, k: number) => void,
  lend: (column: number, row: number, format: string) => void,
): void {
  const windows = input.windows!;
  /** Stray rows found: row → the written row each present column's cell is. */
  const found = new Map<number, number[]>();
  const present = windows.flatMap((cells, k) => (cells && input.spans[k] ? [k] : []));
  if (present.length === 0) return;
  const inSpan = (k: number, row: number) => {
    const cells = input.spans[k]!;
    const span = input.columnsNow[k]!;
    return row >= cells.r0 && row <= Math.max(span.r1, cells.r0 + cells.values.length - 1);
  };
  const first = windows[present[0]]!;
  first.values.forEach((_, i) => {
    const row = first.r0 + i;
    const marks: number[] = [];
    let allEmpty = true;
    for (const k of present) {
      const cells = windows[k]!;
      const at = row - cells.r0;
      if (at < 0 || at >= cells.values.length || inSpan(k, row)) return;
      marks.push(markOf(k, cells.values[at], cells.formulas[at]));
      if (!isEmpty(cells.values[at]) || hasFormula(cells.formulas[at])) allEmpty = false;
    }
    // A row of empty cells is ours only while it still has the formats the scan gave it.
    const formatted = (o: number) =>
      !allEmpty || present.every((k) => windows[k]!.formats[row - windows[k]!.r0] === formatWritten(k, o));
    // The written row it is: the same in every column. A column's alignment may have missed another
    // row of equal cells (two empty cells look alike), so each column gives up a missing cell of that print.
    const candidates = new Set(present.flatMap((k) => [...missingSets[k]]));
    // An empty cell of the row may have been lined up with an empty row inserted in the block
    // instead: it proves nothing either way, and is taken as the row's own.
    const pick = (k: number, j: number, o: number) =>
      missingSets[k].has(o)
        ? o
        : ([...missingSets[k]].find((other) => recorded[k][other] === marks[j]) ?? (marks[j] === EMPTY_PRINT ? o : undefined));
    const origin = [...candidates]
      .sort((a, b) => a - b)
      .find((o) => formatted(o) && present.every((k, j) => recorded[k][o] === marks[j] && pick(k, j, o) !== undefined));
    if (origin === undefined) {
      // An empty row with exactly the formats we write in every one of our columns: a row inserted
      // beside ours (formatted like it) and dragged away. Its formats are given back.
      if (allEmpty && formatted(1)) {
        for (const k of present) {
          const before = formatBefore(input.formats, k, 1);
          if (before !== formatWritten(k, 1)) lend(windows[k]!.column, row, before);
        }
      }
      return;
    }
    const taken = present.map((k, j) => pick(k, j, origin)!);
    present.forEach((k, j) => {
      missingSets[k].delete(taken[j]);
      own(windows[k]!.column, row, taken[j], k);
    });
    found.set(row, taken);
  });
  // Rows inserted right below a stray row took its formats: given back while empty and still so.
  for (const [row, taken] of found) {
    for (let below = row + 1; !found.has(below); below++) {
      const lent = present.every((k, j) => {
        const cells = windows[k]!;
        const at = below - cells.r0;
        return (
          at < cells.values.length &&
          !inSpan(k, below) &&
          isEmpty(cells.values[at]) &&
          !hasFormula(cells.formulas[at]) &&
          cells.formats[at] === formatWritten(k, taken[j])
        );
      });
      if (!lent) break;
      present.forEach((k, j) => {
        const before = formatBefore(input.formats, k, taken[j]);
        if (before !== formatWritten(k, taken[j])) lend(windows[k]!.column, below, before);
      });
    }
  }
}

/**
 * The columns a probe reads as gaps: not ours, inside the result block or right of it up to the
 * halo's last column but one — where Excel grows those names for a column inserted among or right
 * of ours (a column of ours dragged far away leaves the user's columns between out) — at most
 * `limit` of them.
 *
 * @example
 * gapColumns([{ column: 7, r0: 0, r1: 8 }, { column: 8, r0: 0, r1: 8 }, { column: 10, r0: 0, r1: 8 }, null],
 *   { sheet: "S", r0: 0, c0: 7, r1: 8, c1: 10 }, { sheet: "S", r0: 0, c0: 7, r1: 9, c1: 12 }) //=> [9, 11]
 */
export function gapColumns(
  columnsNow: readonly (ColumnSpan | null)[],
  result: CellBlock,
  halo: CellBlock | null,
  limit = 16,
): number[] {
  const ours = columnsNow.filter((span): span is ColumnSpan => span !== null).map((span) => span.column);
  if (ours.length === 0) return [];
  const last = Math.max(result.c1, halo ? halo.c1 - 1 : 0);
  const gaps: number[] = [];
  for (let c = result.c0 + 1; c <= last && gaps.length < limit; c++) if (!ours.includes(c)) gaps.push(c);
  return gaps;
}
