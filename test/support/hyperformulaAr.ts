import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
} from "hyperformula";

/**
 * A bridge that runs the AR.* custom functions inside HyperFormula, a real spreadsheet engine, so
 * formulas such as `=AR.AGING(B2:B200,C2:C200,DATE(2025,6,30))` can be evaluated and spilled
 * outside Excel (tests, benchmarks, the browser preview). Each function is called exactly as Excel
 * calls it: ranges as matrices of plain values (empty cells `null`, error cells
 * `CustomFunctions.Error`), omitted arguments `null`; what it returns or throws is mapped back to
 * HyperFormula values and `CellError`s.
 *
 * HyperFormula is GPL-licensed: this file lives under test/ and must never be imported from src/.
 * It does not depend on jest.
 */

/** One AR.* function as the bridge needs it. */
export interface ArFunction {
  /** The id of functions.json, e.g. `AGING`; the formula name is `AR.AGING`. */
  readonly id: string;
  readonly implementation: (...args: unknown[]) => unknown;
  readonly parameters: readonly { readonly name: string; readonly optional: boolean }[];
  /** The result is a range (metadata `result.dimensionality: matrix`). */
  readonly spills: boolean;
  /** An element-wise function: its spill has the shape of its first argument. */
  readonly shapedLikeFirstArgument: boolean;
}

/** The parts of functions.json the bridge reads. */
export interface ArMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly parameters: readonly { readonly name: string; readonly optional?: boolean }[];
    readonly result?: { readonly dimensionality?: string };
  }[];
}

type CustomFunctionsRuntime = {
  Error: new (code?: string, message?: string) => { code: string; message: string };
  ErrorCode: Record<string, string>;
  associate?: (...args: unknown[]) => void;
};

/**
 * Makes sure `CustomFunctions.Error` and `ErrorCode` exist, as in Excel's custom-functions runtime.
 * Outside Excel they are missing (node) or partial (office.js alone defines `associate` only);
 * whatever exists is kept.
 */
export function ensureCustomFunctionsRuntime(): void {
  const global = globalThis as unknown as { CustomFunctions?: Partial<CustomFunctionsRuntime> };
  const runtime = (global.CustomFunctions ??= {});
  runtime.ErrorCode ??= {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  };
  runtime.Error ??= class CustomFunctionError extends Error {
    readonly code: string;
    constructor(code?: string, message?: string) {
      super(message ?? "");
      this.code = code || "#VALUE!";
    }
  };
}

/**
 * Pairs the metadata with the implementations: each entry point is exported under its id's name
 * in camelCase (DAYSOVERDUE ↔ daysOverdue), which test/build/functionsCatalogue.test.ts checks.
 *
 * @param metadata - functions.json (generated or built)
 * @param modules - the src/functions modules, e.g. `[aging, metrics, …]` (`import * as aging`)
 */
export function arFunctions(metadata: ArMetadata, modules: readonly Record<string, unknown>[]): ArFunction[] {
  ensureCustomFunctionsRuntime();
  const exported = new Map<string, (...args: unknown[]) => unknown>();
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function") exported.set(name.toLowerCase(), value as (...args: unknown[]) => unknown);
    }
  }
  return metadata.functions.map((fn) => {
    const implementation = exported.get(fn.id.toLowerCase());
    if (!implementation) throw new Error(`no exported function for AR.${fn.id}`);
    const spills = fn.result?.dimensionality === "matrix";
    return {
      id: fn.id,
      implementation,
      parameters: fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true })),
      spills,
      shapedLikeFirstArgument: spills && answersBlankColumnWithBlankColumn(implementation),
    };
  });
}

/** Element-wise functions answer a 2×1 blank first argument with a 2×1 blank spill; tables do not. */
function answersBlankColumnWithBlankColumn(implementation: (...args: unknown[]) => unknown): boolean {
  try {
    return JSON.stringify(implementation([[null], [null]])) === JSON.stringify([[""], [""]]);
  } catch {
    return false;
  }
}

const TO_HF_ERROR: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#NULL!": ErrorType.VALUE, // HyperFormula has no #NULL!
};
const FROM_HF_ERROR: Partial<Record<ErrorType, string>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
};

/** A HyperFormula value as Excel hands it to a custom function. */
function toExcelCell(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) {
    const runtime = (globalThis as unknown as { CustomFunctions: CustomFunctionsRuntime }).CustomFunctions;
    return new runtime.Error(FROM_HF_ERROR[value.type] ?? "#VALUE!", value.message);
  }
  // Dates, currencies and percentages are numbers with a format attached (RichNumber.val).
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number")
    return (value as { val: number }).val;
  return value;
}

function toExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelCell));
  return toExcelCell(value);
}

/** What a custom function returns (or throws), as a HyperFormula value. */
function toHyperFormula(value: unknown): unknown {
  if (Array.isArray(value)) {
    return SimpleRangeValue.onlyValues(value.map((row: unknown[]) => row.map((cell) => toHyperFormula(cell) as never)));
  }
  if (typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string") {
    const { code, message } = value as { code: string; message?: string };
    return new CellError(TO_HF_ERROR[code] ?? ErrorType.VALUE, message || undefined);
  }
  if (value === null || value === undefined) return EmptyValue;
  return value;
}

function call(fn: ArFunction, args: unknown[]): unknown {
  const excelArgs = fn.parameters.map((_, i) => (i < args.length ? toExcelArgument(args[i]) : null));
  try {
    return fn.implementation(...excelArgs);
  } catch (thrown) {
    return thrown;
  }
}

type PluginMethod = (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) => unknown;

/**
 * A HyperFormula function plugin holding the AR.* functions under `namespace` (formula names such
 * as `AR.AGING`), with the translations HyperFormula needs to register them.
 */
export function arFunctionPlugin(
  functions: readonly ArFunction[],
  namespace = "AR",
): { plugin: FunctionPluginDefinition; translations: Record<string, Record<string, string>> } {
  class ArFunctionsPlugin extends FunctionPlugin {}
  const implemented: Record<string, object> = {};
  const names: Record<string, string> = {};
  const prototype = ArFunctionsPlugin.prototype as unknown as Record<string, PluginMethod>;
  for (const fn of functions) {
    const name = `${namespace}.${fn.id}`;
    const method = `ar${fn.id}`;
    names[name] = name;
    implemented[name] = {
      method,
      parameters: fn.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
      ...(fn.spills ? { sizeOfResultArrayMethod: `${method}Size`, vectorizationForbidden: true } : {}),
    };
    prototype[method] = function (ast, state) {
      const plugin = this as unknown as PluginInternals;
      return plugin.runFunction(ast.args, state, plugin.metadata(name), (...args: unknown[]) => toHyperFormula(call(fn, args)));
    };
    if (fn.spills)
      prototype[`${method}Size`] = function (ast, state) {
        return spillSize(this as unknown as PluginInternals, fn, ast, state);
      };
  }
  (ArFunctionsPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implemented;
  return { plugin: ArFunctionsPlugin as unknown as FunctionPluginDefinition, translations: { enGB: names, enUS: names } };
}

interface PluginInternals {
  runFunction(args: unknown[], state: unknown, metadata: unknown, fn: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  evaluateAst(ast: unknown, state: unknown): unknown;
  arraySizeForAst(ast: unknown, state: unknown): ArraySize;
}

/**
 * The size HyperFormula reserves for a spill, decided before the formula is evaluated. An
 * element-wise function spills its first argument's shape. A table (AR.AGING, AR.PAYMENTPLAN,
 * AR.CASHFORECAST) is sized by evaluating the call once: its size depends on argument values
 * (edges, installments, periods), which must then be plain values or already computed.
 */
function spillSize(plugin: PluginInternals, fn: ArFunction, ast: { args: unknown[] }, state: unknown): ArraySize {
  if (fn.shapedLikeFirstArgument && ast.args.length > 0) {
    const first = plugin.arraySizeForAst(ast.args[0], state);
    return new ArraySize(first.width, first.height); // not `isRef`: that would reserve no space
  }
  try {
    const args = ast.args.map((arg) =>
      (arg as { type?: string }).type === "EMPTY" ? undefined : plugin.evaluateAst(arg, state),
    );
    const result = call(fn, args);
    if (Array.isArray(result) && result.length > 0) return new ArraySize(result[0].length, result.length);
  } catch {
    // an argument not computable yet: one cell, corrected when the formula is entered again
  }
  return new ArraySize(1, 1);
}

/**
 * Registers the AR.* functions with HyperFormula (replacing an earlier registration), so every
 * engine built afterwards evaluates them.
 *
 * @example
 * registerArFunctions(arFunctions(metadata, modules));
 * HyperFormula.buildFromArray([["=AR.RISKGRADE(47)"]], { licenseKey: "gpl-v3" }).getCellValue({ sheet: 0, row: 0, col: 0 }) //=> "C"
 */
export function registerArFunctions(functions: readonly ArFunction[], namespace = "AR"): FunctionPluginDefinition {
  for (const fn of functions) {
    const existing = HyperFormula.getFunctionPlugin(`${namespace}.${fn.id}`);
    if (existing) HyperFormula.unregisterFunctionPlugin(existing);
  }
  const { plugin, translations } = arFunctionPlugin(functions, namespace);
  HyperFormula.registerFunctionPlugin(plugin, translations);
  return plugin;
}
