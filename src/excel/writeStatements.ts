import type { DateSystem } from "../core/dates/excelSerial";
import type { Language } from "../core/language";
import { statementGrid } from "../core/statements/statementGrid";
import type { Statement } from "../core/statements/statementTypes";
import { writeOwnedTextSheet } from "./ownedTextSheet";

/** The sheet `Write statements` creates. */
export const STATEMENTS_SHEET = "Statements";
/** The workbook name that follows the last write's block as rows and columns move. */
const STATEMENTS_NAME = "ARCreditDesk_Statements";
/** Workbook setting recording the cells the last write put on the Statements sheet (an OwnedTextBlock record, ownedTextSheet.ts). */
export const OWNED_STATEMENTS_KEY = "arCreditDesk.ownedStatements";
const WHERE = { sheet: STATEMENTS_SHEET, name: STATEMENTS_NAME, settingKey: OWNED_STATEMENTS_KEY };
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
 * block is owned as every add-in text sheet is (ownedTextSheet.ts, shared with Reminders): a
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
  const laid = statementGrid(request.statements, { language: request.language, dateSystem: request.dateSystem });
  // Every row as wide as the widest (the aging footer's), so the block is one rectangle.
  const grid = laid.rows.map((row) => [...row, ...Array<string>(Math.max(0, laid.columns - row.length)).fill("")]);
  let paged = false;
  const written = await writeOwnedTextSheet(context, supportsExcelApi, WHERE, grid, (sheet, block, top, left) => {
    paged = queueStatementPages(
      sheet,
      supportsExcelApi,
      block,
      laid.starts.slice(1).map((r) => top + r),
      left,
    );
  });
  if (written.kind === "occupied") return written;
  return { kind: "done", address: written.address, customers: request.statements.length, paged };
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
