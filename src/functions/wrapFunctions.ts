import { fail, isFailure, type Failure, type Result } from "../core/failure";
import type { ArgSpec, ArgValues, CellValue, ExcelCell } from "./argSpec";
import { toExcelError } from "./excelErrors";
import { cellError, isBlankCell, readCell } from "./readCell";
import { FM } from "./functionMessages";
import {
  isAmountKind,
  isSingleCell,
  isWhole,
  readColumns,
  readWhole,
  sameShape,
  shapeMismatchText,
  shapeText,
  toMatrix,
} from "./readRanges";
import { CurrencyNames, dayMonthOrderOf, textsOf } from "./textEvidence";
import { isDayMonthText, type DayMonthOrder } from "../core/dates/dayMonthOrder";

/**
 * Turning a pure core function into a custom function: each AR.* function is one `defineFunction`
 * (its id, its argument table, the core computation, element-wise or aggregate), and its exported,
 * JSDoc'ed entry point is a one-line call of the definition. Nothing here throws into Excel: a
 * thrown error would lose its message, so every failure, even a programmer's mistake, comes back
 * as an error value.
 */

/** The whole-call error when an argument does not fit the lead shape (spec: "… must have the same shape"). */
function shapeMismatch(lead: string, other: string, a: unknown[][], b: unknown[][]): CustomFunctions.Error {
  return toExcelError(fail("shapeMismatch", shapeMismatchText(lead, other, a, b)));
}

/** Turns an unexpected exception (a programmer's mistake) into #VALUE! rather than letting Excel show a bare one. */
function unexpected(error: unknown): CustomFunctions.Error {
  return toExcelError(fail("unreadable", FM.unexpected({ detail: error instanceof Error ? error.message : String(error) })));
}

/**
 * Wraps a core function as an element-wise custom function. The result spills the shape of the
 * first argument; each other argument is a single cell (used for every row) or a range of that
 * same shape, except `range`/`table` arguments, which are read once and reach every element whole
 * (aging edges, a dunning ladder). A row whose first argument is blank gives "" (an empty-looking
 * cell); a cell that cannot be read, or holds an error, gives that row an error and leaves the
 * others alone. A lead of 0 whose per-row required arguments are all 0 or blank is an empty row
 * as older desktop builds pass it, and gives "" as well. Arguments that do not fit the shape give a
 * single error cell. Nothing is thrown:
 * a thrown error would lose its message. A date range's day-month texts are read in the order the
 * range proves (where it proves both, those texts are errors); an element whose amounts name two
 * currencies is an error.
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
        isWhole(spec)
          ? readWhole(raw[i], spec)
          : i > 0 && isSingleCell(matrices[i])
            ? readCell(matrices[i][0][0], spec)
            : undefined,
      );
      // A range of dates is read in the order its day-month texts prove; a single cell on its own.
      const orders: Array<Result<DayMonthOrder | undefined>> = specs.map((spec, i) =>
        spec.kind === "date" && once[i] === undefined && !isSingleCell(matrices[i])
          ? dayMonthOrderOf(textsOf(matrices[i]), spec.name)
          : undefined,
      );
      // An element whose amounts name two currencies (amount and min_amount) is not compared: #VALUE!.
      const amountAt = specs.flatMap((spec, i) => (isAmountKind(spec) && !isWhole(spec) ? [i] : []));
      // The per-row required arguments beside the lead: with them 0 or blank, a lead of 0 is an
      // empty row as older desktop builds pass it (every empty cell as 0), and gives "" too.
      const rowRequired = specs.flatMap((spec, i) => (i > 0 && once[i] === undefined && !spec.optional ? [i] : []));
      const emptyAsZero = (r: number, c: number): boolean =>
        rowRequired.length > 0 &&
        rowRequired.every((i) => {
          const cell = matrices[i][r][c];
          return cell === 0 || (isBlankCell(cell) && cellError(cell) === undefined);
        });
      const values: unknown[] = new Array(specs.length);
      return lead.map((row, r) =>
        row.map((first, c) => {
          if (isBlankCell(first, specs[0].kind) && cellError(first) === undefined) return "";
          if (first === 0 && emptyAsZero(r, c)) return "";
          for (let i = 0; i < specs.length; i++) {
            const order = orders[i];
            const cell = once[i] === undefined ? matrices[i][r][c] : undefined;
            if (isFailure(order) && isDayMonthText(cell)) return toExcelError(order);
            const value = once[i] !== undefined ? once[i] : readCell(cell, specs[i], isFailure(order) ? undefined : order);
            if (isFailure(value)) return toExcelError(value);
            values[i] = value;
          }
          if (amountAt.length > 1) {
            const currencies = new CurrencyNames();
            for (const i of amountAt) currencies.note(isSingleCell(matrices[i]) ? matrices[i][0][0] : matrices[i][r][c]);
            const mixed = currencies.mixed();
            if (mixed) return toExcelError(mixed);
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
      // Every amount of the call, in any argument: one currency, or none named.
      const currencies = new CurrencyNames();
      if (columnAt.length > 0) {
        const columns = readColumns(
          columnAt.map((i) => raw[i]),
          columnAt.map((i) => specs[i]),
          currencies,
        );
        if (isFailure(columns)) return failed(columns);
        columnAt.forEach((i, k) => (values[i] = columns[k]));
      }
      for (let i = 0; i < specs.length; i++) {
        const spec = specs[i];
        if (spec.column) continue;
        const matrix = toMatrix(raw[i]);
        if (!isWhole(spec) && !isSingleCell(matrix)) {
          return failed(fail("unreadable", FM.notSingleCell({ name: spec.name, shape: shapeText(matrix) })));
        }
        const value = isWhole(spec) ? readWhole(raw[i], spec, currencies) : readCell(matrix[0][0], spec);
        if (isFailure(value)) return failed(value);
        if (!isWhole(spec) && isAmountKind(spec)) currencies.note(matrix[0][0]);
        values[i] = value;
      }
      const mixed = currencies.mixed();
      if (mixed) return failed(mixed);
      const result = compute(...(values as ArgValues<S>));
      return isFailure(result) ? failed(result) : result;
    } catch (error) {
      return options.spill ? [[unexpected(error)]] : unexpected(error);
    }
  };
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

/** How a definition answers: one result per element of its first argument, or one for the call. */
export type FunctionMode = "elementwise" | "aggregate";

/** What an AR.* function is, for its entry point and for the tests that hold table, JSDoc and metadata together. */
export interface FunctionDefinition<S extends readonly ArgSpec[] = readonly ArgSpec[], R = ExcelCell | ExcelCell[][]> {
  /** The id in functions.json (AR.<id>), e.g. "DAYSOVERDUE". */
  readonly id: string;
  readonly mode: FunctionMode;
  /** The result is a range: every element-wise function, and tables such as AR.AGING. */
  readonly spill: boolean;
  /** The argument table, in the entry point's argument order. */
  readonly specs: S;
  /** The custom function Excel calls, with the arguments exactly as Excel hands them. */
  readonly call: (...raw: unknown[]) => R;
}

/**
 * A second argument table for the same function, used when `when` says the call needs it (a
 * rate argument given as a rate table instead of one rate per amount).
 */
export interface Alternative {
  readonly when: (...raw: unknown[]) => boolean;
  readonly call: (...raw: unknown[]) => ExcelCell[][];
}

type Definition<S extends readonly ArgSpec[], R> = {
  readonly id: string;
  readonly specs: S;
  readonly compute: (...args: ArgValues<S>) => Result<R>;
};

/**
 * Declares an AR.* function once: its id, its argument table (kinds, optional flags, defaults,
 * bounds, allowed values) and the computation on converted values. `elementwise` spills one
 * answer per element of the first argument; `aggregate` gives one answer (a table when `spill`).
 *
 * @example
 * defineFunction({ id: "TWICE", mode: "elementwise", specs: [{ name: "x", kind: "number" }] as const, compute: (x) => 2 * x }).call([[1]]) //=> [[2]]
 */
export function defineFunction<const S extends readonly ArgSpec[]>(
  definition: Definition<S, CellValue> & { readonly mode: "elementwise"; readonly alternative?: Alternative },
): FunctionDefinition<S, ExcelCell[][]>;
export function defineFunction<const S extends readonly ArgSpec[]>(
  definition: Definition<S, CellValue | ExcelCell[][]> & { readonly mode: "aggregate"; readonly spill?: boolean },
): FunctionDefinition<S>;
export function defineFunction(
  definition: Definition<readonly ArgSpec[], CellValue | ExcelCell[][]> & {
    readonly mode: FunctionMode;
    readonly spill?: boolean;
    readonly alternative?: Alternative;
  },
): FunctionDefinition {
  const { id, mode, specs, compute, alternative } = definition;
  if (mode === "aggregate") {
    const spill = definition.spill === true;
    return { id, mode, spill, specs, call: aggregate(specs, compute, { spill }) };
  }
  const main = elementwise(specs, compute as (...args: unknown[]) => Result<CellValue>);
  if (!alternative) return { id, mode, spill: true, specs, call: main };
  // Choosing never throws into Excel either: a choice that fails leaves the call to the main table.
  const chosen = (raw: unknown[]) => {
    try {
      return alternative.when(...raw) ? alternative.call : main;
    } catch {
      return main;
    }
  };
  return { id, mode, spill: true, specs, call: (...raw) => chosen(raw)(...raw) };
}

/**
 * True for an AR.* function's definition, as the functions modules export them.
 *
 * @example
 * isFunctionDefinition({ id: "X", mode: "aggregate", spill: false, specs: [], call: () => 0 }) //=> true
 */
export function isFunctionDefinition(value: unknown): value is FunctionDefinition {
  const d = value as Partial<FunctionDefinition> | null;
  return (
    typeof d === "object" &&
    d !== null &&
    typeof d.id === "string" &&
    (d.mode === "elementwise" || d.mode === "aggregate") &&
    Array.isArray(d.specs) &&
    typeof d.call === "function"
  );
}
