import { columnLetters, parseAddress, rectAddress, type Rect } from "./a1";
import { SheetModel, type RowHiding } from "./sheetModel";

/** An Excel table: its whole range (header row included) and its column names. */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
}

export interface Selection {
  sheet: SheetModel;
  rect: Rect;
}

/**
 * The in-memory workbook behind the test host: sheets, tables, workbook settings, the selection and
 * the date system. Plain data and no I/O, so a browser preview page can hold one too.
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly settings = new Map<string, unknown>();
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
    return JSON.stringify({ sheets, tables, settings, dateSystem: this.dateSystem });
  }
}

/** Hidden rows as [1-based row, cause] and hidden columns as letters, both in order. */
function hiddenImage(sheet: SheetModel): { rows: [number, RowHiding][]; columns: string[] } {
  return {
    rows: [...sheet.hiddenRows].sort((a, b) => a[0] - b[0]).map(([r, by]) => [r + 1, by]),
    columns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnLetters),
  };
}

function compareCells(a: string, b: string): number {
  const pa = parseAddress(a)!.rect,
    pb = parseAddress(b)!.rect;
  return pa.r0 - pb.r0 || pa.c0 - pb.c0;
}
