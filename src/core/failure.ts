/**
 * Failures are values, never exceptions: a core function that cannot answer returns a `Failure`
 * with a code from this closed set and a message an analyst can act on. `src/functions` maps the
 * `excelError` of each code to `CustomFunctions.Error` in one place; the pane shows the message.
 * Only programmer mistakes throw.
 */

/** The Excel error each failure shows as. */
export type ExcelErrorKind = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#REF!" | "#NAME?" | "#NULL!";

/** The closed set of reasons a computation can fail. */
export const FAILURE_CODES = {
  /** A required argument is blank. */
  missing: "#N/A",
  /** Text or a value that cannot be read as what the argument needs. */
  unreadable: "#VALUE!",
  /** A number outside the range the argument allows. */
  outOfRange: "#VALUE!",
  /** Range arguments of different shapes. */
  shapeMismatch: "#VALUE!",
  /** A zero denominator. */
  divideByZero: "#DIV/0!",
  /** The inputs are readable but no answer exists (e.g. balance exceeds the sales history). */
  noAnswer: "#N/A",
  /** An input cell holds an Excel error; it is passed on as that error. */
  inputError: "#VALUE!",
} as const satisfies Record<string, ExcelErrorKind>;

export type FailureCode = keyof typeof FAILURE_CODES;

export interface Failure {
  readonly failure: true;
  readonly code: FailureCode;
  /** The Excel error to show; equals FAILURE_CODES[code] except for `inputError`, which keeps the cell's own error. */
  readonly excelError: ExcelErrorKind;
  readonly message: string;
}

/** A value or the reason there is none. */
export type Result<T> = T | Failure;

export function fail(code: FailureCode, message: string): Failure {
  return { failure: true, code, excelError: FAILURE_CODES[code], message };
}

/** An Excel error found in an input cell, passed on unchanged. */
export function inputError(excelError: ExcelErrorKind, message = "an input cell holds an error"): Failure {
  return { failure: true, code: "inputError", excelError, message };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && (value as Failure).failure === true;
}

/** Quotes user text in a message, shortened so a 10,000-character cell does not flood the UI. */
export function quote(text: string, max = 40): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `'${shown}'`;
}
