import { fail, inputError, isFailure, quote, type ExcelErrorKind, type Result } from "../core/failure";
import { parseDate } from "../core/dates/parseDate";
import { amountToCents } from "../core/metrics/sumAmounts";
import { parseAmount } from "../core/money/parseAmount";
import { toCentsFast } from "../core/money/money";
import type { ArgKind, ArgSpec, ArgValue, KindValue } from "./argSpec";
import { getDateSystem } from "./dateSystem";

/**
 * Reading one cell for one argument: blanks, error cells and each kind's parser, in one place so
 * every AR.* function reads a date, an amount or a rate the same way.
 *
 * Host facts this relies on: omitted optional arguments arrive as `null`; empty cells as `null`
 * (Excel on the web, current desktop) or `0` (older desktop builds); dates as serial numbers; an
 * error cell as a `CustomFunctions.Error` (or, from some hosts, its text such as "#N/A").
 */

const ERROR_TEXTS: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"]);

/**
 * The Excel error an input cell holds (a runtime error object or its text), else undefined.
 *
 * @example
 * cellError("#N/A") //=> "#N/A"
 */
export function cellError(value: unknown): ExcelErrorKind | undefined {
  if (typeof value === "string") return ERROR_TEXTS.has(value) ? (value as ExcelErrorKind) : undefined;
  if (typeof value === "object" && value !== null && "code" in value) {
    const code = (value as { code: unknown }).code;
    if (typeof code === "string" && ERROR_TEXTS.has(code)) return code as ExcelErrorKind;
  }
  return undefined;
}

/**
 * True for a cell that counts as empty. A date argument also treats 0 as empty: older desktop
 * builds pass 0 for empty cells, and serial 0 ("1900-01-00") is never a real date.
 */
export function isBlankCell(value: unknown, kind?: ArgKind): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return kind === "date" && value === 0;
}

/**
 * Reads one cell for an argument row: blank optional → null, blank required → #N/A failure,
 * error cell → that error, else the kind's parser.
 *
 * @example
 * readCell("2025-06-30", { name: "as_of", kind: "date" }) //=> 45838
 */
export function readCell<S extends ArgSpec>(value: unknown, spec: S): Result<ArgValue<S>> {
  const error = cellError(value);
  if (error) return inputError(error, `${spec.name} holds ${error}`);
  if (isBlankCell(value, spec.kind)) {
    return (spec.optional ? null : fail("missing", `${spec.name} is blank`)) as Result<ArgValue<S>>;
  }
  return parseKind(value, spec) as Result<ArgValue<S>>;
}

function parseKind(value: unknown, spec: ArgSpec): Result<KindValue[ArgKind] | null> {
  switch (spec.kind) {
    case "date":
      return parseDate(value, getDateSystem(), spec.name);
    case "amount":
      return parseAmount(value, spec.name);
    case "cents":
      return parseCents(value, spec.name);
    case "number":
      return parseNumber(value, spec.name);
    case "rate":
      return parseRate(value, spec.name);
    case "boolean":
      return parseBoolean(value, spec.name);
    case "text":
      return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value).trim();
    case "language":
      return parseLanguage(value, spec.name);
    case "value":
      return typeof value === "number" || typeof value === "string" || typeof value === "boolean"
        ? value
        : fail("unreadable", `cannot read ${spec.name}`);
    case "table":
      return fail("unreadable", `${spec.name} is a range, read with readTable`);
  }
}

function parseCents(value: unknown, name: string): Result<number> {
  // Numbers skip decimal.js: a million-row ledger is mostly whole-cent numbers.
  if (typeof value === "number" && Number.isFinite(value)) {
    const cents = toCentsFast(value);
    if (Number.isSafeInteger(cents)) return cents;
  }
  const amount = parseAmount(value, name);
  if (isFailure(amount) || amount === null) return amount ?? fail("missing", `${name} is blank`);
  return amountToCents(amount, name);
}

function parseRate(value: unknown, name: string): Result<number> {
  // Excel hands a cell showing 8% over as 0.08; typed text "8%" means the same.
  if (typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/.test(value)) return Number(value.replace("%", "")) / 100;
  return parseNumber(value, name);
}

function parseBoolean(value: unknown, name: string): Result<boolean> {
  if (typeof value === "boolean") return value;
  // As Excel's logical functions read them: 0 is FALSE, any other number TRUE.
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  const text = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  return fail("unreadable", `${name} must be TRUE or FALSE; got ${typeof value === "string" ? quote(value) : String(value)}`);
}

function parseLanguage(value: unknown, name: string): Result<"en" | "zh"> {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (text === "en" || text.startsWith("en-")) return "en";
  if (text === "zh" || text.startsWith("zh-") || text === "中文") return "zh";
  return fail("unreadable", `${name} must be "en" or "zh"; got ${typeof value === "string" ? quote(value) : String(value)}`);
}

function parseNumber(value: unknown, name: string): Result<number> {
  if (typeof value === "number") return Number.isFinite(value) ? value : fail("unreadable", `${name} is not a finite number`);
  if (typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value)) return Number(value);
  if (typeof value === "boolean") return fail("unreadable", `${name} must be a number, not ${value ? "TRUE" : "FALSE"}`);
  return fail("unreadable", `cannot read ${name} ${typeof value === "string" ? `'${value}' ` : ""}as a number`);
}
