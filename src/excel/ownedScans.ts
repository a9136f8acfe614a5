import type { CellBlock } from "./a1Address";
import { OWNED_SCAN, readStoredList } from "./storedSettings";

/** Workbook setting holding what the scans wrote (see OwnedScan). */
export const OWNED_SCANS_KEY = "arCreditDesk.ownedScans";

/**
 * What one scan wrote, kept in the workbook's settings so a re-scan replaces only it and Clear
 * removes exactly it, even after the workbook was closed and reopened.
 */
export interface OwnedScan {
  readonly sheet: string;
  /** The ledger it scanned, header included (without the result columns). */
  readonly ledger: CellBlock;
  /** The four result columns, header row to last data row. */
  readonly result: CellBlock;
  /** The table whose columns the results are, or null when written beside a plain range. */
  readonly table: string | null;
  /** Names of the table columns the scan added (in order). */
  readonly tableColumns: readonly string[];
  /**
   * Ids Excel gave the conditional formats, and the range they cover. The record is saved before
   * anything is written, with the range and no ids; the ids follow once the formats exist. A record
   * left with a range and no ids (the host failed between the two) is recovered by the formats'
   * rule formulas: see `highlightsUnrecorded`.
   */
  readonly conditionalFormatIds: readonly string[];
  readonly highlight: CellBlock | null;
  /** The header cell holding the as-of note ("I1"), or null when the host has no notes API. */
  readonly noteCell: string | null;
  readonly asOfIso: string;
  /**
   * The key of the workbook names that track the blocks as cells move (trackedBlocks.ts); absent
   * on records written before names were kept, whose blocks are taken as recorded.
   */
  readonly key?: string;
  /**
   * Per result column, the prints of the cells the scan wrote under its header (cellPrints.ts), so
   * Clear takes a cell only while it still holds what was written; absent for tables, for ledgers
   * past PRINT_MAX_ROWS rows and for scans cut off before they finished.
   */
  readonly prints?: readonly string[];
  /**
   * The result cells' number formats before the first scan wrote there (header row, then per column
   * as runs over the data rows), which Clear gives back; absent on older records (General then).
   */
  readonly formats?: { readonly header: readonly string[]; readonly columns: readonly (readonly [string, number])[][] };
}

/**
 * Reads the records from a loaded setting value (a JSON string); anything unreadable counts as none,
 * so a damaged setting never blocks the pane.
 *
 * @example
 * parseOwnedScans(undefined) //=> []
 */
export function parseOwnedScans(value: unknown): OwnedScan[] {
  // Through the one schema reader: unreadable records are dropped, never trusted.
  return readStoredList(value, OWNED_SCAN) as OwnedScan[];
}

function isBlock(value: unknown): value is CellBlock {
  const b = value as CellBlock;
  return typeof b === "object" && b !== null && typeof b.sheet === "string" && [b.r0, b.c0, b.r1, b.c1].every(Number.isInteger);
}

/**
 * Whether the scan's highlight formats may be in the workbook without their ids on record: a
 * highlight range but no ids. A finished scan with data rows always records its five ids, so this
 * is a scan cut off after its record was saved (formats added or not), or a scan still writing.
 *
 * @example
 * highlightsUnrecorded({ ...scan, highlight: block, conditionalFormatIds: [] }) //=> true
 */
export function highlightsUnrecorded(scan: OwnedScan): boolean {
  return isBlock(scan.highlight) && scan.conditionalFormatIds.length === 0;
}

/** Whether a cell lies inside a block (same sheet, case-insensitive as Excel's sheet names). */
export function blockContains(block: CellBlock, sheet: string, row: number, column: number): boolean {
  return (
    block.sheet.toLowerCase() === sheet.toLowerCase() &&
    row >= block.r0 &&
    row <= block.r1 &&
    column >= block.c0 &&
    column <= block.c1
  );
}

/** Whether two blocks overlap. */
export function blocksOverlap(a: CellBlock, b: CellBlock): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
