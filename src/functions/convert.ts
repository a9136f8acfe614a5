/**
 * The one converter between Excel's arguments and core values. An AR.* function is one
 * `defineFunction`: its argument table (name, kind, optional, default, bounds, allowed values) and
 * a pure core computation; blanks and defaults, text dates, amounts, error cells, bounds, shapes
 * and the workbook's date system are handled here once, so a new function is a few lines.
 *
 * This module only gathers the converter's parts, so importers keep one import path:
 * argSpec (the argument table's types), dateSystem (the workbook's date system), readCell (one
 * cell, and the host facts it relies on), readRanges (ranges, ledger columns, tables) and
 * wrapFunctions (`defineFunction`, `elementwise`, `aggregate`, `lastResult`).
 */

export type { ArgKind, ArgSpec, ArgValue, ArgValues, CellValue, ExcelCell } from "./argSpec";
export { rateBounds } from "./argSpec";
export { getDateSystem, setDateSystem } from "./dateSystem";
export { cellError, isBlankCell, readCell } from "./readCell";
export { denseList, readColumns, readRange, readTableRows, toMatrix } from "./readRanges";
export { aggregate, defineFunction, elementwise, isFunctionDefinition, lastResult } from "./wrapFunctions";
export type { Alternative, FunctionDefinition, FunctionMode } from "./wrapFunctions";
