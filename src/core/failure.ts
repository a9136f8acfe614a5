import type { Language } from "./language";
import { messageText, verbatim, type Message } from "./messages/message";

/**
 * Failures are values, never exceptions: a core function that cannot answer returns a `Failure`
 * with a code from this closed set and a message an analyst can act on, in English and Chinese,
 * from one of the message tables (`defineMessages`). `src/functions` maps the `excelError` of each
 * code to `CustomFunctions.Error` in one place; the pane shows the text in its own language.
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
  /** The English text (what tests and logs read); `text` holds it in both languages. */
  readonly message: string;
  /** The message's key, parameters and both renderings. */
  readonly text: Message;
}

/** A value or the reason there is none. */
export type Result<T> = T | Failure;

/**
 * A failure with its message from a table (`M.argBlank({ name })`).
 * A plain string is accepted only while call sites outside src/core move to the tables;
 * test/core/messages/noLiteralFailures.test.ts keeps src/core free of them.
 */
export function fail(code: FailureCode, message: Message | string): Failure {
  const text = typeof message === "string" ? verbatim(message) : message;
  return { failure: true, code, excelError: FAILURE_CODES[code], message: text.en, text };
}

/** An Excel error found in an input cell, passed on unchanged. */
export function inputError(excelError: ExcelErrorKind, message: Message | string = INPUT_ERROR): Failure {
  const text = typeof message === "string" ? verbatim(message) : message;
  return { failure: true, code: "inputError", excelError, message: text.en, text };
}

const INPUT_ERROR: Message = {
  key: "inputError",
  params: {},
  en: "an input cell holds an error",
  zh: "输入单元格中含有错误值",
};

/**
 * A failure's message in the language asked for.
 *
 * @example
 * failureText(fail("missing", M.argBlank({ name: "as_of" })), "zh") //=> "as_of为空"
 */
export function failureText(failure: Failure, language: Language): string {
  return messageText(failure.text, language);
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && (value as Failure).failure === true;
}

/** Quotes user text in a message, shortened so a 10,000-character cell does not flood the UI. */
export function quote(text: string, max = 40): string {
  return `'${shorten(text, max)}'`;
}

/**
 * Quotes user text in a Chinese message, with full-width quotation marks, shortened like `quote`.
 *
 * @example
 * quoteZh("abc") //=> "“abc”"
 */
export function quoteZh(text: string, max = 40): string {
  return `“${shorten(text, max)}”`;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
