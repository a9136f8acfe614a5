import type { Ladder } from "../core/dunning/ladderPresets";
import { parseLadderTable } from "../core/dunning/parseLadderTable";
import { resolveLadder } from "../core/dunning/resolveLadder";
import { fail, isFailure, type Result } from "../core/failure";
import { columnIndexOf } from "../core/report/cellAddress";
import type { CellBlock } from "./a1Address";
import { EXCEL_MESSAGES as M } from "./excelMessages";

/*
 * A dunning ladder the analyst keeps on a sheet, given by address: a block (Ladder!A1:B6), whole
 * columns (Ladder!A:B), whole rows or the whole sheet (Ladder!A1:XFD1048576). Only the part of the
 * range that holds values is read — a whole sheet is 17 billion cells, a whole column a million
 * rows — and every way a ladder can be wrong has its own message naming the range.
 */

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** One side of an A1 range: a cell (B2), a column (B) or a row (2), `$` allowed. */
const REF = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

interface Ref {
  readonly row?: number;
  readonly column?: number;
}

function readRef(text: string): Ref | undefined {
  const match = REF.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const column = match[1] === undefined ? undefined : columnIndexOf(match[1]);
  const row = match[2] === undefined ? undefined : Number(match[2]) - 1;
  if ((match[1] !== undefined && column === undefined) || (row !== undefined && (row < 0 || row >= MAX_ROWS))) return undefined;
  return { row, column };
}

/**
 * The block a ladder address names: a block, whole columns, whole rows or the whole sheet, on
 * `defaultSheet` when the address names none. A one-column range (more than one cell) is refused:
 * a ladder needs the days and the action side by side.
 *
 * @returns the block (0-based, inclusive), or a failure saying what is wrong with the address
 * @example
 * parseLadderAddress("Ladder!A:B", "Sheet1") //=> { sheet: "Ladder", r0: 0, c0: 0, r1: 1048575, c1: 1 }
 */
export function parseLadderAddress(address: string, defaultSheet: string): Result<CellBlock> {
  const unreadable = fail("unreadable", M.ladderAddressUnreadable({ address }));
  let sheet = defaultSheet;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang).trim();
    if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(":");
  if (sheet === "" || parts.length > 2) return unreadable;
  const first = readRef(parts[0]);
  const last = readRef(parts[1] ?? parts[0]);
  if (!first || !last) return unreadable;
  const kind = (ref: Ref) => (ref.row === undefined ? "columns" : ref.column === undefined ? "rows" : "cells");
  // "B" or "2" alone is no range; "A1:C" mixes a cell with a column.
  if (kind(first) !== kind(last) || (parts.length === 1 && kind(first) !== "cells")) return unreadable;
  const r0 = first.row ?? 0;
  const r1 = last.row ?? MAX_ROWS - 1;
  const c0 = first.column ?? 0;
  const c1 = last.column ?? MAX_COLUMNS - 1;
  const block = { sheet, r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  if (block.c0 === block.c1 && block.r0 !== block.r1) return fail("unreadable", M.ladderOneColumn({ address }));
  return block;
}

/**
 * Queues the read of a ladder block: the part of it that holds values (Range.getUsedRangeOrNullObject
 * with valuesOnly), so a whole-sheet or whole-column address loads a few cells, not millions.
 * Load it in a sync the caller makes anyway, then hand it to `ladderFromRange`.
 *
 * @example
 * const used = queueLadderRead(sheet, block); await context.sync(); ladderFromRange(used, block, "Ladder!A:B")
 */
export function queueLadderRead(sheet: Excel.Worksheet, block: CellBlock): Excel.Range {
  return sheet
    .getRangeByIndexes(block.r0, block.c0, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1)
    .getUsedRangeOrNullObject(true)
    .load(["values", "rowIndex", "columnIndex"]);
}

/**
 * The ladder in a block's used part. Its columns are placed as they stand in the block (a ladder in
 * B:C of a range A:C has an empty days column), and messages give sheet row numbers. A one-cell
 * block is a preset name, as a one-cell AR.NEXTACTION ladder is.
 *
 * @param used - the range `queueLadderRead` loaded (a null object when the block is empty)
 * @param block - the block the address named
 * @param address - the address as the analyst wrote it, for messages
 * @example
 * ladderFromRange(used, { sheet: "Ladder", r0: 0, c0: 0, r1: 1048575, c1: 1 }, "Ladder!A:B").rungs.length //=> 4
 */
export function ladderFromRange(
  used: Pick<Excel.Range, "isNullObject" | "values" | "rowIndex" | "columnIndex">,
  block: CellBlock,
  address: string,
): Result<Ladder> {
  if (used.isNullObject) return fail("missing", M.ladderRangeEmpty({ address }));
  const single = block.r0 === block.r1 && block.c0 === block.c1;
  const pad = new Array<null>(Math.max(0, used.columnIndex - block.c0)).fill(null);
  const table = pad.length === 0 ? used.values : used.values.map((row) => [...pad, ...row]);
  const ladder = single ? resolveLadder(table) : parseLadderTable(table, "custom", used.rowIndex + 1);
  if (!isFailure(ladder)) return ladder;
  if (ladder.text.key === "rangeEmpty") return fail("missing", M.ladderRangeEmpty({ address }));
  // The rung's own message (sheet row and what is wrong), with the range it is in.
  const text = M.ladderRangeRow({ address, inner: ladder.text });
  return { ...ladder, message: text.en, text };
}
