/**
 * The scan's rows kept as typed columns (issue #17 item 10, memory at scale). A million rows read
 * from a sheet are a million small arrays of boxed cells and fresh strings: some 300 MB the pane
 * would hold for as long as it shows the scan. Packed, each column is a kind per row (one byte),
 * its numbers in one typed array, and its texts as codes into a list of distinct texts (a name
 * that recurs is kept once), which is a third of that and allocates nothing per row.
 *
 * The packed rows still read as rows: `rows[i][c]` and `rows.length` give the very cells that were
 * packed ("" for an empty cell, numbers, texts, booleans, null), so everything that reads the
 * scan's rows (dashboard, forecast, letters, financing) works unchanged. A row is rebuilt when it
 * is read; the last one read is kept while the caller reads its cells in turn (rows are read-only
 * by type; not frozen, which costs a tenth of a second per million rows read).
 */

/** What a cell is, one byte per row and column. */
const Kind = { empty: 0, number: 1, text: 2, true: 3, false: 4, other: 5, absent: 6, null: 7 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** Past this many distinct texts a column stops looking for repeats (invoice numbers never repeat). */
const DISTINCT_LIMIT = 65_536;

type Codes = Uint8Array | Uint16Array | Int32Array;

/** One column, packed. */
interface PackedColumn {
  readonly kinds: Uint8Array;
  /** Numbers by row; Int32Array when every number is a whole int32 (dates, counts). null: no numbers. */
  readonly numbers: Float64Array | Int32Array | null;
  /** Index into `texts` by row; null: no texts. */
  readonly codes: Codes | null;
  readonly texts: readonly string[];
  /** Cells of any other type (objects, undefined inside a row), by row. */
  readonly others: ReadonlyMap<number, unknown> | null;
}

function kindOf(cell: unknown): Kind {
  switch (typeof cell) {
    case "number":
      return Kind.number;
    case "string":
      return cell === "" ? Kind.empty : Kind.text;
    case "boolean":
      return cell ? Kind.true : Kind.false;
    default:
      return cell === null ? Kind.null : Kind.other;
  }
}

/** The smallest typed array that holds the codes 0 … count − 1. */
function narrowCodes(codes: Int32Array, count: number): Codes {
  if (count <= 0x100) return Uint8Array.from(codes);
  if (count <= 0x10000) return Uint16Array.from(codes);
  return codes;
}

/** Int32Array when every number fits one exactly (−0 does not), else the Float64Array itself. */
function narrowNumbers(numbers: Float64Array, kinds: Uint8Array): Float64Array | Int32Array {
  for (let i = 0; i < numbers.length; i++) {
    if (kinds[i] !== Kind.number) continue;
    const v = numbers[i];
    if ((v | 0) !== v || Object.is(v, -0)) return numbers;
  }
  return Int32Array.from(numbers);
}

function packColumn(rows: readonly (readonly unknown[])[], c: number): PackedColumn {
  const n = rows.length;
  const kinds = new Uint8Array(n);
  let numbers: Float64Array | null = null;
  let codes: Int32Array | null = null;
  const texts: string[] = [];
  let seen: Map<string, number> | null = new Map();
  let others: Map<number, unknown> | null = null;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (c >= row.length) {
      kinds[i] = Kind.absent;
      continue;
    }
    const cell = row[c];
    const kind = kindOf(cell);
    kinds[i] = kind;
    if (kind === Kind.number) (numbers ??= new Float64Array(n))[i] = cell as number;
    else if (kind === Kind.text) {
      const text = cell as string;
      let code = seen?.get(text);
      if (code === undefined) {
        code = texts.push(text) - 1;
        if (seen !== null) {
          if (texts.length > DISTINCT_LIMIT)
            seen = null; // a column of unique texts: stop hashing them
          else seen.set(text, code);
        }
      }
      (codes ??= new Int32Array(n))[i] = code;
    } else if (kind === Kind.other) (others ??= new Map()).set(i, cell);
  }
  return {
    kinds,
    numbers: numbers === null ? null : narrowNumbers(numbers, kinds),
    codes: codes === null ? null : narrowCodes(codes, texts.length),
    texts,
    others,
  };
}

function cellOf(column: PackedColumn, i: number): unknown {
  switch (column.kinds[i]) {
    case Kind.empty:
      return "";
    case Kind.number:
      return column.numbers![i];
    case Kind.text:
      return column.texts[column.codes![i]];
    case Kind.true:
      return true;
    case Kind.false:
      return false;
    case Kind.null:
      return null;
    case Kind.other:
      return column.others?.get(i);
    default:
      return undefined; // absent: the row was shorter
  }
}

/** A canonical array index ("0", "17"; not "01", "1.5", "-1"), or -1. */
function indexOf(key: string): number {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return -1;
  const i = Number(key);
  return Number.isSafeInteger(i) ? i : -1;
}

/**
 * Packs rows into typed columns and returns them as read-only rows: same length, same cells.
 * Rows are rebuilt on reading; writing to the packed rows is refused.
 *
 * @example
 * const rows = packLedgerRows([["Acme", 100, ""], ["Acme", 250.5, "Disputed"]]);
 * rows.length //=> 2
 * rows[1][1] //=> 250.5
 * rows[0][2] //=> ""
 */
export function packLedgerRows(rows: readonly (readonly unknown[])[]): readonly (readonly unknown[])[] {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  const columns: PackedColumn[] = [];
  for (let c = 0; c < width; c++) columns.push(packColumn(rows, c));
  // Rows as long as they were (a shorter row's missing cells are absent, not "").
  const lengths = new Uint16Array(rows.length);
  for (let i = 0; i < rows.length; i++) lengths[i] = rows[i].length;
  // Built apart: a closure made here would keep `rows` (and every cell read) alive with the view.
  return rowsView(columns, lengths);
}

/** The packed columns as read-only rows (see packLedgerRows). */
function rowsView(columns: readonly PackedColumn[], lengths: Uint16Array): readonly (readonly unknown[])[] {
  const n = lengths.length;
  let lastIndex = -1;
  let lastRow: readonly unknown[] = [];
  const rowAt = (i: number): readonly unknown[] => {
    if (i === lastIndex) return lastRow;
    const row = new Array<unknown>(lengths[i]);
    for (let c = 0; c < row.length; c++) row[c] = cellOf(columns[c], i);
    lastIndex = i;
    lastRow = row;
    return lastRow;
  };

  // An empty array as the target: Array.isArray holds and the array methods work through the traps.
  return new Proxy([] as unknown[], {
    get(target, key, receiver) {
      if (key === "length") return n;
      if (typeof key === "string") {
        const i = indexOf(key);
        if (i >= 0) return i < n ? rowAt(i) : undefined;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === "string") {
        const i = indexOf(key);
        if (i >= 0) return i < n;
      }
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (key === "length") return { value: n, writable: true, enumerable: false, configurable: false };
      if (typeof key === "string") {
        const i = indexOf(key);
        if (i >= 0) return i < n ? { value: rowAt(i), writable: false, enumerable: true, configurable: true } : undefined;
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys() {
      return [...Array.from({ length: n }, (_, i) => String(i)), "length"];
    },
    set() {
      return false;
    },
    defineProperty() {
      return false;
    },
    deleteProperty() {
      return false;
    },
  }) as readonly (readonly unknown[])[];
}
