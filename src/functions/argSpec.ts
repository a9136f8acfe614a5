import type Decimal from "decimal.js";

/**
 * How an AR.* function declares its arguments: a table of `ArgSpec` rows (name, kind, optional,
 * whole range or ledger column), from which the converter types the values the core receives, so
 * a function's signature and its argument table cannot drift apart.
 */

/**
 * What an argument holds, and so which parser reads it. `cents` is an amount as integer cents (the
 * hot-loop form for ledgers); `rate` a fraction, also from text such as "8%"; `value` a readable
 * cell handed over as it is, for a core parser of its own (payment terms, a status word);
 * `table` a whole range of raw cells, read once per call (a dunning ladder, a rate table).
 */
export type ArgKind = "date" | "amount" | "cents" | "number" | "rate" | "boolean" | "text" | "language" | "value" | "table";

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
