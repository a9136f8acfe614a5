import { columnLetters, parseAddress, quoteSheet, rectAddress, type Rect } from "./a1";
import { applyStructuralEdit } from "./applyStructuralEdit";
import { SheetModel, type RowHiding } from "./sheetModel";
import type { StructuralEdit } from "./structuralEdit";

/** An Excel table: its whole range (header row included) and its column names. */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
}

/**
 * A workbook-scoped named item: a range (whose `rect` becomes null, "#REF!", once its cells are all
 * deleted) or a constant ("=0.5", "=TRUE", '="text"').
 */
export interface NameModel {
  name: string;
  comment: string;
  visible: boolean;
  target:
    | { readonly kind: "range"; readonly sheet: SheetModel; rect: Rect | null }
    | { readonly kind: "constant"; readonly value: string | number | boolean };
}

/** A name's formula as Excel shows it: "=Sheet1!$I$1:$L$20", "=Sheet1!#REF!", "=0.5". */
export function nameFormula(name: NameModel): string {
  const target = name.target;
  if (target.kind === "constant") {
    const v = target.value;
    return typeof v === "string"
      ? `="${v.replace(/"/g, '""')}"`
      : typeof v === "boolean"
        ? `=${String(v).toUpperCase()}`
        : `=${v}`;
  }
  const sheet = quoteSheet(target.sheet.name);
  if (!target.rect) return `=${sheet}!#REF!`;
  return `=${sheet}!${absolute(rectAddress(target.rect))}`;
}

/** "I1:L20" → "$I$1:$L$20"; "A:B" → "$A:$B"; "3:5" → "$3:$5". */
function absolute(address: string): string {
  return address
    .split(":")
    .map((part) =>
      part.replace(/^([A-Z]+)?(\d+)?$/, (_, col?: string, row?: string) => `${col ? `$${col}` : ""}${row ? `$${row}` : ""}`),
    )
    .join(":");
}

export interface Selection {
  sheet: SheetModel;
  rect: Rect;
}

/**
 * The in-memory workbook behind the test host: sheets, tables, workbook settings, names, the
 * selection and the date system. Plain data and no I/O, so a browser preview page can hold one too.
 * Tests play the user with setRows, hideRows, select, and the structural edits insertRows,
 * deleteRows, insertColumns, deleteColumns, moveColumns and moveRows, which shift everything as
 * Excel does (see applyStructuralEdit).
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly settings = new Map<string, unknown>();
  /** Workbook-scoped named items, in the order they were added. */
  readonly names: NameModel[] = [];
  selection: Selection;
  dateSystem: 1900 | 1904 = 1900;
  /**
   * A calculation engine (the preview page plugs HyperFormula in): run before reads that follow a
   * write, so formulas show computed values. Without one, formula cells read as empty.
   */
  calculator: ((model: WorkbookModel) => void) | null = null;
  /** Bumped on every change, so a view can tell it must redraw. */
  version = 0;
  private dirty = false;
  private nextId = 1;

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new SheetModel(name));
    this.selection = { sheet: this.sheets[0], rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }

  /** Notes that cells, formats or sheets changed: the next read recalculates. */
  markChanged(): void {
    this.dirty = true;
    this.version++;
  }

  /** Runs the calculator when something changed since it last ran. */
  ensureCalculated(): void {
    if (!this.dirty || !this.calculator) return;
    this.dirty = false;
    this.calculator(this);
  }

  /** A fresh id for conditional formats and the like. */
  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    this.markChanged();
    return sheet;
  }

  /** Writes rows of values starting at `topLeft` (e.g. "A1") on `sheetName`, as a user would type them. */
  setRows(sheetName: string, topLeft: string, rows: readonly (readonly unknown[])[]): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseAddress(topLeft);
    if (!at) throw new Error(`bad address ${topLeft}`);
    rows.forEach((row, i) => row.forEach((value, j) => sheet.writeValue(at.rect.r0 + i, at.rect.c0 + j, value)));
    this.markChanged();
  }

  /** Turns a range (header row first) into a table. */
  addTable(sheetName: string, address: string, name: string): TableModel {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!sheet || !at) throw new Error(`bad table ${sheetName}!${address}`);
    const table = { name, sheet, rect: at.rect };
    this.tables.push(table);
    return table;
  }

  /**
   * Hides the rows `address` covers (e.g. "A3:A4": only its rows count), as the user would (`by`
   * "user") or as an AutoFilter does when it filters them out ("filter").
   */
  hideRows(sheetName: string, address: string, by: RowHiding = "user"): void {
    const { sheet, rect } = this.at(sheetName, address);
    sheet.setRowsHidden(rect.r0, rect.r1, true, by);
    this.markChanged();
  }

  /** Hides the columns `address` covers (e.g. "E1" or "E1:F1": only its columns count). */
  hideColumns(sheetName: string, address: string): void {
    const { sheet, rect } = this.at(sheetName, address);
    sheet.setColumnsHidden(rect.c0, rect.c1, true);
    this.markChanged();
  }

  private at(sheetName: string, address: string): { sheet: SheetModel; rect: Rect } {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!sheet || !at) throw new Error(`bad range ${sheetName}!${address}`);
    return { sheet, rect: at.rect };
  }

  /** A workbook name, found case-insensitively as Excel does. */
  name(name: string): NameModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key);
  }

  /** Defines a workbook name for a range, e.g. addName("Ledger", "Sheet1!I1:L20"). */
  addName(name: string, reference: string, comment = ""): NameModel {
    const at = parseAddress(reference.replace(/^=/, ""));
    const sheet = at && (at.sheet === null ? this.selection.sheet : this.sheet(at.sheet));
    if (!at || !sheet) throw new Error(`bad name reference ${reference}`);
    if (this.name(name)) throw new Error(`the name ${name} already exists`);
    const model: NameModel = { name, comment, visible: true, target: { kind: "range", sheet, rect: at.rect } };
    this.names.push(model);
    this.markChanged();
    return model;
  }

  /**
   * Inserts `count` empty rows before row `at` (1-based, as Excel numbers rows) on `sheetName`, as
   * the user does with Insert Sheet Rows: everything below moves down. See applyStructuralEdit.
   */
  insertRows(sheetName: string, at: number, count = 1): void {
    this.edit(sheetName, { kind: "insert", axis: "rows", at: at - 1, count });
  }

  /** Deletes `count` rows from row `at` (1-based): everything below moves up. */
  deleteRows(sheetName: string, at: number, count = 1): void {
    this.edit(sheetName, { kind: "delete", axis: "rows", at: at - 1, count });
  }

  /** Inserts `count` empty columns before column `at` ("C", or its 1-based number, 3): everything right of it moves right. */
  insertColumns(sheetName: string, at: string | number, count = 1): void {
    this.edit(sheetName, { kind: "insert", axis: "columns", at: columnAt(at), count });
  }

  /** Deletes `count` columns from column `at` ("C", or its 1-based number, 3): everything right of them moves left. */
  deleteColumns(sheetName: string, at: string | number, count = 1): void {
    this.edit(sheetName, { kind: "delete", axis: "columns", at: columnAt(at), count });
  }

  /**
   * Cuts `count` columns from column `from` and inserts them before column `to` (letters or 1-based
   * numbers, `to` counted before the move), as the user drags columns: moveColumns("Sheet1", "A", 1,
   * "D") leaves B, C, A, D. References to the moved cells follow them.
   */
  moveColumns(sheetName: string, from: string | number, count: number, to: string | number): void {
    this.edit(sheetName, { kind: "move", axis: "columns", from: columnAt(from), count, to: columnAt(to) });
  }

  /** Cuts `count` rows from row `from` (1-based) and inserts them before row `to` (1-based, counted before the move). */
  moveRows(sheetName: string, from: number, count: number, to: number): void {
    this.edit(sheetName, { kind: "move", axis: "rows", from: from - 1, count, to: to - 1 });
  }

  /** Applies a structural edit (0-based indices) to the sheet and everything that refers to it. */
  edit(sheetName: string, edit: StructuralEdit): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    applyStructuralEdit(this, sheet, edit);
  }

  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!sheet || !at) throw new Error(`bad selection ${sheetName}!${address}`);
    this.selection = { sheet, rect: at.rect };
  }

  /**
   * A canonical JSON image of everything a user could see or save (cells, formulas, number
   * formats, tables, conditional formats, notes, settings); not the selection. Two workbooks with
   * equal snapshots are the same workbook.
   */
  snapshot(): string {
    const sheets = this.sheets.map((sheet) => {
      const found: [number, number, unknown][] = [];
      const formats: [string, [number, number, string][]][] = [];
      for (const c of [...sheet.columns.keys()].sort((a, b) => a - b)) {
        const store = sheet.columns.get(c)!;
        const runs = store.normalizedRuns();
        if (runs.length > 0) formats.push([columnLetters(c), runs]);
        store.values.forEach((v, r) => {
          if (v !== undefined) found.push([r, c, v]);
        });
        for (const [r, f] of store.formulas) found.push([r, c, { formula: f }]);
      }
      found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const cells = found.map(([r, c, v]) => [`${columnLetters(c)}${r + 1}`, v]);
      return {
        name: sheet.name,
        cells,
        formats,
        conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf, rect: rectAddress(cf.rect) })),
        notes: [...sheet.notes].sort(([a], [b]) => compareCells(a, b)),
        // Only sheets with charts carry the key, so snapshots taken before charts existed stay comparable.
        ...(sheet.charts.length > 0 ? { charts: sheet.charts.map((chart) => ({ ...chart })) } : {}),
        // Likewise hidden rows and columns: the key appears only on a sheet that has some.
        ...(sheet.hiddenRows.size + sheet.hiddenColumns.size > 0 ? { hidden: hiddenImage(sheet) } : {}),
      };
    });
    const tables = this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, range: rectAddress(t.rect) }));
    const settings = [...this.settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // Names appear only in a workbook that has some, so snapshots taken before names existed stay comparable.
    const names = this.names.map((n) => ({ name: n.name, formula: nameFormula(n), visible: n.visible, comment: n.comment }));
    return JSON.stringify({ sheets, tables, settings, dateSystem: this.dateSystem, ...(names.length > 0 ? { names } : {}) });
  }
}

/** Hidden rows as [1-based row, cause] and hidden columns as letters, both in order. */
function hiddenImage(sheet: SheetModel): { rows: [number, RowHiding][]; columns: string[] } {
  return {
    rows: [...sheet.hiddenRows].sort((a, b) => a[0] - b[0]).map(([r, by]) => [r + 1, by]),
    columns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnLetters),
  };
}

function columnAt(at: string | number): number {
  if (typeof at === "number") return at - 1;
  const parsed = parseAddress(`${at}1`);
  if (!parsed) throw new Error(`bad column ${at}`);
  return parsed.rect.c0;
}

function compareCells(a: string, b: string): number {
  const pa = parseAddress(a)!.rect,
    pb = parseAddress(b)!.rect;
  return pa.r0 - pb.r0 || pa.c0 - pb.c0;
}
