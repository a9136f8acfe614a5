/**
 * The one converter between Excel's arguments and core values. An AR.* function declares its
 * arguments in a table (name, kind, optional) and hands a pure core function to `elementwise` or
 * `aggregate`; blanks, text dates, amounts, error cells, shapes and the workbook's date system are
 * handled here once, so a new function is a few lines.
 *
 * This module only gathers the converter's parts, so importers keep one import path:
 * argSpec (the argument table's types), dateSystem (the workbook's date system), readCell (one
 * cell, and the host facts it relies on), readRanges (ranges, ledger columns, tables) and
 * wrapFunctions (`elementwise`, `aggregate`, `lastResult`).
 */

export type { ArgKind, ArgSpec, ArgValue, ArgValues, CellValue, ExcelCell } from "./argSpec";
export { getDateSystem, setDateSystem } from "./dateSystem";
export { cellError, isBlankCell, readCell } from "./readCell";
export { denseList, readColumns, readRange, readTableRows, toMatrix } from "./readRanges";
export { aggregate, elementwise, lastResult } from "./wrapFunctions";
