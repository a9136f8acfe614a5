import type { CellBlock } from "./a1Address";

/*
 * Ranges the add-in wrote, followed as the cells move. Each is a workbook-scoped name, which Excel
 * moves and resizes with every inserted, deleted or moved row or column; a writer reads its names
 * back before it clears or rewrites anything, so a row inserted above its block never turns a
 * user's row into "ours". A name whose cells were all deleted (#REF!) reads back as null: that
 * block is gone, and nothing of it is touched. (trackedBlocks.ts does the same for the scans.)
 */

const GEOMETRY = "rowIndex, columnIndex, rowCount, columnCount";

/** What the names read back: each name's block now (null when gone or #REF!), and the names that exist. */
export interface TrackedRead {
  readonly blocks: readonly (CellBlock | null)[];
  /** The names found (a name deleted by hand is not there to delete: deleting it would fail the sync). */
  readonly existing: readonly string[];
}

/** The range of a block on its sheet. */
export function blockRange(context: Excel.RequestContext, block: CellBlock): Excel.Range {
  return context.workbook.worksheets
    .getItem(block.sheet)
    .getRangeByIndexes(block.r0, block.c0, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1);
}

/** Queues a name for `range` (sent with the caller's next sync). The name must not exist yet. */
export function queueTrackRange(context: Excel.RequestContext, name: string, range: Excel.Range): void {
  context.workbook.names.add(name, range);
}

/**
 * Queues the look-up of `names`; the function it returns, called after the caller's next sync,
 * gives each name's block where its cells are now.
 *
 * @example
 * const read = queueReadTracked(context, ["ARCreditDesk_k1_M"]); await context.sync(); read().blocks //=> [{ sheet: "Reminders", r0: 1, … }]
 */
export function queueReadTracked(context: Excel.RequestContext, names: readonly string[]): () => TrackedRead {
  const lookups = names.map((name) => {
    const item = context.workbook.names.getItemOrNullObject(name).load("name");
    const range = item.getRangeOrNullObject();
    range.load(GEOMETRY);
    const sheet = range.worksheet.load("name");
    return { name, item, range, sheet };
  });
  return () => ({
    blocks: lookups.map(({ range, sheet }) =>
      range.isNullObject
        ? null
        : {
            sheet: sheet.name,
            r0: range.rowIndex,
            c0: range.columnIndex,
            r1: range.rowIndex + range.rowCount - 1,
            c1: range.columnIndex + range.columnCount - 1,
          },
    ),
    existing: lookups.filter(({ item }) => !item.isNullObject).map(({ name }) => name),
  });
}

/** Queues the removal of names known to exist (from TrackedRead.existing, or made in this batch). */
export function queueUntrack(context: Excel.RequestContext, names: readonly string[]): void {
  for (const name of names) context.workbook.names.getItem(name).delete();
}

/**
 * Which cells of a tracked block are still the ones recorded: `current` and `recorded` are the
 * cells' fingerprints (row by row). Same shape: cell by cell. Rows (or columns) inserted or deleted
 * inside the block: whole rows (columns) are matched in order, and an inserted one is the user's.
 * Both changed: nothing is proved ours. `matches` compares a cell's print now with the recorded one.
 *
 * @example
 * ownedCells([["a"], ["x"], ["b"]], [["a"], ["b"]]) //=> [[true], [false], [true]]
 */
export function ownedCells(
  current: readonly (readonly string[])[],
  recorded: readonly (readonly string[])[],
  matches: (current: string, recorded: string) => boolean = (a, b) => a === b,
): boolean[][] {
  const rows = current.length,
    columns = current[0]?.length ?? 0;
  const recordedColumns = recorded[0]?.length ?? 0;
  if (rows === recorded.length && columns === recordedColumns)
    return current.map((row, r) => row.map((print, c) => matches(print, recorded[r][c])));
  if (columns === recordedColumns) {
    const rowOwned = alignInOrder(current, recorded, matches);
    return current.map((row, r) => row.map(() => rowOwned[r]));
  }
  if (rows === recorded.length) {
    const columnOwned = alignInOrder(transpose(current), transpose(recorded), matches);
    return current.map((row) => row.map((_, c) => columnOwned[c]));
  }
  return current.map((row) => row.map(() => false));
}

/** Each current line matched, in order, to the next recorded line equal to it (skipping deleted ones). */
function alignInOrder(
  current: readonly (readonly string[])[],
  recorded: readonly (readonly string[])[],
  matches: (current: string, recorded: string) => boolean,
): boolean[] {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => matches(x, b[i]));
  let next = 0;
  return current.map((line) => {
    for (let q = next; q < recorded.length; q++) {
      if (same(line, recorded[q])) {
        next = q + 1;
        return true;
      }
    }
    return false;
  });
}

function transpose(grid: readonly (readonly string[])[]): string[][] {
  return (grid[0] ?? []).map((_, c) => grid.map((row) => row[c]));
}

const REFERENCE = /(?:(?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/g;

/**
 * A formula with every cell reference replaced by "#": what a written formula still is after
 * Excel has adjusted its references for inserted or deleted rows and columns (here or on the ledger).
 *
 * @example
 * formulaShape("=IF(B8=0,0,B9/B8)") //=> "=IF(#=0,0,#/#)"
 */
export function formulaShape(formula: string): string {
  return formula.replace(REFERENCE, "#");
}

/** Clears the cells of `block` that `ours` marks (contents and formats), run by run along each row. */
export function queueClearOwned(sheet: Excel.Worksheet, block: CellBlock, ours: readonly (readonly boolean[])[]): void {
  for (let r = 0; r < ours.length; r++) {
    for (let c = 0; c < ours[r].length; c++) {
      if (!ours[r][c]) continue;
      let end = c;
      while (end + 1 < ours[r].length && ours[r][end + 1]) end++;
      sheet.getRangeByIndexes(block.r0 + r, block.c0 + c, 1, end - c + 1).clear("All");
      c = end;
    }
  }
}
