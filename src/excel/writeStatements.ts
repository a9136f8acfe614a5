import type { DateSystem } from "../core/dates/excelSerial";
import type { Language } from "../core/language";
import { statementGrid } from "../core/statements/statementGrid";
import type { Statement } from "../core/statements/statementTypes";
import { blockAddress, cellAddress, type CellBlock } from "./a1Address";
import { safeText } from "./textCell";
import { queueReadTracked, queueTrackRange, queueUntrack } from "./trackedRanges";
import { suspendCalculation } from "./writeScanResults";
import { firstForeignCell, ownCells, parseOwnedReminders, textHash, type OwnedReminders } from "./writeReminders";

/** The sheet `Write statements` creates. */
export const STATEMENTS_SHEET = "Statements";
/** The workbook name that follows the last write's block as rows and columns move. */
const STATEMENTS_NAME = "ARCreditDesk_Statements";
/** Workbook setting recording the cells the last write put on the Statements sheet (an OwnedReminders record). */
export const OWNED_STATEMENTS_KEY = "arCreditDesk.ownedStatements";
/** Page breaks and print areas came with ExcelApi 1.9. */
const PAGE_LAYOUT_API = "1.9";

export interface StatementsRequest {
  /** One statement per customer (buildStatements), written in this order. */
  readonly statements: readonly Statement[];
  readonly language: Language;
  /** @default 1900 */
  readonly dateSystem?: DateSystem;
}

export type StatementsOutcome =
  | {
      readonly kind: "done";
      readonly address: string;
      readonly customers: number;
      /** Whether the page breaks and the print area were set (ExcelApi 1.9 hosts). */
      readonly paged: boolean;
    }
  /** Nothing was written: `address` holds `value`, which the add-in did not write (or wrote and was edited since, `edited`). */
  | { readonly kind: "occupied"; readonly address: string; readonly value: string; readonly edited: boolean };

/** The page-layout parts of a worksheet, absent on hosts (and test hosts) without them. */
type PageLayoutParts = Partial<Pick<Excel.Worksheet, "horizontalPageBreaks" | "pageLayout">>;

/**
 * Writes the Statements sheet: the statements one below another (statementGrid), every cell text
 * ("@" set before the values, and `safeText`, so a customer named `=HYPERLINK(…)` stays text). The
 * block is owned as the Reminders sheet's is (writeReminders.ts, whose helpers this reuses): a
 * workbook name follows it, a setting keeps a hash of every cell, and a refresh replaces only the
 * cells the last write put there and left untouched, refusing — writing nothing — when anything
 * else is in the target area. Where the host has page layout (ExcelApi 1.9), each customer after
 * the first starts a new page and the print area is the block.
 *
 * @example
 * await writeStatements(context, supports, { statements, language: "en" })
 * //=> { kind: "done", address: "Statements!A1:G25", customers: 2, paged: true }
 */
export async function writeStatements(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  request: StatementsRequest,
): Promise<StatementsOutcome> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_STATEMENTS_KEY).load("value");
  const existing = context.workbook.worksheets.getItemOrNullObject(STATEMENTS_SHEET);
  const readTracked = queueReadTracked(context, [STATEMENTS_NAME]);
  await context.sync();
  const tracked = readTracked();

  const laid = statementGrid(request.statements, { language: request.language, dateSystem: request.dateSystem });
  const grid = laid.rows;
  const columns = laid.columns;
  let sheet: Excel.Worksheet;
  let top = 0;
  let left = 0;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(STATEMENTS_SHEET);
  } else {
    sheet = existing;
    const record = setting.isNullObject ? null : parseOwnedReminders(setting.value);
    const owned = record !== null && record.sheet.toLowerCase() === STATEMENTS_SHEET.toLowerCase() ? record : null;
    // The last block as it is now, through its name; none when its cells were all deleted.
    const now = tracked.blocks[0];
    const old: CellBlock | null = owned && now && now.sheet.toLowerCase() === STATEMENTS_SHEET.toLowerCase() ? now : null;
    [top, left] = old ? [old.r0, old.c0] : [0, 0];
    const oldRows = old ? old.r1 - old.r0 + 1 : 0;
    const oldColumns = old ? old.c1 - old.c0 + 1 : 0;
    const target = sheet
      .getRangeByIndexes(top, left, Math.max(grid.length, oldRows), Math.max(columns, oldColumns))
      .load("values, formulas");
    await context.sync();
    const ours = owned && old ? ownCells(target.values, target.formulas, owned, oldRows, oldColumns) : [];
    const blocked = firstForeignCell(
      target.values,
      target.formulas,
      ours,
      oldRows === owned?.rows && oldColumns === owned?.columns,
    );
    if (blocked !== null) {
      return {
        kind: "occupied",
        address: cellAddress(STATEMENTS_SHEET, top + blocked.row, left + blocked.column),
        ...blocked.why,
      };
    }
    // What the last write had beyond this one (rows below, columns right): emptied, back to General.
    if (oldRows > grid.length)
      clearToGeneral(sheet.getRangeByIndexes(top + grid.length, left, oldRows - grid.length, oldColumns));
    if (oldColumns > columns) {
      clearToGeneral(sheet.getRangeByIndexes(top, left + columns, Math.min(oldRows, grid.length), oldColumns - columns));
    }
  }

  const block = sheet.getRangeByIndexes(top, left, grid.length, columns);
  // Text format first, so the values land in "@" cells and stay text.
  (block as unknown as { numberFormat: string }).numberFormat = "@";
  suspendCalculation(context, supportsExcelApi);
  block.values = grid.map((row) => row.map(safeText));
  const record: OwnedReminders = {
    sheet: STATEMENTS_SHEET,
    rows: grid.length,
    columns,
    hashes: grid.map((row) => row.map(textHash).join(",")).join(","),
    name: STATEMENTS_NAME,
  };
  context.workbook.settings.add(OWNED_STATEMENTS_KEY, JSON.stringify(record));
  queueUntrack(context, tracked.existing);
  queueTrackRange(context, STATEMENTS_NAME, block);
  const paged = queueStatementPages(
    sheet,
    supportsExcelApi,
    block,
    laid.starts.slice(1).map((r) => top + r),
    left,
  );
  sheet.activate();
  await context.sync();
  const address = blockAddress({ sheet: STATEMENTS_SHEET, r0: top, c0: left, r1: top + grid.length - 1, c1: left + columns - 1 });
  return { kind: "done", address, customers: request.statements.length, paged };
}

/**
 * A page break above each customer after the first, and the block as the print area. The sheet is
 * the add-in's own, so its earlier page breaks (the last write's) are removed first. Guarded by
 * the API version and by the objects being there at all.
 */
export function queueStatementPages(
  sheet: Excel.Worksheet,
  supportsExcelApi: (version: string) => boolean,
  block: Excel.Range,
  breakRows: readonly number[],
  left: number,
): boolean {
  const parts = sheet as PageLayoutParts;
  if (!supportsExcelApi(PAGE_LAYOUT_API) || !parts.horizontalPageBreaks || !parts.pageLayout) return false;
  parts.horizontalPageBreaks.removePageBreaks();
  for (const row of breakRows) parts.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, left, 1, 1));
  parts.pageLayout.setPrintArea(block);
  return true;
}

function clearToGeneral(range: Excel.Range): void {
  range.clear("Contents");
  (range as unknown as { numberFormat: string }).numberFormat = "General";
}
