import type { DayMonthOrder } from "../core/dates/dayMonthOrder";
import { fail, inputError, isFailure, type Result } from "../core/failure";
import { MAX_SERIAL, MIN_SERIAL } from "../core/dates/excelSerial";
import type { Message } from "../core/messages/message";
import { toCentsFast } from "../core/money/money";
import type { ArgSpec, KindValue } from "./argSpec";
import { getDateSystem } from "./dateSystem";
import { FM, reword } from "./functionMessages";
import { cellError, isBlankCell, readCell } from "./readCell";
import { dayMonthOrderOf, textsOf, type CurrencyNames } from "./textEvidence";

/**
 * Reading arguments larger than a cell: any argument as a matrix, a range as a list, the aligned
 * columns of a ledger (the million-row hot path) and small tables such as rate tables. Shapes are
 * checked here so a misaligned range is one clear error, not a wrong sum.
 */

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

/**
 * A matrix's shape for messages, rows × columns.
 *
 * @example
 * shapeText([[1, 2]]) //=> "1×2"
 */
export function shapeText(matrix: unknown[][]): string {
  return `${matrix.length}×${matrix[0]?.length ?? 0}`;
}

/**
 * The message for an argument that does not fit the lead argument's shape.
 *
 * @example
 * shapeMismatchText("x", "y", [[1], [2]], [[1]]).en //=> "x and y must have the same shape (2×1 and 1×1)"
 */
export function shapeMismatchText(lead: string, other: string, a: unknown[][], b: unknown[][]): Message {
  return FM.shapeMismatch({ lead, other, leadShape: shapeText(a), otherShape: shapeText(b) });
}

/**
 * True when two matrices have the same rows and row lengths (aligned arguments).
 *
 * @example
 * sameShape([[1], [2]], [[3], [4]]) //=> true
 */
export function sameShape(a: unknown[][], b: unknown[][]): boolean {
  return a.length === b.length && a.every((row, r) => row.length === b[r].length);
}

/**
 * True for a 1×1 matrix: an argument used for every row of an element-wise call.
 *
 * @example
 * isSingleCell([[5]]) //=> true
 */
export function isSingleCell(matrix: unknown[][]): boolean {
  return matrix.length === 1 && matrix[0].length === 1;
}

/**
 * True for an argument that holds money: its text amounts' currencies are checked together.
 *
 * @example
 * isAmountKind({ name: "amounts", kind: "cents" }) //=> true
 */
export function isAmountKind(spec: ArgSpec): boolean {
  return spec.kind === "amount" || spec.kind === "cents";
}

/**
 * An argument read once per call, not per element: a whole range (edges, a ladder) or a table.
 *
 * @example
 * isWhole({ name: "edges", kind: "number", range: true }) //=> true
 */
export function isWhole(spec: ArgSpec): boolean {
  return spec.range === true || spec.kind === "table";
}

/**
 * Reads an argument that is taken whole: a `range` as a row-major list, a `table` as its rows. An
 * omitted optional one (or one whose cells are all blank) is its `default`, read the same way, or
 * `null` without one. An amount range notes its texts' currencies in `currencies`.
 *
 * @example
 * readWhole(null, { name: "edges", kind: "number", range: true, optional: true }) //=> null
 */
export function readWhole(raw: unknown, spec: ArgSpec, currencies?: CurrencyNames): Result<unknown> {
  const matrix = toMatrix(raw);
  const blank = matrix.every((row) => row.every((cell) => isBlankCell(cell) && cellError(cell) === undefined));
  // A required range of blanks sums to 0 as SUM does (a zero denominator then says #DIV/0!).
  if (blank && (spec.optional || spec.kind === "table")) {
    if (!spec.optional) return fail("missing", FM.argBlank({ name: spec.name }));
    return spec.default === undefined ? null : readWhole(spec.default, { ...spec, optional: false });
  }
  if (spec.kind !== "table") return readRange(matrix, spec, currencies);
  for (const row of matrix) {
    for (const cell of row) {
      const error = cellError(cell);
      if (error) return inputError(error, FM.argHoldsError({ name: spec.name, error }));
    }
  }
  return matrix;
}

/**
 * Reads a range argument for an aggregate (row-major, blanks as `null` so aligned ranges stay
 * aligned). The first unreadable or error cell fails the whole range. Day-month text dates are
 * read in the order the range's own texts prove (#VALUE! when they prove both); text amounts'
 * currencies are noted in `currencies`.
 *
 * @example
 * readRange([[100], [null], ["(25.50)"]], { name: "amounts", kind: "amount" }) //=> [Decimal(100), null, Decimal(-25.5)]
 */
export function readRange<S extends ArgSpec>(
  value: unknown,
  spec: S,
  currencies?: CurrencyNames,
): Result<Array<KindValue[S["kind"]] | null>> {
  const out: Array<KindValue[S["kind"]] | null> = [];
  const cellSpec = { ...spec, optional: true };
  const matrix = toMatrix(value);
  const dayMonth = spec.kind === "date" ? dayMonthOrderOf(textsOf(matrix), spec.name) : undefined;
  if (isFailure(dayMonth)) return dayMonth;
  const amounts = isAmountKind(spec) ? currencies : undefined;
  for (const row of matrix) {
    for (const cell of row) {
      if (isBlankCell(cell, spec.kind) && cellError(cell) === undefined) {
        out.push(null);
        continue;
      }
      const parsed = readCell(cell, cellSpec, dayMonth);
      if (isFailure(parsed)) return parsed;
      amounts?.note(cell);
      out.push(parsed as KindValue[S["kind"]] | null);
    }
  }
  return out;
}

/**
 * Reads the `column` arguments of a ledger together: rows whose key column (the first, or the one
 * marked `key`) is blank are skipped, every column is read on the rows kept. So are empty-as-0
 * rows, which older desktop builds pass for empty rows: the key is 0 and every required column is
 * 0 or blank there (a date serial 0 is blank anyway). In a text column, 0 is blank. Columns must
 * have the key's shape. An optional column, or one whose cells may be blank (`blankCells`), omitted or
 * blank throughout is `null`. On the rows kept, a date column's day-month texts are read in the
 * order they prove, and amount columns' currencies are noted in `currencies`.
 *
 * @example
 * readColumns([[[100], [null]], [["2025-05-23"], ["note"]]], [{ name: "amounts", kind: "cents", column: true }, { name: "due_dates", kind: "date", column: true }]) //=> [[10000], [45800]]
 */
export function readColumns(
  raws: readonly unknown[],
  specs: readonly ArgSpec[],
  currencies?: CurrencyNames,
): Result<Array<unknown[] | null>> {
  const matrices = raws.map((raw, k) =>
    (specs[k].optional || specs[k].blankCells) && readWhole(raw, { ...specs[k], kind: "table", optional: true }) === null
      ? null
      : toMatrix(raw),
  );
  const keyAt = Math.max(
    0,
    specs.findIndex((spec) => spec.key),
  );
  const key = matrices[keyAt];
  if (key === null) return fail("missing", FM.argBlank({ name: specs[keyAt].name }));
  for (let k = 0; k < specs.length; k++) {
    const m = matrices[k];
    if (m !== null && !sameShape(key, m)) {
      return fail("shapeMismatch", shapeMismatchText(specs[keyAt].name, specs[k].name, key, m));
    }
  }
  // The rows kept (key not blank), then each column read on them: column by column keeps the hot
  // loop small enough for a million rows.
  const width = key[0]?.length ?? 0;
  const keyKind = specs[keyAt].kind;
  // The other columns every kept row must fill: they tell an empty-as-0 row from a zero amount.
  const required = matrices.filter(
    (m, k): m is unknown[][] => m !== null && k !== keyAt && !specs[k].optional && !specs[k].blankCells,
  );
  const kept: number[] = [];
  for (let r = 0; r < key.length; r++) {
    for (let c = 0; c < width; c++) {
      const first = key[r][c];
      const blank =
        typeof first === "number"
          ? first === 0 && (keyKind === "date" || isEmptyAsZeroRow(required, r, c))
          : isBlankCell(first, keyKind) && cellError(first) === undefined;
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
    const spec = specs[k].blankCells ? { ...specs[k], optional: true } : specs[k];
    const dayMonth = spec.kind === "date" ? dayMonthOrderOf(keptTexts(m, kept, width), spec.name) : undefined;
    if (isFailure(dayMonth)) return dayMonth;
    const amounts = isAmountKind(spec) ? currencies : undefined;
    const column = new Array<unknown>(kept.length);
    for (let i = 0; i < kept.length; i++) {
      const at = kept[i];
      const raw = m[(at / width) | 0][at % width];
      // Older desktop builds pass an empty cell as 0: no name or status is the number 0.
      const cell = raw === 0 && spec.kind === "text" ? null : raw;
      const value = typeof cell === "number" ? readNumberCell(cell, spec) : readCell(cell, spec, dayMonth);
      if (isFailure(value)) return reword(value, (inner) => FM.atRow({ inner, row: at + 1 }));
      if (amounts && typeof cell === "string") amounts.note(cell);
      column[i] = value;
    }
    columns.push(column);
  }
  return columns;
}

/**
 * True when the key cell at (r, c) is 0 and so is, or is blank, every required column's cell there:
 * what older desktop builds pass for an empty ledger row (every empty cell as 0). A zero amount
 * beside a due date is still an invoice; with no due date (serial 0 is no date) it carries nothing
 * to age or forecast. Without another required column nothing tells, and the 0 is kept.
 */
function isEmptyAsZeroRow(required: ReadonlyArray<unknown[][]>, r: number, c: number): boolean {
  if (required.length === 0) return false;
  for (const m of required) {
    const cell = m[r][c];
    if (cell !== 0 && !(isBlankCell(cell) && cellError(cell) === undefined)) return false;
  }
  return true;
}

/** The text cells of a column on the rows kept (a stray note beside a skipped row does not count). */
function keptTexts(m: unknown[][], kept: readonly number[], width: number): string[] {
  const texts: string[] = [];
  for (const at of kept) {
    const cell = m[(at / width) | 0][at % width];
    if (typeof cell === "string") texts.push(cell);
  }
  return texts;
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
    if (whole > 0 && whole >= MIN_SERIAL[getDateSystem()] && whole <= MAX_SERIAL[getDateSystem()]) return whole;
  }
  return readCell(value, spec);
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
    if (value === null) return fail("missing", FM.blankInList({ name, position: i + 1 }));
    out.push(value);
  }
  return out;
}

/**
 * Reads a two-or-more-column table (a rate table `effective_from | annual rate`) row by row, each
 * column by its spec. Blank rows are skipped; a first row that does not read (a header) is skipped.
 * A date column's day-month texts are read in the order the column proves.
 *
 * @example
 * readTableRows([["From", "Rate"], [45658, 0.1215]], [{ name: "effective_from", kind: "date" }, { name: "rate", kind: "rate" }]) //=> [[45658, 0.1215]]
 */
export function readTableRows(table: readonly (readonly unknown[])[], specs: readonly ArgSpec[]): Result<unknown[][]> {
  const rows: unknown[][] = [];
  const orders: Array<DayMonthOrder | undefined> = [];
  for (let k = 0; k < specs.length; k++) {
    const column = specs[k].kind === "date" ? table.map((row) => [row[k]]) : [];
    const order = dayMonthOrderOf(textsOf(column), specs[k].name);
    if (isFailure(order)) return order;
    orders.push(order);
  }
  for (let r = 0; r < table.length; r++) {
    const cells = specs.map((_, k) => table[r][k] ?? null);
    if (cells.every((cell) => isBlankCell(cell))) continue;
    const values = cells.map((cell, k) => readCell(cell, specs[k], orders[k]));
    const failure = values.find(isFailure);
    if (failure && r === 0 && cells.every((cell) => typeof cell === "string")) continue;
    if (failure) return reword(failure, (inner) => FM.atTableRow({ inner, row: r + 1 }));
    rows.push(values);
  }
  return rows;
}
