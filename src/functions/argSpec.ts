import type Decimal from "decimal.js";
import type { RateRule } from "../core/financing/checkRate";

/**
 * How an AR.* function declares its arguments: a table of `ArgSpec` rows (name, kind, optional,
 * default, bounds, allowed values, whole range or ledger column), from which the converter types
 * and checks the values the core receives, so a function's signature, its help and its argument
 * table cannot drift apart (test/functions/argumentTables.test.ts holds them together).
 */

/**
 * What an argument holds, and so which parser reads it. `cents` is an amount as integer cents (the
 * hot-loop form for ledgers); `rate` a fraction, also from text such as "8%"; `value` a readable
 * cell handed over as it is, for a core parser of its own (payment terms, a status word);
 * `rateOrValue` a rate when the cell reads as one, else the cell as it is (a discount or terms
 * text); `table` a whole range of raw cells, read once per call (a dunning ladder, a rate table).
 */
export type ArgKind =
  "date" | "amount" | "cents" | "number" | "rate" | "boolean" | "text" | "language" | "value" | "rateOrValue" | "table";

/** The value each kind is read as (the core sees these, never raw cells). */
export interface KindValue {
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
  rateOrValue: CellValue;
  /** The range's cells row by row, no error cell among them. */
  table: unknown[][];
}

/** What a unit of a bounded whole number is called in messages ("customers", "months"). */
export interface UnitName {
  readonly en: string;
  readonly zh: string;
}

/** The bounds of a number, rate or amount argument, checked by the converter with one message. */
export interface ArgBounds {
  /** Lower bound; inclusive unless `minExclusive`. */
  readonly min?: number;
  readonly minExclusive?: boolean;
  /** Upper bound; inclusive unless `maxExclusive`. */
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** The value must be a whole number (installments, periods). */
  readonly whole?: boolean;
  /** What a bounded whole number counts, for the message ("a whole number of months, 1 or more"). */
  readonly unit?: UnitName;
  /** A typical value shown when the bounds are broken, e.g. "80% or 0.8". */
  readonly example?: string;
}

/** One row of a function's argument table. */
export interface ArgSpec<K extends ArgKind = ArgKind> extends ArgBounds {
  /** The name in the function's JSDoc, used in messages ("as_of is blank"). */
  readonly name: string;
  readonly kind: K;
  /** A blank or omitted optional argument reaches the core as `default`, else as `null`; a blank required one is #N/A. */
  readonly optional?: boolean;
  /**
   * What a blank or omitted optional argument stands for, written as a cell would hold it (365,
   * "annual", a list for a range, rows for a table) and read by the same parser, so the core
   * receives it as if the analyst had typed it. The JSDoc of the argument names it.
   */
  readonly default?: CellValue | readonly CellValue[] | readonly (readonly CellValue[])[];
  /**
   * The only values a `text` or `number` argument takes (text compared trimmed and case-insensitive,
   * handed over as written here), e.g. ["annual", "daily"] or [365, 360].
   */
  readonly allowed?: readonly (string | number)[];
  /**
   * The argument is a whole range, handed over as a row-major list (blanks `null`); in `elementwise`
   * it is read once and every element gets the same list (e.g. aging edges). An omitted optional
   * range is its `default`, else `null`.
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
  /**
   * For a required `column` whose cells may be blank (a customer with no name, an open invoice with
   * no paid date): blank cells reach the core as `null`, as in an optional column.
   */
  readonly blankCells?: boolean;
}

/** The value an argument row hands to the core function. */
export type ArgValue<S> =
  S extends ArgSpec<infer K>
    ? S extends { column: true }
      ? S extends { optional: true } | { blankCells: true }
        ? Array<KindValue[K] | null> | null
        : Array<KindValue[K]>
      : S extends { range: true }
        ? S extends { optional: true; default?: undefined }
          ? Array<KindValue[K] | null> | null
          : Array<KindValue[K] | null>
        : S extends { optional: true; default?: undefined }
          ? OneOf<S, KindValue[K]> | null
          : OneOf<S, KindValue[K]>
    : never;

/** A value narrowed to the row's `allowed` list when it has one ("annual" | "daily", 365 | 360). */
type OneOf<S, V> = S extends { allowed: readonly (infer A)[] } ? A & V : V;
export type ArgValues<S extends readonly ArgSpec[]> = { -readonly [I in keyof S]: ArgValue<S[I]> };

/** A cell value a function may return; "" shows as an empty cell inside a spilled array. */
export type CellValue = number | string | boolean;
export type ExcelCell = CellValue | CustomFunctions.Error;

/**
 * The bounds of a rate the core checks with `checkRate` (a fraction from 0 to 1, ends optionally
 * open), for an argument row, so the table and the core say the same thing.
 *
 * @example
 * rateBounds({ name: "advance_rate", example: "0.8", zeroExcluded: true }) //=> { min: 0, minExclusive: true, max: 1, maxExclusive: false, example: "80% or 0.8" }
 */
export function rateBounds(rule: RateRule): Pick<ArgSpec, "min" | "minExclusive" | "max" | "maxExclusive" | "example"> {
  const percent = Number((Number(rule.example) * 100).toPrecision(12));
  return {
    min: 0,
    minExclusive: rule.zeroExcluded === true,
    max: 1,
    maxExclusive: rule.oneExcluded === true,
    example: `${percent}% or ${rule.example}`,
  };
}
