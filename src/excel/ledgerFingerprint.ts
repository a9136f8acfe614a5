import type { LedgerMapping } from "../core/ledger/ledgerFields";
import { syncBlock } from "./payloadBudget";

/*
 * Whether the scan's results are still the ledger's: at scan time the adapter records a
 * fingerprint of the ledger — its data rows down to the last one with a value in a mapped column,
 * and a hash of those columns' values — and the pane asks again when it gets focus. Only the
 * mapped columns count, so the scan's own result columns and highlights, or a note typed beside
 * the ledger, never make it stale; an edited amount, date or customer, or a row appended, does.
 * Large ledgers hash their first and last rows only (FULL_HASH_ROWS), so the check stays cheap.
 */

/** Up to this many data rows every mapped cell is hashed; past it, the first and last HASH_EDGE_ROWS rows. */
export const FULL_HASH_ROWS = 100_000;
const HASH_EDGE_ROWS = 20_000;
/** Cells per read at first (mapped columns only); a response over Excel's 5 MB halves the block. */
const READ_BLOCK_CELLS = 100_000;

/** What the ledger was when it was scanned. */
export interface LedgerFingerprint {
  readonly sheet: string;
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based sheet columns of the mapped fields, ascending. */
  readonly columns: readonly number[];
  /** Data rows down to the last with a value in a mapped column. */
  readonly rows: number;
  /** Hash of the mapped cells' values (two 32-bit FNV-1a hashes, hex). */
  readonly hash: string;
}

/** How the ledger compares with the scan's fingerprint. */
export type LedgerFreshness =
  | { readonly kind: "fresh" }
  /** `added`/`removed`: the rows counted differ; `edited`: same rows, other values; `gone`: the sheet is gone. */
  | {
      readonly kind: "stale";
      readonly change: "added" | "removed" | "edited" | "gone";
      readonly rowsThen: number;
      readonly rowsNow: number;
    };

/**
 * The sheet columns of the fields mapped to ledger columns (a field the scan made, past
 * `columnCount`, has no column on the sheet).
 *
 * @example
 * fingerprintColumns({ customer: 0, amount: 4, status: 9 }, 2, 8) //=> [2, 6]
 */
export function fingerprintColumns(mapping: LedgerMapping, firstColumn: number, columnCount: number): number[] {
  const columns = new Set<number>();
  for (const index of Object.values(mapping)) {
    if (typeof index === "number" && index >= 0 && index < columnCount) columns.add(firstColumn + index);
  }
  return [...columns].sort((a, b) => a - b);
}

/** FNV-1a over a cell's type and value, in two lanes (different offsets) for a 64-bit hash. */
class CellHash {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  add(text: string): void {
    let a = this.a,
      b = this.b;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
    this.a = a;
    this.b = b;
  }
  get hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

const isBlank = (value: unknown) => value === "" || value === null || value === undefined;

/**
 * Reads the ledger's mapped columns and fingerprints them. Syncs: one for the used range, then
 * one per READ_BLOCK_ROWS rows read.
 *
 * @returns the fingerprint, or null when the sheet is gone
 * @example
 * await readLedgerFingerprint(context, { sheet: "Sheet1", headerRow: 0, columns: [0, 3, 4] }) //=> { rows: 8, hash: "…", … }
 */
export async function readLedgerFingerprint(
  context: Excel.RequestContext,
  at: Pick<LedgerFingerprint, "sheet" | "headerRow" | "columns">,
): Promise<LedgerFingerprint | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(at.sheet).load("name");
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "rowCount"]);
  await context.sync();
  const firstData = at.headerRow + 1;
  const lastUsed = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
  const total = Math.max(0, lastUsed - at.headerRow);
  // The row blocks to read: all, or the first and last HASH_EDGE_ROWS of a large ledger.
  const spans: [number, number][] =
    total <= FULL_HASH_ROWS
      ? [[0, total]]
      : [
          [0, HASH_EDGE_ROWS],
          [total - HASH_EDGE_ROWS, total],
        ];
  // Each row's hash input is kept per block until the last filled row is known: trailing rows with no
  // mapped value (a note below the ledger in another column) are no part of the ledger.
  const hash = new CellHash();
  let rows = 0;
  let pending: string[] = [];
  let blockRows = Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, at.columns.length)));
  for (const [from, to] of spans) {
    for (let start = from; start < to; start += blockRows) {
      const count = Math.min(blockRows, to - start);
      const ranges = at.columns.map((c) => sheet.getRangeByIndexes(firstData + start, c, count, 1).load("values"));
      // Long texts (names of hundreds of characters) can make a block's response too large: read it in halves.
      if (!(await syncBlock(context, count))) {
        blockRows = Math.max(1, Math.floor(count / 2));
        start -= blockRows;
        continue;
      }
      for (let r = 0; r < count; r++) {
        let filled = false;
        let text = "";
        for (const range of ranges) {
          const value = range.values[r]?.[0];
          if (!isBlank(value)) filled = true;
          text += `${typeof value === "number" ? "n" : typeof value === "boolean" ? "b" : "s"}${String(value ?? "")}\u0001`;
        }
        pending.push(text);
        if (filled) {
          for (const line of pending) hash.add(line);
          pending = [];
          rows = start + r + 1;
        }
      }
    }
  }
  return { sheet: at.sheet, headerRow: at.headerRow, columns: at.columns, rows, hash: `${rows}:${hash.hex}` };
}

/**
 * Compares the ledger now with its fingerprint at scan time.
 *
 * @example
 * await ledgerFreshness(context, fingerprint) //=> { kind: "stale", change: "added", rowsThen: 8, rowsNow: 9 }
 */
export async function ledgerFreshness(context: Excel.RequestContext, then: LedgerFingerprint): Promise<LedgerFreshness> {
  const now = await readLedgerFingerprint(context, then);
  if (now === null) return { kind: "stale", change: "gone", rowsThen: then.rows, rowsNow: 0 };
  if (now.hash === then.hash) return { kind: "fresh" };
  const change = now.rows > then.rows ? "added" : now.rows < then.rows ? "removed" : "edited";
  return { kind: "stale", change, rowsThen: then.rows, rowsNow: now.rows };
}
