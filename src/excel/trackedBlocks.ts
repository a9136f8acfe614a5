import { RESULT_HEADERS } from "./resultColumns";
import { localAddress, type CellBlock } from "./a1Address";
import type { OwnedScan } from "./ownedScans";

/*
 * What a scan wrote moves with the cells. Each recorded block (the ledger, the result columns, the
 * highlighted rows) is also a workbook-scoped name, which Excel moves and resizes when rows or
 * columns are inserted, deleted or moved; before anything is cleared or rewritten the records are
 * read back through their names, so a column inserted at A never turns a user's column into "ours".
 * A block whose cells were all deleted (the name is #REF!) is gone: nothing of it is touched.
 */

type Part = "ledger" | "result" | "highlight" | "halo" | "note" | `column${0 | 1 | 2 | 3}`;
const PART_CODE: Readonly<Record<Part, string>> = {
  ledger: "L",
  result: "R",
  highlight: "H",
  halo: "X",
  note: "N",
  column0: "C0",
  column1: "C1",
  column2: "C2",
  column3: "C3",
};
const COLUMN_PARTS = ["column0", "column1", "column2", "column3"] as const;
const GEOMETRY = "rowIndex, columnIndex, rowCount, columnCount";

/** Where one result column is now: its sheet column and its rows (header row to last data row). */
export interface ColumnSpan {
  readonly column: number;
  readonly r0: number;
  readonly r1: number;
}

/** A recorded scan as its cells are now; `resultGone` when every result cell was deleted. */
export interface TrackedScan extends OwnedScan {
  readonly resultGone: boolean;
  /** The scan's names that exist now (a name deleted by hand, or never made, is not there to delete). */
  readonly names: readonly string[];
  /**
   * Each of the four result columns where it is now, tracked by its own name (so a column dragged
   * away from the others is still found), or null once deleted.
   */
  readonly columnsNow: readonly (ColumnSpan | null)[];
  /**
   * The result block grown by one row below and one column right, as it is now: rows inserted
   * right below ours and columns inserted right of ours lie inside it, and took our formats.
   */
  readonly halo: CellBlock | null;
}

/**
 * The name of one block of a scan: workbook-scoped, never shown to the analyst in a formula.
 *
 * @example
 * trackedName("k1x", "result") //=> "ARCreditDesk_k1x_R"
 */
export function trackedName(key: string, part: Part): string {
  return `ARCreditDesk_${key}_${PART_CODE[part]}`;
}

/** A fresh key for a scan's names: time and a counter, base 36 (names allow letters, digits, _). */
let counter = 0;
export function newTrackingKey(now: number): string {
  counter = (counter + 1) % 1_296;
  return `${now.toString(36)}${counter.toString(36)}`;
}

/** The block of the halo: the result block and one more row below and column right (within the grid). */
function haloOf(result: CellBlock): CellBlock {
  return { ...result, r1: Math.min(result.r1 + 1, LAST_ROW), c1: Math.min(result.c1 + 1, LAST_COLUMN) };
}
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** The parts a record names, with their blocks as recorded. */
function recordedParts(scan: OwnedScan): [Part, CellBlock][] {
  const parts: [Part, CellBlock | null][] = [
    ["ledger", scan.ledger],
    ["result", scan.result],
    ["highlight", scan.highlight],
  ];
  if (!scan.table) {
    COLUMN_PARTS.forEach((part, k) => {
      const column = scan.result.c0 + k;
      if (column <= scan.result.c1) parts.push([part, { ...scan.result, c0: column, c1: column }]);
    });
    parts.push(["halo", haloOf(scan.result)]);
  }
  // The as-of note's cell (the Days overdue header): the note travels with its cell, and so does the name.
  if (scan.noteCell) parts.push(["note", { ...scan.result, r1: scan.result.r0, c1: scan.result.c0 }]);
  return parts.filter((part): part is [Part, CellBlock] => part[1] !== null);
}

/**
 * Each result column as recorded (for a record without column names: written before they were
 * kept, or not yet named).
 *
 * @example
 * recordedColumns({ ...scan, result: { sheet: "Sheet1", r0: 0, c0: 7, r1: 8, c1: 10 } })[1] //=> { column: 8, r0: 0, r1: 8 }
 */
export function recordedColumns(scan: OwnedScan): (ColumnSpan | null)[] {
  return COLUMN_PARTS.map((_, k) =>
    scan.result.c0 + k <= scan.result.c1 ? { column: scan.result.c0 + k, r0: scan.result.r0, r1: scan.result.r1 } : null,
  );
}

/** Queues the names of a scan's blocks (sent with the caller's next sync). */
export function queueTrackScan(context: Excel.RequestContext, scan: OwnedScan): void {
  if (!scan.key) return;
  for (const [part, block] of recordedParts(scan)) {
    const range = context.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(block.r0, block.c0, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1);
    context.workbook.names.add(trackedName(scan.key, part), range);
  }
}

/**
 * Queues the removal of a scan's names: for a tracked scan those found to exist, for a record this
 * batch has just named, the names it made (a method on a name that is not there fails the sync).
 */
export function queueUntrackScan(context: Excel.RequestContext, scan: OwnedScan | TrackedScan): void {
  if (!scan.key) return;
  const names = "names" in scan ? scan.names : recordedParts(scan).map(([part]) => trackedName(scan.key!, part));
  for (const name of names) context.workbook.names.getItem(name).delete();
}

/**
 * Queues the look-up of the recorded scans' blocks through their names (moved and resized by Excel
 * with every structural edit), to ride on the caller's next sync; the function it returns, called
 * after that sync, gives the scans as their cells are now. A record without names (written before
 * they existed) keeps its recorded blocks.
 *
 * @example
 * const tracked = queueTrackScans(context, scans); await context.sync(); tracked() //=> scans, each where its cells are now
 */
export function queueTrackScans(context: Excel.RequestContext, scans: readonly OwnedScan[]): () => TrackedScan[] {
  const lookups = scans.map((scan) => {
    if (!scan.key) return null;
    const look = (part: Part) => {
      const item = context.workbook.names.getItemOrNullObject(trackedName(scan.key!, part)).load("name");
      const range = item.getRangeOrNullObject();
      range.load(GEOMETRY);
      const sheet = range.worksheet.load("name");
      return { item, range, sheet };
    };
    return {
      ledger: look("ledger"),
      result: look("result"),
      highlight: scan.highlight ? look("highlight") : null,
      columns: scan.table ? [] : COLUMN_PARTS.map(look),
      halo: scan.table ? null : look("halo"),
      note: scan.noteCell ? look("note") : null,
    };
  });
  return () =>
    scans.map((scan, i) => {
      const lookup = lookups[i];
      if (!lookup) return { ...scan, resultGone: false, names: [], columnsNow: recordedColumns(scan), halo: null };
      const names = [lookup.ledger, lookup.result, lookup.highlight, ...lookup.columns, lookup.halo, lookup.note]
        .filter((found) => found !== null && !found.item.isNullObject)
        .map((found) => found!.item.name);
      const blockOf = (found: { range: Excel.Range; sheet: Excel.Worksheet } | null): CellBlock | null =>
        found && !found.range.isNullObject
          ? {
              sheet: found.sheet.name,
              r0: found.range.rowIndex,
              c0: found.range.columnIndex,
              r1: found.range.rowIndex + found.range.rowCount - 1,
              c1: found.range.columnIndex + found.range.columnCount - 1,
            }
          : null;
      const result = blockOf(lookup.result);
      const ledger = blockOf(lookup.ledger) ?? scan.ledger;
      // Column names exist on records made since they were kept; a name there but #REF! is a deleted column.
      const named = lookup.columns.some((found) => !found.item.isNullObject);
      const columnsNow = named
        ? lookup.columns.map((found) => {
            const block = blockOf(found);
            return block ? { column: block.c0, r0: block.r0, r1: block.r1 } : null;
          })
        : result
          ? recordedColumns({ ...scan, result })
          : [null, null, null, null];
      const resultGone = named ? columnsNow.every((column) => column === null) : result === null;
      return {
        ...scan,
        sheet: result?.sheet ?? ledger.sheet,
        ledger,
        result: result ?? scan.result,
        highlight: lookup.highlight ? blockOf(lookup.highlight) : null,
        noteCell: noteCellNow(lookup.note, blockOf(lookup.note), columnsNow[0]),
        resultGone,
        names,
        columnsNow,
        halo: lookup.halo ? blockOf(lookup.halo) : null,
      };
    });
}

/** Where the as-of note's cell is now: by its name, or (a record without one) atop the Days overdue column. */
function noteCellNow(lookup: { item: Excel.NamedItem } | null, block: CellBlock | null, days: ColumnSpan | null): string | null {
  if (!lookup) return null;
  if (!lookup.item.isNullObject) return block ? localAddress(block.r0, block.c0) : null;
  return days ? localAddress(days.r0, days.column) : null;
}

/**
 * The recorded scans as their cells are now, in one sync (none when no record has names).
 *
 * @example
 * await trackScans(context, scans) //=> scans, each with its blocks where its cells are now
 */
export async function trackScans(context: Excel.RequestContext, scans: readonly OwnedScan[]): Promise<TrackedScan[]> {
  const tracked = queueTrackScans(context, scans);
  if (scans.some((scan) => scan.key)) await context.sync();
  return tracked();
}

/**
 * Which of our result columns a header names (either language, or a table's unique name such as
 * "Aging (AR 2)"), or -1: the mark of a result column.
 *
 * @example
 * resultHeaderIndex("Aging (AR 2)") //=> 1
 */
export function resultHeaderIndex(value: unknown): number {
  if (typeof value !== "string") return -1;
  const base = value.replace(/ \(AR \d+\)$/, "");
  const en = (RESULT_HEADERS.en as readonly string[]).indexOf(base);
  return en >= 0 ? en : (RESULT_HEADERS.zh as readonly string[]).indexOf(base);
}

/** Whether a header cell is one the scan writes. */
export function isResultHeader(value: unknown): boolean {
  return resultHeaderIndex(value) >= 0;
}

/**
 * Result column names that no column of the user's table already has: a table ledger with its own
 * "Aging" column keeps it, and ours is "Aging (AR 2)". Table column names are unique in Excel and
 * compared without case, so Clear, which deletes table columns by name, can never take the user's.
 *
 * @example
 * uniqueResultNames(["Days overdue", "Aging"], ["Customer", "aging"]) //=> ["Days overdue", "Aging (AR 2)"]
 */
export function uniqueResultNames(ours: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  return ours.map((name) => {
    let unique = name;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name} (AR ${n})`;
    used.add(unique.toLowerCase());
    return unique;
  });
}
