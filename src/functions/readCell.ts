import type Decimal from "decimal.js";
import { fail, inputError, isFailure, type ExcelErrorKind, type Result } from "../core/failure";
import type { DayMonthOrder } from "../core/dates/dayMonthOrder";
import { parseDate } from "../core/dates/parseDate";
import { amountToCents } from "../core/metrics/sumAmounts";
import { parseAmount } from "../core/money/parseAmount";
import { toCentsFast } from "../core/money/money";
import type { ArgKind, ArgSpec, ArgValue, CellValue, KindValue } from "./argSpec";
import { getDateSystem } from "./dateSystem";
import { FM, type AllowedValue } from "./functionMessages";

/**
 * Reading one cell for one argument: blanks and defaults, error cells, each kind's parser, bounds
 * and allowed values, in one place so every AR.* function reads a date, an amount or a rate the
 * same way and says the same thing when it cannot.
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
 * Reads one cell for an argument row: blank optional → its default (read as if typed) or null,
 * blank required → #N/A failure, error cell → that error, else the kind's parser, then the row's
 * bounds and allowed values. `dayMonth` is the order the cell's range proves for day-month text
 * (see textEvidence); without it such text is read only when it proves its own order.
 *
 * @example
 * readCell("2025-06-30", { name: "as_of", kind: "date" }) //=> 45838
 */
export function readCell<S extends ArgSpec>(value: unknown, spec: S, dayMonth?: DayMonthOrder): Result<ArgValue<S>> {
  const error = cellError(value);
  if (error) return inputError(error, FM.argHoldsError({ name: spec.name, error }));
  if (isBlankCell(value, spec.kind)) {
    if (!spec.optional) return fail("missing", FM.argBlank({ name: spec.name }));
    if (spec.default === undefined || spec.range || spec.kind === "table") return null as ArgValue<S>;
    return readCell(spec.default, { ...spec, optional: false });
  }
  const parsed = parseKind(value, spec, dayMonth);
  return (isFailure(parsed) ? parsed : checkBounds(parsed, spec)) as Result<ArgValue<S>>;
}

function parseKind(value: unknown, spec: ArgSpec, dayMonth: DayMonthOrder | undefined): Result<KindValue[ArgKind] | null> {
  switch (spec.kind) {
    case "date":
      return parseDate(value, getDateSystem(), spec.name, dayMonth);
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
      return isCellValue(value) ? value : fail("unreadable", FM.cannotRead({ name: spec.name }));
    case "rateOrValue": {
      const rate = parseRate(value, spec.name);
      if (!isFailure(rate)) return rate;
      return isCellValue(value) ? value : fail("unreadable", FM.cannotRead({ name: spec.name }));
    }
    case "table":
      return fail("unreadable", FM.tableAsCell({ name: spec.name }));
  }
}

function isCellValue(value: unknown): value is CellValue {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}

/**
 * A read value against the row's `allowed` list (text matched trimmed and case-insensitive, given
 * back as the list writes it) and its bounds (`min`/`max`, `whole`), with one message for each.
 */
function checkBounds(value: KindValue[ArgKind] | null, spec: ArgSpec): Result<KindValue[ArgKind] | null> {
  if (spec.allowed && (typeof value === "string" || typeof value === "number")) {
    const key = typeof value === "string" ? value.toLowerCase() : value;
    const match = spec.allowed.find((allowed) => (typeof allowed === "string" ? allowed.toLowerCase() : allowed) === key);
    return match ?? fail("outOfRange", FM.notAllowed({ name: spec.name, allowed: spec.allowed, got: value }));
  }
  if ((spec.min === undefined && spec.max === undefined && !spec.whole) || value === null) return value;
  const n = typeof value === "number" ? value : (value as Decimal).toNumber();
  const { min, max } = spec;
  const below = min !== undefined && (spec.minExclusive ? n <= min : n < min);
  const above = max !== undefined && (spec.maxExclusive ? n >= max : n > max);
  if (!below && !above && (!spec.whole || Number.isInteger(n))) return value;
  return fail("outOfRange", FM.outOfBounds({ name: spec.name, bounds: spec, got: String(value) }));
}

function parseCents(value: unknown, name: string): Result<number> {
  // Numbers skip decimal.js: a million-row ledger is mostly whole-cent numbers.
  if (typeof value === "number" && Number.isFinite(value)) {
    const cents = toCentsFast(value);
    if (Number.isSafeInteger(cents)) return cents;
  }
  const amount = parseAmount(value, name);
  if (isFailure(amount) || amount === null) return amount ?? fail("missing", FM.argBlank({ name }));
  return amountToCents(amount, name);
}

function parseRate(value: unknown, name: string): Result<number> {
  // Excel hands a cell showing 8% over as 0.08; typed text "8%" means the same.
  if (typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/.test(value)) return Number(value.replace("%", "")) / 100;
  return parseNumber(value, name);
}

const LOGICAL: readonly AllowedValue[] = [true, false];
const LANGUAGES: readonly AllowedValue[] = ["en", "zh"];

function parseBoolean(value: unknown, name: string): Result<boolean> {
  if (typeof value === "boolean") return value;
  // As Excel's logical functions read them: 0 is FALSE, any other number TRUE.
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  const text = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  return fail("unreadable", FM.notAllowed({ name, allowed: LOGICAL, got: value }));
}

function parseLanguage(value: unknown, name: string): Result<"en" | "zh"> {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (text === "en" || text.startsWith("en-")) return "en";
  if (text === "zh" || text.startsWith("zh-") || text === "中文") return "zh";
  return fail("unreadable", FM.notAllowed({ name, allowed: LANGUAGES, got: value }));
}

function parseNumber(value: unknown, name: string): Result<number> {
  if (typeof value === "number") return Number.isFinite(value) ? value : fail("unreadable", FM.notFinite({ name }));
  if (typeof value === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(value)) return Number(value);
  if (typeof value === "boolean") return fail("unreadable", FM.numberNotLogical({ name, value }));
  return fail("unreadable", FM.notANumber({ name, text: typeof value === "string" ? value : null }));
}
