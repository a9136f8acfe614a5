import { ACTIVITY_HEADERS, activityColumnsOf } from "../core/activity/activityHeaders";
import { ACTIVITY_MESSAGES as M } from "../core/activity/activityMessages";
import { ACTIVITY_DATE_COLUMNS, ACTIVITY_NUMBER_COLUMNS, activityRowValues } from "../core/activity/activityRowValues";
import {
  ACTIVITY_COLUMNS,
  type ActivityColumn,
  type ActivityRegister,
  type NewActivityRow,
} from "../core/activity/activityTypes";
import { parseActivityRows } from "../core/activity/parseActivityRows";
import type { DateSystem } from "../core/dates/excelSerial";
import { fail, type Result } from "../core/failure";
import type { Language } from "../core/language";
import type { ExcelRunner } from "./excelRunner";
import { ACTIVITY_SHEET, ACTIVITY_TABLE } from "./activitySheet";
import { probeActivityRegister } from "./readActivityBlocks";
import { safeText } from "./textCell";

/*
 * The activity register: an Excel table named ARActivity on the `AR Activity` sheet, one row per
 * reminder, call, promise, dispute or note. The add-in creates the sheet and appends rows; the
 * analyst may edit, reorder columns, rename headers to the other language, or type rows by hand:
 * the register is read by its header texts, not by position.
 */

export { ACTIVITY_SHEET, ACTIVITY_TABLE } from "./activitySheet";

/** What appending did: rows written and where the register is. */
export type AppendOutcome = { readonly kind: "done"; readonly rowsWritten: number; readonly created: boolean };

/**
 * The number format each column's new cells get: dates as yyyy-mm-dd, numbers as numbers, texts
 * as text ("@", so an invoice number 0001 stays 0001), set before the values are written.
 */
function formatOf(column: ActivityColumn | undefined): string {
  if (column !== undefined && ACTIVITY_DATE_COLUMNS.has(column)) return "yyyy-mm-dd";
  if (column !== undefined && ACTIVITY_NUMBER_COLUMNS.has(column)) return "General";
  return "@";
}

/** Texts formula-safe (safeText); dates and numbers as they are. */
function cellsOf(rows: readonly NewActivityRow[], columns: readonly (ActivityColumn | undefined)[], language: Language) {
  // A column the register does not know (added by hand) is given a stand-in, then blanked.
  const known = columns.map((column) => column ?? "reason");
  return rows.map((row) =>
    activityRowValues(row, known, language).map((value, j) =>
      columns[j] === undefined ? "" : typeof value === "string" ? safeText(value) : value,
    ),
  );
}

/**
 * Appends rows to the register, creating the sheet and its table (headers in `language`) on the
 * first call (two or three syncs). Columns are matched by header, so a register whose columns a person
 * reordered or renamed (English or Chinese) gets each value under its own header; a column the
 * person added gets a blank. A sheet of that name that holds other cells and no table is left
 * alone and reported.
 *
 * @example
 * await appendActivityRows(runner, [{ date: 45846, customer: "Acme", kind: "reminder", level: 2 }], "en")
 * //=> { kind: "done", rowsWritten: 1, created: true }
 */
export async function appendActivityRows(
  runner: ExcelRunner,
  rows: readonly NewActivityRow[],
  language: Language,
): Promise<Result<AppendOutcome>> {
  return runner.run({ mergeUndoGroup: runner.supportsExcelApi("1.20") }, (context) =>
    appendActivityRowsIn(context, rows, language),
  );
}

/**
 * appendActivityRows inside a run of the caller's (the scan logs its broken promises in its own
 * run, so they are one undo step with it).
 */
export async function appendActivityRowsIn(
  context: Excel.RequestContext,
  rows: readonly NewActivityRow[],
  language: Language,
): Promise<Result<AppendOutcome>> {
  const table = context.workbook.tables.getItemOrNullObject(ACTIVITY_TABLE);
  const sheet = context.workbook.worksheets.getItemOrNullObject(ACTIVITY_SHEET);
  await context.sync();

  if (table.isNullObject) {
    if (!sheet.isNullObject) {
      const used = sheet.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      if (!used.isNullObject) return fail("unreadable", M.sheetTaken({ sheet: ACTIVITY_SHEET }));
    }
    const target = sheet.isNullObject ? context.workbook.worksheets.add(ACTIVITY_SHEET) : sheet;
    const columns = [...ACTIVITY_COLUMNS];
    // A table needs a data row: the header and the first rows are written, then made a table.
    const block = target.getRangeByIndexes(0, 0, 1 + rows.length, columns.length);
    const header = target.getRangeByIndexes(0, 0, 1, columns.length);
    header.numberFormat = [columns.map(() => "@")];
    header.values = [columns.map((column) => ACTIVITY_HEADERS[language][column])];
    if (rows.length > 0) {
      const body = target.getRangeByIndexes(1, 0, rows.length, columns.length);
      body.numberFormat = rows.map(() => columns.map(formatOf));
      body.values = cellsOf(rows, columns, language);
    }
    block.load("address");
    await context.sync();
    const made = context.workbook.tables.add(block.address, true);
    made.name = ACTIVITY_TABLE;
    await context.sync();
    return { kind: "done", rowsWritten: rows.length, created: true };
  }

  if (rows.length === 0) return { kind: "done", rowsWritten: 0, created: false };
  const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const header = table.getHeaderRowRange().load("values");
  await context.sync();
  const found = activityColumnsOf(header.values[0] ?? []);
  const columns: (ActivityColumn | undefined)[] = Array.from({ length: range.columnCount }, () => undefined);
  for (const [column, index] of found) columns[index] = column;
  // Blank rows first, then formats, then values: text columns are text before anything lands.
  table.rows.add(
    undefined,
    rows.map(() => columns.map(() => "")),
  );
  const body = table.worksheet.getRangeByIndexes(
    range.rowIndex + range.rowCount,
    range.columnIndex,
    rows.length,
    range.columnCount,
  );
  body.numberFormat = rows.map(() => columns.map(formatOf));
  body.values = cellsOf(rows, columns, language);
  await context.sync();
  return { kind: "done", rowsWritten: rows.length, created: false };
}

/**
 * Reads the register: the ARActivity table, else (a register a person made without a table) the
 * used range of the `AR Activity` sheet; null when there is neither. Rows typed by hand are read
 * as the add-in's own (parseActivityRows); a row that cannot be read is listed, never thrown.
 * Read in blocks of about 2 MB (readActivityBlocks.ts), as the scan reads it: two syncs to find
 * it, then one per block.
 *
 * @example
 * await readActivityRegister(runner, 1900) //=> { entries: [...], issues: [] }
 */
export async function readActivityRegister(runner: ExcelRunner, system: DateSystem): Promise<Result<ActivityRegister> | null> {
  return runner.run({}, async (context) => {
    const probe = probeActivityRegister(context);
    await context.sync();
    probe.queueBounds();
    await context.sync();
    const read = await probe.readValues(context);
    return read === null || read === "cancelled" ? null : parseActivityRows(read.values, system);
  });
}
