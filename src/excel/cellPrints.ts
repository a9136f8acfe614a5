import { diffArrays } from "diff";

/*
 * Proof, cell by cell, that a result cell still holds what the scan wrote: a 16-bit print of each
 * written cell, kept per column with the scan's record. At Clear the column's cells as they are now
 * are printed again and aligned with the record (a diff, so rows inserted or deleted since are
 * followed): a cell that lines up with its print is ours; a cell in an inserted row, or one the user
 * typed over, is not, and stays.
 */

/** Result columns printed up to this many rows; a longer ledger is proved column by column (its header). */
export const PRINT_MAX_ROWS = 20_000;
// Past this many differences the alignment gives up and the column is proved by its header alone.
const MAX_EDITS = 2_000;

/**
 * The print of a cell's value as Excel reads it back (a quote prefix the writer added is not part
 * of the value): FNV-1a over its text, folded to 16 bits.
 *
 * @example
 * cellPrint("'=1+2") === cellPrint("=1+2") //=> true
 */
export function cellPrint(value: unknown): number {
  const text = typeof value === "string" ? (value.startsWith("'") ? value.slice(1) : value) : String(value ?? "");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/**
 * A column of prints as text for the record (base64 of the 16-bit values).
 *
 * @example
 * decodePrints(encodePrints([1, 65535])) //=> [1, 65535]
 */
export function encodePrints(prints: readonly number[]): string {
  let binary = "";
  for (const print of prints) binary += String.fromCharCode(print >>> 8, print & 0xff);
  return btoa(binary);
}

export function decodePrints(text: string): number[] {
  const binary = atob(text);
  const prints: number[] = [];
  for (let i = 0; i + 1 < binary.length; i += 2) prints.push((binary.charCodeAt(i) << 8) | binary.charCodeAt(i + 1));
  return prints;
}

/**
 * Which of a column's cells, as they are now, are the scan's own: aligned with the recorded prints
 * (so inserted and deleted rows are followed); `undefined` when they differ too much to align.
 *
 * @example
 * ownCells([1, 2, 3], [1, 9, 2, 3]) //=> [true, false, true, true]   (a row inserted after the first)
 */
export function ownCells(recorded: readonly number[], current: readonly number[]): boolean[] | undefined {
  return alignedRows(recorded, current)?.map((row) => row >= 0);
}

/**
 * For each of a column's cells as they are now, the index of the written cell it lines up with,
 * or -1 (a cell in a row inserted since, or typed over); `undefined` when too different to align.
 *
 * @example
 * alignedRows([1, 2, 3], [1, 9, 2, 3]) //=> [0, -1, 1, 2]
 */
export function alignedRows(recorded: readonly number[], current: readonly number[]): number[] | undefined {
  const changes = diffArrays(recorded as number[], current as number[], { maxEditLength: MAX_EDITS });
  if (!changes) return undefined;
  const rows: number[] = [];
  // Written cells the diff found missing, by print: a row moved elsewhere in the block shows as
  // removed here and added there, and is still ours.
  const missing = new Map<number, number[]>();
  let written = 0;
  for (const change of changes) {
    if (change.removed) {
      for (let k = 0; k < change.count; k++) {
        const print = recorded[written];
        missing.set(print, [...(missing.get(print) ?? []), written++]);
      }
      continue;
    }
    for (let k = 0; k < change.count; k++) rows.push(change.added ? -1 : written++);
  }
  rows.forEach((row, i) => {
    if (row >= 0) return;
    const moved = missing.get(current[i]);
    if (moved?.length) rows[i] = moved.shift()!;
  });
  return rows;
}

/** Number formats of a column as runs: [format, how many rows]. */
export type FormatRuns = readonly (readonly [string, number])[];

/**
 * Appends a column's formats to its runs.
 *
 * @example
 * addFormatRuns([["General", 2]], ["General", "0"]) //=> [["General", 3], ["0", 1]]
 */
export function addFormatRuns(runs: [string, number][], formats: readonly unknown[]): [string, number][] {
  for (const format of formats) {
    const text = typeof format === "string" ? format : "General";
    const last = runs[runs.length - 1];
    if (last && last[0] === text) last[1]++;
    else runs.push([text, 1]);
  }
  return runs;
}

/**
 * The format of row `index` (0-based) in runs; General past their end.
 *
 * @example
 * formatAt([["General", 2], ["0", 1]], 2) //=> "0"
 */
export function formatAt(runs: FormatRuns | undefined, index: number): string {
  if (!runs || index < 0) return "General";
  let start = 0;
  for (const [format, count] of runs) {
    if (index < start + count) return format;
    start += count;
  }
  return "General";
}

/**
 * The formats the cells of a new result block had before any scan: where an earlier scan's block
 * covered them (its cells now hold ours), that scan's record says; elsewhere, what was just read.
 *
 * @example
 * formatsBefore({ r0: 0, rows: 2 }, [["@", 2]], { r0: 0, runs: [["General", 5]] }) //=> [["General", 2]]
 */
export function formatsBefore(
  block: { readonly r0: number; readonly rows: number },
  read: FormatRuns,
  earlier: { readonly r0: number; readonly runs: FormatRuns } | undefined,
): [string, number][] {
  if (!earlier) return read.map(([format, count]) => [format, count] as [string, number]);
  const runs: [string, number][] = [];
  const earlierRows = earlier.runs.reduce((sum, [, count]) => sum + count, 0);
  for (let i = 0; i < block.rows; i++) {
    const at = block.r0 + i - earlier.r0;
    addFormatRuns(runs, [at >= 0 && at < earlierRows ? formatAt(earlier.runs, at) : formatAt(read, i)]);
  }
  return runs;
}
