import type Decimal from "decimal.js";
import { fail, inputError, isFailure, quote, type ExcelErrorKind, type Failure, type Result } from "../core/failure";
import { MAX_SERIAL, MIN_SERIAL, type DateSystem } from "../core/dates/excelSerial";
import { parseDate } from "../core/dates/parseDate";
import { amountToCents } from "../core/metrics/sumAmounts";
import { parseAmount } from "../core/money/parseAmount";
import { toCentsFast } from "../core/money/money";
import { toExcelError } from "./excelErrors";

/**
 * The one converter between Excel's arguments and core values. An AR.* function declares its
 * arguments in a table (name, kind, optional) and hands a pure core function to `elementwise` or
 * `aggregate`; blanks, text dates, amounts, error cells, shapes and the workbook's date system are
 * handled here once, so a new function is a few lines.
 *
 * Host facts this relies on: omitted optional arguments arrive as `null`; empty cells as `null`
 * (Excel on the web, current desktop) or `0` (older desktop builds); dates as serial numbers; an
 * error cell as a `CustomFunctions.Error` (or, from some hosts, its text such as "#N/A").
 */

/**
 * What an argument holds, and so which parser reads it. `cents` is an amount as integer cents (the
 * hot-loop form for ledgers); `rate` a fraction, also from text such as "8%"; `value` a readable
 * cell handed over as it is, for a core parser of its own (payment terms, a status word);
 * `table` a whole range of raw cells, read once per call (a dunning ladder, a rate table).
 */
export type ArgKind = "date" | "amount" | "cents" | "number" | "rate" | "boolean" | "text" | "language" | "value" | "table";

interface KindValue {
  /** A whole-day serial in the workbook's date system. */
  date: number;
  amount: Decimal;
  cents: number;
  number: number;
  rate: number;
  boolean: boolean;
  text: string;
  language: "en" | "zh";
  value: CellValue;
  /** The range's cells row by row, no error cell among them. */
  table: unknown[][];
}

/** One row of a function's argument table. */
export interface ArgSpec<K extends ArgKind = ArgKind> {
  /** The name in the function's JSDoc, used in messages ("as_of is blank"). */
  readonly name: string;
  readonly kind: K;
  /** A blank or omitted optional argument reaches the core as `null`; a blank required one is #N/A. */
  readonly optional?: boolean;
  /**
   * The argument is a whole range, handed over as a row-major list (blanks `null`); in `elementwise`
   * it is read once and every element gets the same list (e.g. aging edges). An omitted optional
   * range is `null`.
   */
  readonly range?: boolean;
  /**
   * For `aggregate`: one column of a ledger, aligned with the other `column` arguments. Rows whose
   * first column is blank are skipped (as SUMIF skips them) and the others are read only on the
   * rows kept, so a stray note beside a blank amount is no error. A blank cell in a kept row is
   * #N/A for a required column, `null` for an optional one; an omitted optional column is `null`.
   */
  readonly column?: boolean;
  /** For a `column`: blank cells in this column skip the row (default: the first column). */
  readonly key?: boolean;
}

/** The value an argument row hands to the core function. */
export type ArgValue<S> =
  S extends ArgSpec<infer K>
    ? S extends { column: true }
      ? S extends { optional: true }
        ? Array<KindValue[K] | null> | null
        : Array<KindValue[K]>
      : S extends { range: true }
      ? S extends { optional: true }
        ? Array<KindValue[K] | null> | null
        : Array<KindValue[K] | null>
      : S extends { optional: true }
        ? KindValue[K] | null
        : KindValue[K]
    : never;
export type ArgValues<S extends readonly ArgSpec[]> = { -readonly [I in keyof S]: ArgValue<S[I]> };

/** A cell value a function may return; "" shows as an empty cell inside a spilled array. */
export type CellValue = number | string | boolean;
export type ExcelCell = CellValue | CustomFunctions.Error;

const ERROR_TEXTS: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"]);

let workbookDateSystem: DateSystem = 1900;

/**
 * Sets the date system serials are read in (the pane probes the workbook; 1900 until then).
 * The task pane and the functions share one runtime, so this is seen by every later call.
 *
 * @example
 * setDateSystem(1904); getDateSystem() //=> 1904
 */
export function setDateSystem(system: DateSystem): void {
  workbookDateSystem = system;
}

/** The date system serial arguments are read in. */
export function getDateSystem(): DateSystem {
  return workbookDateSystem;
}

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
      return parseDate(value, workbookDateSystem, spec.name);
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

/**
 * Any argument as a matrix: a range as given, a 1-D array as one row, a scalar (or an omitted
 * argument) as 1×1.
 *
 * @example
 * toMatrix(5) //=> [[5]]
 */
export function toMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value ?? null]];
  if (value.length === 0) return [[null]];
  return Array.isArray(value[0]) ? (value as unknown[][]) : [value];
}

function shapeText(matrix: unknown[][]): string {
  return `${matrix.length}×${matrix[0]?.length ?? 0}`;
}

function sameShape(a: unknown[][], b: unknown[][]): boolean {
  return a.length === b.length && a.every((row, r) => row.length === b[r].length);
}

function isSingleCell(matrix: unknown[][]): boolean {
  return matrix.length === 1 && matrix[0].length === 1;
}

/** The whole-call error when an argument does not fit the lead shape (spec: "… must have the same shape"). */
function shapeMismatch(lead: string, other: string, a: unknown[][], b: unknown[][]): CustomFunctions.Error {
  return toExcelError(
    fail("shapeMismatch", `${lead} and ${other} must have the same shape (${shapeText(a)} and ${shapeText(b)})`),
  );
}

/** An argument read once per call, not per element: a whole range (edges, a ladder) or a table. */
function isWhole(spec: ArgSpec): boolean {
  return spec.range === true || spec.kind === "table";
}

/**
 * Reads an argument that is taken whole: a `range` as a row-major list, a `table` as its rows. An
 * omitted optional one (or one whose cells are all blank) is `null`.
 */
function readWhole(raw: unknown, spec: ArgSpec): Result<unknown> {
  const matrix = toMatrix(raw);
  const blank = matrix.every((row) => row.every((cell) => isBlankCell(cell) && cellError(cell) === undefined));
  // A required range of blanks sums to 0 as SUM does (a zero denominator then says #DIV/0!).
  if (blank && (spec.optional || spec.kind === "table")) return spec.optional ? null : fail("missing", `${spec.name} is blank`);
  if (spec.kind !== "table") return readRange(matrix, spec);
  for (const row of matrix) {
    for (const cell of row) {
      const error = cellError(cell);
      if (error) return inputError(error, `${spec.name} holds ${error}`);
    }
  }
  return matrix;
}

/** Turns an unexpected exception (a programmer's mistake) into #VALUE! rather than letting Excel show a bare one. */
function unexpected(error: unknown): CustomFunctions.Error {
  return toExcelError(fail("unreadable", `unexpected error: ${error instanceof Error ? error.message : String(error)}`));
}

/**
 * Wraps a core function as an element-wise custom function. The result spills the shape of the
 * first argument; each other argument is a single cell (used for every row) or a range of that
 * same shape, except `range`/`table` arguments, which are read once and reach every element whole
 * (aging edges, a dunning ladder). A row whose first argument is blank gives "" (an empty-looking
 * cell); a cell that cannot be read, or holds an error, gives that row an error and leaves the
 * others alone. Arguments that do not fit the shape give a single error cell. Nothing is thrown:
 * a thrown error would lose its message.
 *
 * @example
 * elementwise([{ name: "x", kind: "number" }] as const, (x) => x * 2)([[1], [null]]) //=> [[2], [""]]
 */
export function elementwise<const S extends readonly ArgSpec[]>(
  specs: S,
  compute: (...args: ArgValues<S>) => Result<CellValue>,
): (...args: unknown[]) => ExcelCell[][] {
  return (...raw) => {
    try {
      const matrices = specs.map((spec, i) => (isWhole(spec) ? [[null]] : toMatrix(raw[i])));
      const lead = matrices[0];
      const misfit = matrices.findIndex((m, i) => i > 0 && !isSingleCell(m) && !sameShape(lead, m));
      if (misfit > 0) return [[shapeMismatch(specs[0].name, specs[misfit].name, lead, matrices[misfit])]];
      // Whole arguments and single cells are read once: a 100,000-row spill re-reads only its columns.
      const once: Array<Result<unknown> | undefined> = specs.map((spec, i) =>
        isWhole(spec) ? readWhole(raw[i], spec) : i > 0 && isSingleCell(matrices[i]) ? readCell(matrices[i][0][0], spec) : undefined,
      );
      const values: unknown[] = new Array(specs.length);
      return lead.map((row, r) =>
        row.map((first, c) => {
          if (isBlankCell(first, specs[0].kind) && cellError(first) === undefined) return "";
          for (let i = 0; i < specs.length; i++) {
            const value = once[i] !== undefined ? once[i] : readCell(matrices[i][r][c], specs[i]);
            if (isFailure(value)) return toExcelError(value);
            values[i] = value;
          }
          const result = compute(...(values as ArgValues<S>));
          return isFailure(result) ? toExcelError(result) : result;
        }),
      );
    } catch (error) {
      return [[unexpected(error)]];
    }
  };
}

/**
 * Reads a range argument for an aggregate (row-major, blanks as `null` so aligned ranges stay
 * aligned). The first unreadable or error cell fails the whole range.
 *
 * @example
 * readRange([[100], [null], ["(25.50)"]], { name: "amounts", kind: "amount" }) //=> [Decimal(100), null, Decimal(-25.5)]
 */
export function readRange<S extends ArgSpec>(value: unknown, spec: S): Result<Array<KindValue[S["kind"]] | null>> {
  const out: Array<KindValue[S["kind"]] | null> = [];
  const cellSpec = { ...spec, optional: true };
  for (const row of toMatrix(value)) {
    for (const cell of row) {
      if (isBlankCell(cell, spec.kind) && cellError(cell) === undefined) {
        out.push(null);
        continue;
      }
      const parsed = readCell(cell, cellSpec);
      if (isFailure(parsed)) return parsed;
      out.push(parsed as KindValue[S["kind"]] | null);
    }
  }
  return out;
}

/**
 * Reads the `column` arguments of a ledger together: rows whose key column (the first, or the one
 * marked `key`) is blank are skipped, every column is read on the rows kept. Columns must have the
 * key's shape.
 *
 * @example
 * readColumns([[[100], [null]], [["2025-05-23"], ["note"]]], [{ name: "amounts", kind: "cents", column: true }, { name: "due_dates", kind: "date", column: true }]) //=> [[10000], [45800]]
 */
export function readColumns(raws: readonly unknown[], specs: readonly ArgSpec[]): Result<Array<unknown[] | null>> {
  const matrices = raws.map((raw, k) => (specs[k].optional && readWhole(raw, { ...specs[k], kind: "table" }) === null ? null : toMatrix(raw)));
  const keyAt = Math.max(0, specs.findIndex((spec) => spec.key));
  const key = matrices[keyAt];
  if (key === null) return fail("missing", `${specs[keyAt].name} is blank`);
  for (let k = 0; k < specs.length; k++) {
    const m = matrices[k];
    if (m !== null && !sameShape(key, m)) {
      return fail("shapeMismatch", `${specs[keyAt].name} and ${specs[k].name} must have the same shape (${shapeText(key)} and ${shapeText(m)})`);
    }
  }
  // The rows kept (key not blank), then each column read on them: column by column keeps the hot
  // loop small enough for a million rows.
  const width = key[0]?.length ?? 0;
  const keyKind = specs[keyAt].kind;
  const kept: number[] = [];
  for (let r = 0; r < key.length; r++) {
    for (let c = 0; c < width; c++) {
      const first = key[r][c];
      const blank = typeof first === "number" ? first === 0 && keyKind === "date" : isBlankCell(first, keyKind) && cellError(first) === undefined;
      if (!blank) kept.push(r * width + c);
    }
  }
  const columns: Array<unknown[] | null> = [];
  for (let k = 0; k < specs.length; k++) {
    const m = matrices[k];
    if (m === null) {
      columns.push(null);
      continue;
    }
    const spec = specs[k];
    const column = new Array<unknown>(kept.length);
    for (let i = 0; i < kept.length; i++) {
      const at = kept[i];
      const cell = m[(at / width) | 0][at % width];
      const value = typeof cell === "number" ? readNumberCell(cell, spec) : readCell(cell, spec);
      if (isFailure(value)) return { ...value, message: `${value.message} (row ${at + 1})` };
      column[i] = value;
    }
    columns.push(column);
  }
  return columns;
}

/**
 * readCell for a number, with the two kinds a million-row ledger is made of inlined: whole-cent
 * amounts and date serials in range. Anything else takes the general path.
 */
function readNumberCell(value: number, spec: ArgSpec): Result<unknown> {
  if (spec.kind === "cents") {
    const cents = toCentsFast(value);
    if (Number.isSafeInteger(cents)) return cents;
  } else if (spec.kind === "date") {
    const whole = Math.floor(value);
    if (whole > 0 && whole >= MIN_SERIAL[workbookDateSystem] && whole <= MAX_SERIAL[workbookDateSystem]) return whole;
  }
  return readCell(value, spec);
}

/**
 * Wraps a core function as a custom function with one answer, like AR.DSO: `range: true`
 * arguments arrive as lists, `column: true` ones as aligned ledger columns (see `readColumns`),
 * `table` ones as rows, the others must be single cells. The first failure (an unreadable
 * argument, or the core's) is the answer, as an error value; with `spill: true` (a function
 * declared to return any[][], like AR.AGING) it comes as a 1×1 range.
 *
 * @example
 * aggregate([{ name: "xs", kind: "number", range: true }] as const, (xs) => xs.length)([[1], [2]]) //=> 2
 */
export function aggregate<const S extends readonly ArgSpec[]>(
  specs: S,
  compute: (...args: ArgValues<S>) => Result<CellValue | ExcelCell[][]>,
  options: { spill?: boolean } = {},
): (...args: unknown[]) => ExcelCell | ExcelCell[][] {
  const failed = (failure: Failure) => (options.spill ? [[toExcelError(failure)]] : toExcelError(failure));
  const columnAt = specs.flatMap((spec, i) => (spec.column ? [i] : []));
  return (...raw) => {
    try {
      const values: unknown[] = new Array(specs.length);
      if (columnAt.length > 0) {
        const columns = readColumns(columnAt.map((i) => raw[i]), columnAt.map((i) => specs[i]));
        if (isFailure(columns)) return failed(columns);
        columnAt.forEach((i, k) => (values[i] = columns[k]));
      }
      for (let i = 0; i < specs.length; i++) {
        const spec = specs[i];
        if (spec.column) continue;
        const matrix = toMatrix(raw[i]);
        if (!isWhole(spec) && !isSingleCell(matrix)) {
          return failed(fail("unreadable", `${spec.name} must be a single cell, not a ${shapeText(matrix)} range`));
        }
        const value = isWhole(spec) ? readWhole(raw[i], spec) : readCell(matrix[0][0], spec);
        if (isFailure(value)) return failed(value);
        values[i] = value;
      }
      const result = compute(...(values as ArgValues<S>));
      return isFailure(result) ? failed(result) : result;
    } catch (error) {
      return options.spill ? [[unexpected(error)]] : unexpected(error);
    }
  };
}

/**
 * The numbers of a list read from a range such as aging edges or loss rates: blank cells after the
 * last value are dropped (a selection a little too long), a blank between values is #N/A.
 *
 * @example
 * denseList([30, 60, 90, null], "edges") //=> [30, 60, 90]
 */
export function denseList<T>(list: ReadonlyArray<T | null>, name: string): Result<T[]> {
  let end = list.length;
  while (end > 0 && list[end - 1] === null) end--;
  const out: T[] = [];
  for (let i = 0; i < end; i++) {
    const value = list[i];
    if (value === null) return fail("missing", `${name} has a blank cell at position ${i + 1}`);
    out.push(value);
  }
  return out;
}

/**
 * Reads a two-or-more-column table (a rate table `effective_from | annual rate`) row by row, each
 * column by its spec. Blank rows are skipped; a first row that does not read (a header) is skipped.
 *
 * @example
 * readTableRows([["From", "Rate"], [45658, 0.1215]], [{ name: "effective_from", kind: "date" }, { name: "rate", kind: "rate" }]) //=> [[45658, 0.1215]]
 */
export function readTableRows(table: readonly (readonly unknown[])[], specs: readonly ArgSpec[]): Result<unknown[][]> {
  const rows: unknown[][] = [];
  for (let r = 0; r < table.length; r++) {
    const cells = specs.map((_, k) => table[r][k] ?? null);
    if (cells.every((cell) => isBlankCell(cell))) continue;
    const values = cells.map((cell, k) => readCell(cell, specs[k]));
    const failure = values.find(isFailure);
    if (failure && r === 0 && cells.every((cell) => typeof cell === "string")) continue;
    if (failure) return { ...failure, message: `${failure.message} (table row ${r + 1})` };
    rows.push(values);
  }
  return rows;
}

/**
 * Remembers the last answer of `fn` for the same arguments (compared with ===). An element-wise
 * call hands every element the same whole-range argument, so a ladder or edge list is parsed once
 * per call, not once per row.
 *
 * @example
 * const parse = lastResult((s: string) => s.split(",")); parse("a,b") === parse("a,b") //=> true
 */
export function lastResult<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let last: R;
  const same = (args: A): boolean => {
    if (lastArgs === undefined || args.length !== lastArgs.length) return false;
    for (let i = 0; i < args.length; i++) if (args[i] !== lastArgs[i]) return false;
    return true;
  };
  return (...args) => {
    if (!same(args)) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}
