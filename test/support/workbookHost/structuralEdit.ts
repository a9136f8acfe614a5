import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";

/**
 * One structural edit of a sheet, as the user makes it: rows or columns inserted, deleted, or cut
 * and inserted elsewhere (a drag). Indices are 0-based; a move's `to` is the row or column the block
 * is inserted before, counted before the move (so moving column A to before D gives B, C, A, D).
 */
export type StructuralEdit = (
  | { readonly kind: "insert"; readonly axis: Axis; readonly at: number; readonly count: number }
  | { readonly kind: "delete"; readonly axis: Axis; readonly at: number; readonly count: number }
  | { readonly kind: "move"; readonly axis: Axis; readonly from: number; readonly count: number; readonly to: number }
) & {
  /**
   * For cells shifted rather than whole rows or columns (Range.insert on "B2:C3" shifts only columns
   * B:C down): the cross-axis indices the edit is confined to. Absent for whole rows or columns.
   */
  readonly band?: Band;
};

/** Cross-axis indices [lo, hi]: columns for a row edit, rows for a column edit. */
export interface Band {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Whether something spanning [lo, hi] across the edit's axis moves with it: always under whole rows
 * or columns; under shifted cells only when it lies inside the band (Excel leaves a reference that
 * reaches outside the shifted cells alone).
 */
export function inBand(edit: StructuralEdit, lo: number, hi: number): boolean {
  return !edit.band || (lo >= edit.band.lo && hi <= edit.band.hi);
}

/** A rectangle's span across the edit's axis. */
export function crossSpan(edit: StructuralEdit, rect: Rect): [number, number] {
  return edit.axis === "rows" ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
}

export type Axis = "rows" | "columns";

export function axisLimit(axis: Axis): number {
  return axis === "rows" ? MAX_ROWS : MAX_COLUMNS;
}

/** A stretch of old indices [lo, hi] that all move by `offset`. */
interface Segment {
  readonly lo: number;
  readonly hi: number;
  readonly offset: number;
}

/** Where surviving old indices go: contiguous segments, each moved by one offset (deleted ones are in none). */
export function segments(edit: StructuralEdit): Segment[] {
  const end = axisLimit(edit.axis) - 1;
  const all: Segment[] =
    edit.kind === "insert"
      ? [
          { lo: 0, hi: edit.at - 1, offset: 0 },
          { lo: edit.at, hi: end, offset: edit.count },
        ]
      : edit.kind === "delete"
        ? [
            { lo: 0, hi: edit.at - 1, offset: 0 },
            { lo: edit.at + edit.count, hi: end, offset: -edit.count },
          ]
        : moveSegments(edit.from, edit.count, edit.to, end);
  return all.filter((s) => s.lo <= s.hi);
}

function moveSegments(from: number, count: number, to: number, end: number): Segment[] {
  if (to >= from && to <= from + count) return [{ lo: 0, hi: end, offset: 0 }];
  if (to > from)
    return [
      { lo: 0, hi: from - 1, offset: 0 },
      { lo: from, hi: from + count - 1, offset: to - from - count },
      { lo: from + count, hi: to - 1, offset: -count },
      { lo: to, hi: end, offset: 0 },
    ];
  return [
    { lo: 0, hi: to - 1, offset: 0 },
    { lo: to, hi: from - 1, offset: count },
    { lo: from, hi: from + count - 1, offset: to - from },
    { lo: from + count, hi: end, offset: 0 },
  ];
}

const segmentCache = new WeakMap<StructuralEdit, Segment[]>();

/** Where one old index goes: null when it was deleted (or pushed off the grid). */
export function mapIndex(edit: StructuralEdit, index: number): number | null {
  let found = segmentCache.get(edit);
  if (!found) segmentCache.set(edit, (found = segments(edit)));
  for (const s of found) {
    if (index >= s.lo && index <= s.hi) {
      const moved = index + s.offset;
      return moved < axisLimit(edit.axis) ? moved : null;
    }
  }
  return null;
}

/**
 * Where a span of old indices [a, b] goes, as Excel adjusts a reference or a range-bound object
 * (table, conditional format, name): insertion at or before its start moves it, insertion inside it
 * grows it; deletion inside it shrinks it, of all of it gives null (#REF!). A span wholly inside a
 * moved block moves with it; any other span sees the move as the block deleted, then inserted at
 * its destination. The end is clipped at the grid's edge; a start pushed off gives null.
 */
export function mapSpan(edit: StructuralEdit, a: number, b: number): [number, number] | null {
  const limit = axisLimit(edit.axis);
  if (edit.kind === "insert") {
    const lo = a >= edit.at ? a + edit.count : a;
    const hi = b >= edit.at ? b + edit.count : b;
    return lo >= limit ? null : [lo, Math.min(hi, limit - 1)];
  }
  if (edit.kind === "delete") {
    const last = edit.at + edit.count - 1;
    if (b < edit.at) return [a, b];
    if (a > last) return [a - edit.count, b - edit.count];
    if (a >= edit.at && b <= last) return null;
    return [a < edit.at ? a : edit.at, b > last ? b - edit.count : edit.at - 1];
  }
  const { from, count, to } = edit;
  if (to >= from && to <= from + count) return [a, b];
  if (a >= from && b < from + count)
    return [a + (to > from ? to - from - count : to - from), b + (to > from ? to - from - count : to - from)];
  const removed = mapSpan({ kind: "delete", axis: edit.axis, at: from, count }, a, b);
  if (!removed) return null;
  return mapSpan({ kind: "insert", axis: edit.axis, at: to > from ? to - count : to, count }, removed[0], removed[1]);
}

/**
 * The old index that becomes a span's first after the edit: its start, unless that start was
 * deleted (or cut away) while the span survives. A conditional format's relative formula is
 * written for its first cell, so it must be re-based when that cell changes.
 */
export function firstSurvivor(edit: StructuralEdit, a: number, b: number): number {
  if (edit.kind === "insert") return a;
  const [start, count] = edit.kind === "delete" ? [edit.at, edit.count] : [edit.from, edit.count];
  if (edit.kind === "move" && ((edit.to >= start && edit.to <= start + count) || (a >= start && b < start + count))) return a;
  return a >= start && a < start + count && b >= start + count ? start + count : a;
}

/**
 * A rectangle after the edit (one axis changes), or null when all its rows (columns) went. Under
 * shifted cells, a rectangle not inside the band stays.
 */
export function mapRect(edit: StructuralEdit, rect: Rect): Rect | null {
  if (!inBand(edit, ...crossSpan(edit, rect))) return rect;
  if (edit.axis === "rows") {
    const span = mapSpan(edit, rect.r0, rect.r1);
    return span && { ...rect, r0: span[0], r1: span[1] };
  }
  const span = mapSpan(edit, rect.c0, rect.c1);
  return span && { ...rect, c0: span[0], c1: span[1] };
}

// Formula tokens: a string literal (left alone), or a reference with an optional sheet: a cell or a
// cell range, whole columns ("A:B") or whole rows ("3:5"). Not after a letter, digit, "_", ".", "$",
// "!" or "[" (names, functions like LOG10, structured references), nor before "(" or "!".
const SHEET = String.raw`'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const TOKEN = new RegExp(
  String.raw`("(?:[^"]|"")*")|(?<![\p{L}\p{N}_.$!\[])(?:(${SHEET})!)?(?:(${CELL})(?::(${CELL}))?|(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})|(\$?\d{1,7}):(\$?\d{1,7}))(?![\p{L}\p{N}_(.!\[])`,
  "gu",
);
const CELL_PARTS = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

interface Part {
  colAbs: boolean;
  col: number | null;
  rowAbs: boolean;
  row: number | null;
}

function cellPart(text: string): Part {
  const m = CELL_PARTS.exec(text)!;
  return { colAbs: m[1] === "$", col: columnIndex(m[2]), rowAbs: m[3] === "$", row: Number(m[4]) - 1 };
}

function partText(p: Part): string {
  const col = p.col === null ? "" : `${p.colAbs ? "$" : ""}${columnLetters(p.col)}`;
  const row = p.row === null ? "" : `${p.rowAbs ? "$" : ""}${p.row + 1}`;
  return col + row;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Rewrites each reference of a formula: `rewrite` gets the sheet it points at (the formula's own
 * when unqualified) and its two corners (a whole-column reference has null rows, a whole-row one
 * null columns), and returns new corners, or null for #REF!. String literals are left alone.
 */
function rewriteReferences(
  formula: string,
  ownSheet: string,
  rewrite: (sheet: string, first: Part, last: Part) => [Part, Part] | null,
): string {
  return formula.replace(
    TOKEN,
    (
      match: string,
      literal?: string,
      sheet?: string,
      c1?: string,
      c2?: string,
      k1?: string,
      k2?: string,
      w1?: string,
      w2?: string,
    ) => {
      if (literal !== undefined) return match;
      let first: Part, last: Part;
      if (c1 !== undefined) {
        first = cellPart(c1);
        last = cellPart(c2 ?? c1);
      } else if (k1 !== undefined) {
        const col = (t: string) => ({
          colAbs: t.startsWith("$"),
          col: columnIndex(t.replace("$", "")),
          rowAbs: false,
          row: null,
        });
        [first, last] = [col(k1), col(k2!)];
      } else {
        const row = (t: string) => ({ colAbs: false, col: null, rowAbs: t.startsWith("$"), row: Number(t.replace("$", "")) - 1 });
        [first, last] = [row(w1!), row(w2!)];
      }
      const outOfGrid = [first, last].some(
        (p) => (p.col !== null && (p.col < 0 || p.col >= MAX_COLUMNS)) || (p.row !== null && (p.row < 0 || p.row >= MAX_ROWS)),
      );
      if (outOfGrid) return match;
      const prefix = sheet === undefined ? "" : `${sheet}!`;
      const result = rewrite(sheet === undefined ? ownSheet : unquote(sheet), first, last);
      if (!result) return `${prefix}#REF!`;
      const [a, b] = result;
      const same = (p: Part, q: Part) => p.col === q.col && p.row === q.row;
      if (same(a, first) && same(b, last)) return match;
      return c2 === undefined && c1 !== undefined ? `${prefix}${partText(a)}` : `${prefix}${partText(a)}:${partText(b)}`;
    },
  );
}

/**
 * A formula after a structural edit of sheet `editedSheet`, as Excel adjusts it: every reference
 * into the edited sheet (unqualified ones when the formula lives there) follows its cells, absolute
 * or not; a range grows or shrinks; a reference to deleted cells becomes #REF!.
 *
 * @example
 * adjustFormula("=SUM(B2:B5)+$A$9", "Sheet1", "Sheet1", { kind: "insert", axis: "rows", at: 3, count: 1 }) //=> "=SUM(B2:B6)+$A$10"
 */
export function adjustFormula(formula: string, ownSheet: string, editedSheet: string, edit: StructuralEdit): string {
  const key = editedSheet.toLowerCase();
  return rewriteReferences(formula, ownSheet, (sheet, first, last) => {
    if (sheet.toLowerCase() !== key) return [first, last];
    const rows = edit.axis === "rows";
    const lo = rows ? first.row : first.col;
    const hi = rows ? last.row : last.col;
    if (lo === null || hi === null) return [first, last]; // whole columns under a row edit, or the reverse
    const [p, q] = rows ? [first.col, last.col] : [first.row, last.row];
    const [x0, x1] = p === null || q === null ? [0, (rows ? MAX_COLUMNS : MAX_ROWS) - 1] : [p, q];
    if (!inBand(edit, Math.min(x0, x1), Math.max(x0, x1))) return [first, last];
    const span = mapSpan(edit, Math.min(lo, hi), Math.max(lo, hi));
    if (!span) return null;
    const [a, b] = lo <= hi ? span : [span[1], span[0]];
    return rows
      ? [
          { ...first, row: a },
          { ...last, row: b },
        ]
      : [
          { ...first, col: a },
          { ...last, col: b },
        ];
  });
}

/**
 * A formula's relative references moved by `rows` and `columns` (absolute parts stay), as Excel
 * re-bases a conditional format's formula from one cell of its range to another.
 */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return rewriteReferences(formula, "", (_sheet, first, last) => {
    const move = (p: Part): Part => ({
      ...p,
      row: p.row === null || p.rowAbs ? p.row : p.row + rows,
      col: p.col === null || p.colAbs ? p.col : p.col + columns,
    });
    const moved: [Part, Part] = [move(first), move(last)];
    const off = moved.some(
      (p) => (p.row !== null && (p.row < 0 || p.row >= MAX_ROWS)) || (p.col !== null && (p.col < 0 || p.col >= MAX_COLUMNS)),
    );
    return off ? null : moved;
  });
}
