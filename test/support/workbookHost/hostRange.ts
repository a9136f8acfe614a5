import { fullAddress, intersects, MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import { surroundingRegion } from "./surroundingRegion";
import { Batch, HostObject, HostRichApiError, invalidArgument, itemNotFound } from "./hostContext";
import { HostConditionalFormatCollection } from "./hostFormats";
import { HostTableScopedCollection } from "./hostTables";
import type { SheetModel } from "./sheetModel";
import type { HostWorksheet } from "./hostWorkbook";
import { applyStructuralEdit, StructuralEditError } from "./applyStructuralEdit";
import type { StructuralEdit } from "./structuralEdit";

/** Where a range is: resolved when the batch runs, as office.js resolves object paths on the host. */
export interface Where {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}
export type Locator = () => Where | null;

/** Reads above this many cells are refused (Excel's 5 million cell read limit). */
const MAX_READ_CELLS = 5_000_000;

const RANGE_PROPS = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "numberFormat",
  "formulas",
  "rowHidden",
  "columnHidden",
];

/** Excel.Range over the model. */
export class HostRange extends HostObject {
  constructor(
    batch: Batch,
    private readonly locate: Locator,
    private readonly sheetProxy: (batch: Batch, sheet: () => SheetModel | null) => HostWorksheet,
    trackNullObject = false,
  ) {
    super(batch);
    if (trackNullObject) this.trackNull();
  }

  protected get scalarProperties(): readonly string[] {
    return RANGE_PROPS;
  }

  protected override exists(): boolean {
    return this.locate() !== null;
  }

  where(): Where {
    const where = this.locate();
    if (!where) throw itemNotFound("range");
    return where;
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.where();
    const rows = rect.r1 - rect.r0 + 1,
      cols = rect.c1 - rect.c0 + 1;
    switch (name) {
      case "address":
      case "addressLocal":
        return fullAddress(sheet.name, rect);
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "cellCount":
        return rows * cols;
      // Hidden or filtered out, a row's cells still read through values: only these flags tell.
      case "rowHidden":
        return sheet.hiddenState(rect.r0, rect.r1, "rows");
      case "columnHidden":
        return sheet.hiddenState(rect.c0, rect.c1, "columns");
      case "values":
      case "formulas":
      case "numberFormat":
      case "text":
      case "valueTypes": {
        if (rows * cols > MAX_READ_CELLS) {
          throw new HostRichApiError("ResponsePayloadSizeLimitExceeded", "The range has more cells than can be read at once.");
        }
        return this.grid(sheet, rect, name);
      }
      default:
        throw invalidArgument(`host: Range.${name} is not modelled`);
    }
  }

  private grid(sheet: SheetModel, rect: Rect, name: string): unknown[][] {
    const out: unknown[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: unknown[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (name === "numberFormat") row.push(sheet.numberFormat(r, c));
        else if (name === "formulas") row.push(sheet.formula(r, c) ?? sheet.value(r, c));
        else if (name === "text") row.push(String(sheet.value(r, c)));
        else if (name === "valueTypes") row.push(valueType(sheet.value(r, c)));
        else row.push(sheet.value(r, c));
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown) {
    this.write(input, (s, r, c, v) => s.writeValue(r, c, v));
  }
  /** True when all the range's rows are hidden (by the user or a filter), false when none, null when some. */
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  /** Hides or shows the range's whole rows. */
  set rowHidden(hidden: boolean) {
    this.queue(hidden, () => {
      const { sheet, rect } = this.where();
      sheet.setRowsHidden(rect.r0, rect.r1, hidden === true);
    });
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.queue(hidden, () => {
      const { sheet, rect } = this.where();
      sheet.setColumnsHidden(rect.c0, rect.c1, hidden === true);
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown) {
    this.write(input, (s, r, c, v) => s.writeFormula(r, c, v));
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown) {
    if (!Array.isArray(input)) {
      // One value for the whole range: a range-level format, stored as one run per column.
      this.queue(input, () => this.where().sheet.setNumberFormat(this.where().rect, String(input)));
      return;
    }
    this.write(input, (s, r, c, v) => s.setNumberFormatCell(r, c, v));
  }

  /** A 2-D write must match the range's shape; a single value is copied to every cell. */
  private write(input: unknown, put: (sheet: SheetModel, r: number, c: number, value: unknown) => void): void {
    this.queue(input, () => {
      const { sheet, rect } = this.where();
      if (!Array.isArray(input)) {
        for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) put(sheet, r, c, input);
        return;
      }
      const rows = rect.r1 - rect.r0 + 1,
        cols = rect.c1 - rect.c0 + 1;
      if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw invalidArgument(
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      for (let i = 0; i < rows; i++) {
        const row = input[i] as unknown[];
        for (let j = 0; j < cols; j++) put(sheet, rect.r0 + i, rect.c0 + j, row[j]);
      }
    });
  }

  private derive(shape: (rect: Rect) => Rect): HostRange {
    return new HostRange(
      this.batch,
      () => {
        const where = this.locate();
        if (!where) return null;
        const rect = shape(where.rect);
        if (
          rect.r0 < 0 ||
          rect.c0 < 0 ||
          rect.r1 >= MAX_ROWS ||
          rect.c1 >= MAX_COLUMNS ||
          rect.r1 < rect.r0 ||
          rect.c1 < rect.c0
        ) {
          throw invalidArgument("The argument is invalid or missing or has an incorrect format.");
        }
        return { sheet: where.sheet, rect };
      },
      this.sheetProxy,
    );
  }

  getCell(row: number, column: number): HostRange {
    return this.derive((r) => ({ r0: r.r0 + row, c0: r.c0 + column, r1: r.r0 + row, c1: r.c0 + column }));
  }
  getOffsetRange(rows: number, columns: number): HostRange {
    return this.derive((r) => ({ r0: r.r0 + rows, c0: r.c0 + columns, r1: r.r1 + rows, c1: r.c1 + columns }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): HostRange {
    return this.derive((r) => ({ ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns }));
  }
  getAbsoluteResizedRange(rows: number, columns: number): HostRange {
    return this.derive((r) => ({ ...r, r1: r.r0 + rows - 1, c1: r.c0 + columns - 1 }));
  }
  getRow(index: number): HostRange {
    return this.derive((r) => ({ ...r, r0: r.r0 + index, r1: r.r0 + index }));
  }
  getColumn(index: number): HostRange {
    return this.derive((r) => ({ ...r, c0: r.c0 + index, c1: r.c0 + index }));
  }
  getLastRow(): HostRange {
    return this.derive((r) => ({ ...r, r0: r.r1 }));
  }
  /** The whole rows the range spans ("3:5"). */
  getEntireRow(): HostRange {
    return this.derive((r) => ({ ...r, c0: 0, c1: MAX_COLUMNS - 1 }));
  }
  /** The whole columns the range spans ("A:B"). */
  getEntireColumn(): HostRange {
    return this.derive((r) => ({ ...r, r0: 0, r1: MAX_ROWS - 1 }));
  }

  /**
   * Range.insert(shift): on whole rows ("3:5", shift "Down") inserts that many rows there, on whole
   * columns ("A:B", shift "Right") that many columns, moving everything after them as Excel does
   * (see applyStructuralEdit); on other ranges shifts only the cells below (shift "Down") or right
   * of (shift "Right") the range, in its columns (rows). Returns the inserted cells. Shifting part of
   * a table is refused (InsertDeleteConflict) as Excel does; splitting a conditional format's range,
   * which Excel does, is refused as NotImplemented.
   */
  insert(shift: string): HostRange {
    let inserted: Where | null = null;
    this.queue({ insert: shift }, () => (inserted = this.structural("insert", shift)));
    return new HostRange(this.batch, () => inserted, this.sheetProxy);
  }

  /** Range.delete(shift): whole rows (shift "Up"), whole columns (shift "Left"), or cells shifted up or left; see insert. */
  delete(shift: string): void {
    this.queue({ delete: shift }, () => this.structural("delete", shift));
  }

  private structural(kind: "insert" | "delete", shift: string): Where {
    const { sheet, rect } = this.where();
    const rows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
    const columns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    const vertical = kind === "insert" ? "Down" : "Up";
    const horizontal = kind === "insert" ? "Right" : "Left";
    if (shift !== vertical && shift !== horizontal)
      throw invalidArgument(`Range.${kind} takes shift "${vertical}" or "${horizontal}", not "${shift}".`);
    if ((rows && columns) || (rows && shift !== vertical) || (columns && shift !== horizontal)) {
      const what = rows && columns ? "the whole sheet" : `whole ${rows ? "rows" : "columns"} shifted ${shift}`;
      throw new HostRichApiError("NotImplemented", `host: Range.${kind} of ${what} is not modelled`);
    }
    const down = shift === vertical;
    const edit: StructuralEdit = {
      kind,
      axis: down ? "rows" : "columns",
      at: down ? rect.r0 : rect.c0,
      count: down ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1,
      // Cells shifted within some columns (rows) only: whole rows (columns) move everything.
      ...(rows || columns ? {} : { band: down ? { lo: rect.c0, hi: rect.c1 } : { lo: rect.r0, hi: rect.r1 } }),
    };
    try {
      applyStructuralEdit(this.batch.model, sheet, edit);
      return { sheet, rect };
    } catch (error) {
      if (error instanceof StructuralEditError) throw new HostRichApiError(error.code, error.message);
      throw error;
    }
  }

  /** Excel's current region of the top-left cell: grown until bordered by empty rows and columns. */
  getSurroundingRegion(): HostRange {
    return new HostRange(
      this.batch,
      () => {
        const { sheet, rect } = this.where();
        return { sheet, rect: surroundingRegion(sheet, { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 }) };
      },
      this.sheetProxy,
    );
  }

  getUsedRange(valuesOnly = false): HostRange {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): HostRange {
    return this.used(valuesOnly, true);
  }
  private used(valuesOnly: boolean, orNull: boolean): HostRange {
    return new HostRange(
      this.batch,
      () => {
        const { sheet, rect } = this.where();
        const used = sheet.usedRect(valuesOnly);
        const clipped =
          used && intersects(used, rect)
            ? {
                r0: Math.max(used.r0, rect.r0),
                c0: Math.max(used.c0, rect.c0),
                r1: Math.min(used.r1, rect.r1),
                c1: Math.min(used.c1, rect.c1),
              }
            : null;
        if (!clipped && !orNull) throw itemNotFound("used range");
        return clipped && { sheet, rect: clipped };
      },
      this.sheetProxy,
      orNull,
    );
  }

  getTables(fullyContained = false): HostTableScopedCollection {
    return new HostTableScopedCollection(
      this.batch,
      () => {
        const { sheet, rect } = this.where();
        return (this.batchModelTables() ?? []).filter(
          (t) => t.sheet === sheet && (fullyContained ? contains(rect, t.rect) : intersects(rect, t.rect)),
        );
      },
      this.sheetProxy,
    );
  }
  private batchModelTables() {
    return this.batch.model.tables;
  }

  get worksheet(): HostWorksheet {
    return this.sheetProxy(this.batch, () => this.locate()?.sheet ?? null);
  }

  get conditionalFormats(): HostConditionalFormatCollection {
    return new HostConditionalFormatCollection(this.batch, () => this.where(), this.sheetProxy);
  }

  select(): void {
    this.queue(null, () => {
      const { sheet, rect } = this.where();
      this.batch.model.selection = { sheet, rect };
    });
  }

  /** Range.clear(applyTo): "All" (default), "Contents" or "Formats". */
  clear(applyTo: string = "All"): void {
    this.queue(applyTo, () => {
      const { sheet, rect } = this.where();
      sheet.clear(rect, applyTo !== "Formats", applyTo !== "Contents");
    });
  }
}

function valueType(v: unknown): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}
