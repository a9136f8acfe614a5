import { intersects, parseAddress, rectAddress, MAX_COLUMNS, MAX_ROWS } from "./a1";
import type { TableModel } from "./workbookModel";
import { Batch, HostClientResult, HostObject, invalidArgument, itemNotFound } from "./hostContext";
import { HostRange, type Locator } from "./hostRange";
import { HostTable } from "./hostTables";
import { HostChartCollection } from "./hostCharts";
import { HostNoteCollection, HostSettingCollection } from "./hostNotesAndSettings";
import { HostNamedItemCollection } from "./hostNames";
import { HostCustomXmlPartCollection } from "./hostCustomXmlParts";
import type { SheetModel } from "./sheetModel";

/** Builds the worksheet proxy for a sheet resolver (passed around so ranges can give their worksheet). */
export function sheetProxy(batch: Batch, sheet: () => SheetModel | null): HostWorksheet {
  return new HostWorksheet(batch, sheet);
}

function rangeOn(batch: Batch, locate: Locator, orNull = false): HostRange {
  return new HostRange(batch, locate, sheetProxy, orNull);
}

/** Excel.Worksheet. */
export class HostWorksheet extends HostObject {
  constructor(
    batch: Batch,
    private readonly target: () => SheetModel | null,
    orNull = false,
  ) {
    super(batch);
    if (orNull) this.trackNull();
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "id", "position"];
  }
  protected override exists(): boolean {
    return this.target() !== null;
  }
  private sheet(): SheetModel {
    const sheet = this.target();
    if (!sheet) throw itemNotFound("worksheet");
    return sheet;
  }
  protected read(name: string): unknown {
    const sheet = this.sheet();
    if (name === "position") return this.batch.model.sheets.indexOf(sheet);
    if (name === "id") return `{S-${sheet.name}}`;
    return sheet.name;
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }

  getRange(address?: string): HostRange {
    return rangeOn(this.batch, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const at = parseAddress(address);
      if (!at || (at.sheet !== null && at.sheet.toLowerCase() !== sheet.name.toLowerCase()))
        throw invalidArgument(`bad address ${address}`);
      return { sheet, rect: at.rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange {
    return rangeOn(this.batch, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || startRow + rowCount > MAX_ROWS) {
        throw invalidArgument("The argument is invalid or missing or has an incorrect format.");
      }
      return {
        sheet: this.sheet(),
        rect: { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 },
      };
    });
  }
  getCell(row: number, column: number): HostRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): HostRange {
    return this.getRange().getUsedRange(valuesOnly);
  }
  getUsedRangeOrNullObject(valuesOnly = false): HostRange {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }
  activate(): void {
    this.queue(null, () => {
      const sheet = this.sheet();
      if (this.batch.model.selection.sheet !== sheet)
        this.batch.model.selection = { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  get notes(): HostNoteCollection {
    return new HostNoteCollection(this.batch, () => this.sheet());
  }
  get tables(): HostTableCollection {
    return new HostTableCollection(this.batch, () => this.sheet());
  }
  get charts(): HostChartCollection {
    return new HostChartCollection(this.batch, () => this.sheet());
  }
}

/** Workbook.worksheets. */
export class HostWorksheetCollection extends HostObject {
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected read(): unknown {
    return this.batch.model.sheets.map((s) => ({ name: s.name }));
  }
  /** The sheets in tab order, each with its name loaded (load("items/name")). */
  get items(): { readonly name: string }[] {
    return this.get<{ name: string }[]>("items").map(({ name }) => ({ name }));
  }
  getItem(name: string): HostWorksheet {
    return new HostWorksheet(this.batch, () => {
      const sheet = this.batch.model.sheet(name);
      if (!sheet) throw itemNotFound(`worksheet ${name}`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): HostWorksheet {
    return new HostWorksheet(this.batch, () => this.batch.model.sheet(name) ?? null, true);
  }
  /** Worksheets.add(name): a new sheet at the end; a name already used (any case) is refused, as Excel does. */
  add(name: string): HostWorksheet {
    this.queue(name, () => {
      if (this.batch.model.sheet(name)) throw invalidArgument(`a sheet named ${name} already exists`);
      this.batch.model.addSheet(name);
    });
    return this.getItem(name);
  }
  getActiveWorksheet(): HostWorksheet {
    return new HostWorksheet(this.batch, () => this.batch.model.selection.sheet);
  }
}

/** Worksheet.tables / Workbook.tables: lookup by name. */
export class HostTableCollection extends HostObject {
  constructor(
    batch: Batch,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["count"];
  }
  private list() {
    const sheet = this.sheet?.();
    return this.batch.model.tables.filter((t) => !sheet || t.sheet === sheet);
  }
  protected read(): unknown {
    return this.list().length;
  }
  getItem(name: string): HostTable {
    return new HostTable(
      this.batch,
      () => {
        const table = this.list().find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (!table) throw itemNotFound(`table ${name}`);
        return table;
      },
      sheetProxy,
    );
  }
  getItemOrNullObject(name: string): HostTable {
    return new HostTable(
      this.batch,
      () => this.list().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      sheetProxy,
      true,
    );
  }
  /**
   * Tables.add(address, hasHeaders): a table over a block (the address may name its sheet), named
   * Table1, Table2… as Excel names them. Only tables with a header row are modelled, and a block
   * that overlaps another table is refused, as Excel does.
   */
  add(address: string, hasHeaders: boolean): HostTable {
    let made: TableModel | null = null;
    this.queue({ address, hasHeaders }, () => {
      const at = parseAddress(address);
      const sheet = at?.sheet ? this.batch.model.sheet(at.sheet) : this.sheet?.();
      if (!at || !sheet) throw invalidArgument(`bad table address ${address}`);
      if (!hasHeaders) throw invalidArgument("host: only tables with headers are modelled");
      if (this.batch.model.tables.some((t) => t.sheet === sheet && intersects(t.rect, at.rect)))
        throw invalidArgument("A table can't overlap another table.");
      let n = 1;
      while (this.batch.model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      made = this.batch.model.addTable(sheet.name, rectAddress(at.rect), `Table${n}`);
    });
    return new HostTable(this.batch, () => made, sheetProxy);
  }
}

/** Excel.Workbook: the entry point of a batch. */
export class HostWorkbook {
  readonly worksheets: HostWorksheetCollection;
  readonly settings: HostSettingCollection;
  readonly tables: HostTableCollection;
  readonly application: HostApplication;
  readonly functions: HostFunctions;
  /** Workbook-scoped named items. */
  readonly names: HostNamedItemCollection;
  constructor(private readonly batch: Batch) {
    this.names = new HostNamedItemCollection(batch, sheetProxy);
    this.worksheets = new HostWorksheetCollection(batch);
    this.settings = new HostSettingCollection(batch);
    this.tables = new HostTableCollection(batch, null);
    this.application = new HostApplication(batch);
    this.functions = new HostFunctions(batch);
  }
  /** Workbook.customXmlParts (ExcelApi 1.5): XML kept in the file, out of the cells' way. */
  get customXmlParts(): HostCustomXmlPartCollection {
    return new HostCustomXmlPartCollection(this.batch);
  }
  getSelectedRange(): HostRange {
    return rangeOn(this.batch, () => this.batch.model.selection);
  }
  getActiveCell(): HostRange {
    return rangeOn(this.batch, () => {
      const { sheet, rect } = this.batch.model.selection;
      return { sheet, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } };
    });
  }
}

export class HostApplication {
  constructor(private readonly batch: Batch) {}
  /** Counted so tests can see calculation was suspended for the writes of a sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.batch.enqueue({ requestBytes: 16, run: () => void this.batch.stats.suspendCalculation++ });
  }
}

/** Workbook.functions: only DATE, which the date-system probe evaluates. */
export class HostFunctions {
  constructor(private readonly batch: Batch) {}
  date(year: number, month: number, day: number): HostFunctionResult {
    return new HostFunctionResult(this.batch, () => {
      const utc = Date.UTC(year, month - 1, day);
      if (this.batch.model.dateSystem === 1904) return (utc - Date.UTC(1904, 0, 1)) / 86_400_000;
      // 1900 system: serial 1 = 1900-01-01 and the phantom 1900-02-29 (serial 60) shifts later dates by one.
      const days = (utc - Date.UTC(1899, 11, 31)) / 86_400_000;
      return days >= 60 ? days + 1 : days;
    });
  }
}

export class HostFunctionResult extends HostObject {
  private readonly result: HostClientResult<number>;
  constructor(batch: Batch, compute: () => number) {
    super(batch);
    this.result = new HostClientResult(batch, compute);
  }
  protected get scalarProperties(): readonly string[] {
    return ["value", "error"];
  }
  protected read(): unknown {
    return null;
  }
  override load(): this {
    return this;
  }
  get value(): number {
    return this.result.value;
  }
  get error(): string | null {
    return null;
  }
}
