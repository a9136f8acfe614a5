import { RESULT_HEADERS } from "./resultColumns";
import type { CellBlock } from "./a1Address";
import type { OwnedScan } from "./ownedScans";
import { noteCellOf } from "./writeScanResults";

/*
 * What a scan wrote moves with the cells. Each recorded block (the ledger, the result columns, the
 * highlighted rows) is also a workbook-scoped name, which Excel moves and resizes when rows or
 * columns are inserted, deleted or moved; before anything is cleared or rewritten the records are
 * read back through their names, so a column inserted at A never turns a user's column into "ours".
 * A block whose cells were all deleted (the name is #REF!) is gone: nothing of it is touched.
 */

type Part = "ledger" | "result" | "highlight";
const PART_CODE: Readonly<Record<Part, string>> = { ledger: "L", result: "R", highlight: "H" };
const GEOMETRY = "rowIndex, columnIndex, rowCount, columnCount";

/** A recorded scan as its cells are now; `resultGone` when every result cell was deleted. */
export interface TrackedScan extends OwnedScan {
  readonly resultGone: boolean;
  /** The scan's names that exist now (a name deleted by hand, or never made, is not there to delete). */
  readonly names: readonly string[];
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

/** Queues the names of a scan's blocks (sent with the caller's next sync). */
export function queueTrackScan(context: Excel.RequestContext, scan: OwnedScan): void {
  if (!scan.key) return;
  const add = (part: Part, block: CellBlock | null) => {
    if (!block) return;
    const range = context.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(block.r0, block.c0, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1);
    context.workbook.names.add(trackedName(scan.key!, part), range);
  };
  add("ledger", scan.ledger);
  add("result", scan.result);
  add("highlight", scan.highlight);
}

/**
 * Queues the removal of a scan's names: for a tracked scan those found to exist, for a record this
 * batch has just named, the names it made (a method on a name that is not there fails the sync).
 */
export function queueUntrackScan(context: Excel.RequestContext, scan: OwnedScan | TrackedScan): void {
  if (!scan.key) return;
  const names =
    "names" in scan
      ? scan.names
      : [trackedName(scan.key, "ledger"), trackedName(scan.key, "result")].concat(
          scan.highlight ? [trackedName(scan.key, "highlight")] : [],
        );
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
    return { ledger: look("ledger"), result: look("result"), highlight: scan.highlight ? look("highlight") : null };
  });
  return () =>
    scans.map((scan, i) => {
      const lookup = lookups[i];
      if (!lookup) return { ...scan, resultGone: false, names: [] };
      const names = [lookup.ledger, lookup.result, lookup.highlight]
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
      return {
        ...scan,
        sheet: result?.sheet ?? ledger.sheet,
        ledger,
        result: result ?? scan.result,
        highlight: lookup.highlight ? blockOf(lookup.highlight) : null,
        noteCell: scan.noteCell && result ? noteCellOf(result) : null,
        resultGone: result === null,
        names,
      };
    });
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
