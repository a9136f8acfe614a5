import type { ExcelErrorKind, Failure, Result } from "../core/failure";
import { failureText, isFailure } from "../core/failure";
import { getFunctionsLanguage } from "./functionsLanguage";

/**
 * The one place a core `Failure` becomes an Excel error value. Every AR.* function returns what
 * these produce (never throws: the spec keeps messages, and a thrown error shows a bare #VALUE!),
 * so the same failure always looks the same in the grid.
 */

// CustomFunctions.ErrorCode member for each Excel error. Looked up when an error is made, not at
// load: the ErrorCode enum exists only inside Excel's custom-functions runtime (office.js alone,
// as in the browser preview, defines CustomFunctions.associate but no ErrorCode).
const ERROR_CODE: Record<ExcelErrorKind, keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
  "#NAME?": "invalidName",
  "#REF!": "invalidReference",
};

// Excel shows a message (in the cell's error tooltip) only for #VALUE! and #N/A; the runtime drops
// it for the others, so it is not passed at all.
const CARRIES_MESSAGE: ReadonlySet<ExcelErrorKind> = new Set<ExcelErrorKind>(["#VALUE!", "#N/A"]);

/**
 * The Excel error value for a failure; its message is kept where Excel can show it, in the
 * language of the functions (`getFunctionsLanguage`, Excel's display language where known).
 *
 * @example
 * toExcelError(fail("missing", FM.argBlank({ name: "as_of" }))).message //=> "as_of is blank" (or "as_of 为空")
 */
export function toExcelError(failure: Failure): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[ERROR_CODE[failure.excelError]];
  return CARRIES_MESSAGE.has(failure.excelError)
    ? new CustomFunctions.Error(code, failureText(failure, getFunctionsLanguage()))
    : new CustomFunctions.Error(code);
}

/**
 * A core result as a value Excel can show: the value itself, or its failure as an error value.
 *
 * @example
 * toExcelValue(38) //=> 38
 */
export function toExcelValue<T>(result: Result<T>): T | CustomFunctions.Error {
  return isFailure(result) ? toExcelError(result) : result;
}
