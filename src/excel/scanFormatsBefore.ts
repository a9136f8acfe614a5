import type { CellBlock } from "./a1Address";
import { addFormatRuns, formatAt, formatsBefore, PRINT_MAX_ROWS } from "./cellPrints";
import type { OwnedScan } from "./ownedScans";

/* The number formats a scan records from before it wrote, so Clear can give them back: read from
   the target, or taken from an earlier scan's record where that scan's cells (or the formats they
   lent to inserted rows and columns) now stand. */

function sameBlock(a: CellBlock, b: CellBlock): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/**
 * The formats the result cells had before any scan wrote there: where the earlier scan's columns
 * were (they now hold ours), its record; elsewhere, what was read. Past PRINT_MAX_ROWS the earlier
 * record is taken only for the very same block.
 */
export function formatsOfTarget(
  result: CellBlock,
  header: readonly unknown[],
  read: [string, number][][],
  previous: OwnedScan | undefined,
): OwnedScan["formats"] {
  const earlier = previous && !previous.table && previous.result.c0 === result.c0 ? previous.formats : undefined;
  const rows = result.r1 - result.r0;
  if (earlier && (rows > PRINT_MAX_ROWS || sameBlock(previous!.result, result))) return earlier;
  return {
    header: earlier && previous!.result.r0 === result.r0 ? earlier.header : header.map(String),
    columns: read.map((runs, k) =>
      formatsBefore(
        { r0: result.r0 + 1, rows },
        runs,
        earlier ? { r0: previous!.result.r0 + 1, runs: earlier.columns[k] ?? [] } : undefined,
      ),
    ),
  };
}

/**
 * The target's formats before the scan, with every cell an earlier scan wrote (or lent its format
 * to) given the format that scan recorded from before it: what was read there is ours, not the
 * user's. Past PRINT_MAX_ROWS the formats stay as they are.
 */
export function withFormatsBefore(
  formats: OwnedScan["formats"],
  result: CellBlock,
  before: ReadonlyMap<string, string>,
): OwnedScan["formats"] {
  const rows = result.r1 - result.r0;
  if (!formats || before.size === 0 || rows > PRINT_MAX_ROWS) return formats;
  const at = (r: number, c: number) => before.get(`${r},${c}`);
  return {
    header: formats.header.map((format, k) => at(result.r0, result.c0 + k) ?? format),
    columns: formats.columns.map((runs, k) => {
      const out: [string, number][] = [];
      for (let i = 0; i < rows; i++) addFormatRuns(out, [at(result.r0 + 1 + i, result.c0 + k) ?? formatAt(runs, i)]);
      return out;
    }),
  };
}
