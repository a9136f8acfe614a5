import { cellAddress, type CellBlock } from "./a1Address";
import { blockContains } from "./ownedScans";
import { addFormatRuns } from "./cellPrints";
import { FIRST_BLOCK_ROWS, rowsPerBlock, sampledRowBytes, syncBlock } from "./payloadBudget";

/** A target cell that holds something the add-in did not write. */
export interface OccupiedCell {
  readonly address: string;
  readonly value: string;
}

export interface ReadLedgerOptions {
  readonly sheet: Excel.Worksheet;
  /** The ledger's data rows (header excluded). */
  readonly data: CellBlock;
  /** The result columns over the same rows: read alongside to check they are free. */
  readonly target: CellBlock;
  /** Result blocks earlier scans wrote: their cells are the add-in's own. */
  readonly owned: readonly CellBlock[];
  /** Extra loads to send with the first block (saves a sync). */
  readonly withFirstBlock?: () => void;
  /** A check on those loads, run once the first block is in (e.g. the result header cells). */
  readonly checkFirstBlock?: () => OccupiedCell | undefined;
  readonly onRows?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export type ReadLedgerResult =
  | {
      readonly kind: "rows";
      readonly rows: unknown[][];
      readonly syncs: number;
      /** The result cells' number formats before anything is written, per column as runs. */
      readonly targetFormats: [string, number][][];
    }
  | { readonly kind: "occupied"; readonly cell: OccupiedCell }
  | { readonly kind: "cancelled" };

/**
 * The first target cell, row by row, that holds a value the add-in did not write, or undefined.
 *
 * @example
 * findOccupied([["", "note"]], { sheet: "Sheet1", r0: 4, c0: 7, r1: 4, c1: 8 }, []) //=> { address: "Sheet1!I5", value: "note" }
 */
export function findOccupied(
  values: readonly (readonly unknown[])[],
  block: CellBlock,
  owned: readonly CellBlock[],
  formulas?: readonly (readonly unknown[])[],
): OccupiedCell | undefined {
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let j = 0; j < row.length; j++) {
      // A formula that shows nothing (="" or =IF(…,"")) is the user's all the same.
      const formula = formulas?.[i]?.[j];
      const cell = typeof formula === "string" && formula.startsWith("=") ? formula : row[j];
      if (cell === "" || cell === null || cell === undefined) continue;
      const r = block.r0 + i,
        c = block.c0 + j;
      if (owned.some((b) => blockContains(b, block.sheet, r, c))) continue;
      return { address: cellAddress(block.sheet, r, c), value: String(cell) };
    }
  }
  return undefined;
}

/**
 * Reads the ledger's rows in blocks, one sync each, sized from the bytes the rows actually take so
 * a request stays near 2 MB (far under Excel on the web's 5 MB); a block refused for its size is
 * retried at a quarter of the rows. The result columns are read in the same sync and checked:
 * the first cell holding user data stops the read.
 */
export async function readLedgerRows(context: Excel.RequestContext, options: ReadLedgerOptions): Promise<ReadLedgerResult> {
  const { sheet, data, target, owned } = options;
  const total = data.r1 - data.r0 + 1;
  const width = data.c1 - data.c0 + 1 + (target.c1 - target.c0 + 1);
  const rows: unknown[][] = [];
  const targetFormats: [string, number][][] = Array.from({ length: target.c1 - target.c0 + 1 }, () => []);
  let next = data.r0;
  let blockRows = FIRST_BLOCK_ROWS;
  let syncs = 0;
  let extras = options.withFirstBlock;
  while (next <= data.r1) {
    if (options.signal?.aborted) return { kind: "cancelled" };
    const count = Math.min(blockRows, data.r1 - next + 1);
    const ledger = sheet.getRangeByIndexes(next, data.c0, count, data.c1 - data.c0 + 1).load("values");
    // Their formats too, so Clear can give them back (a user may have formatted the empty cells).
    const targetRange = sheet
      .getRangeByIndexes(next, target.c0, count, target.c1 - target.c0 + 1)
      .load(["values", "numberFormat", "formulas"]);
    extras?.();
    if (!(await syncBlock(context, count))) {
      blockRows = Math.max(1, Math.floor(count / 4));
      continue;
    }
    syncs++;
    if (extras) {
      extras = undefined;
      const taken = options.checkFirstBlock?.();
      if (taken) return { kind: "occupied", cell: taken };
    }
    const occupied = findOccupied(targetRange.values, { ...target, r0: next, r1: next + count - 1 }, owned, targetRange.formulas);
    if (occupied) return { kind: "occupied", cell: occupied };
    const values = ledger.values;
    for (let i = 0; i < values.length; i++) rows.push(values[i]);
    const formats = targetRange.numberFormat;
    targetFormats.forEach((runs, j) =>
      addFormatRuns(
        runs,
        formats.map((row) => row[j]),
      ),
    );
    next += count;
    blockRows = rowsPerBlock(sampledRowBytes(values) + sampledRowBytes(targetRange.values), width);
    options.onRows?.(next - data.r0, total);
  }
  return { kind: "rows", rows, syncs, targetFormats };
}
