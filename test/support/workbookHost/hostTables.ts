import { Batch, HostClientResult, HostObject, HostRichApiError, itemNotFound } from "./hostContext";
import { HostRange } from "./hostRange";
import type { SheetModel } from "./sheetModel";
import type { TableModel } from "./workbookModel";
import type { HostWorksheet } from "./hostWorkbook";

type SheetProxy = (batch: Batch, sheet: () => SheetModel | null) => HostWorksheet;

/** Excel.Table: name, ranges and columns. */
export class HostTable extends HostObject {
  constructor(
    batch: Batch,
    private readonly target: () => TableModel | null,
    private readonly sheetProxy: SheetProxy,
    orNull = false,
  ) {
    super(batch);
    if (orNull) this.trackNull();
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "id"];
  }
  protected override exists(): boolean {
    return this.target() !== null;
  }
  private table(): TableModel {
    const table = this.target();
    if (!table) throw itemNotFound("table");
    return table;
  }
  protected read(name: string): unknown {
    return name === "id" ? `{T-${this.table().name}}` : this.table().name;
  }
  get name(): string {
    return this.get("name");
  }
  /** Renames the table (Excel refuses a name another table has). */
  set name(value: string) {
    this.queue({ name: value }, () => {
      const table = this.table();
      if (this.batch.model.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase()))
        throw new HostRichApiError("InvalidArgument", `a table named ${value} already exists`);
      table.name = value;
    });
  }
  get id(): string {
    return this.get("id");
  }
  /** Table.rows: add() appends rows at the bottom (onto empty cells only: Excel would shift cells down). */
  get rows(): { add(index?: number | null, values?: unknown[][]): void } {
    return {
      add: (index?: number | null, values?: unknown[][]) => {
        this.queue({ index, values }, () => {
          const table = this.table();
          const { sheet, rect } = table;
          if (index !== null && index !== undefined && index !== rect.r1 - rect.r0)
            throw new HostRichApiError("InvalidArgument", "host: only appended table rows are modelled");
          const grid = values ?? [[]];
          for (let i = 0; i < grid.length; i++) {
            for (let c = rect.c0; c <= rect.c1; c++) {
              if (!sheet.isEmpty(rect.r1 + 1 + i, c))
                throw new HostRichApiError("InsertDeleteConflict", "host: cells below the table are not empty");
            }
          }
          grid.forEach((row, i) => row.forEach((value, j) => sheet.writeValue(rect.r1 + 1 + i, rect.c0 + j, value)));
          table.rect = { ...rect, r1: rect.r1 + grid.length };
        });
      },
    };
  }
  getRange(): HostRange {
    return new HostRange(this.batch, () => ({ sheet: this.table().sheet, rect: this.table().rect }), this.sheetProxy);
  }
  getHeaderRowRange(): HostRange {
    return new HostRange(
      this.batch,
      () => {
        const { sheet, rect } = this.table();
        return { sheet, rect: { ...rect, r1: rect.r0 } };
      },
      this.sheetProxy,
    );
  }
  getDataBodyRange(): HostRange {
    return new HostRange(
      this.batch,
      () => {
        const { sheet, rect } = this.table();
        return { sheet, rect: { ...rect, r0: rect.r0 + 1 } };
      },
      this.sheetProxy,
    );
  }
  get worksheet(): HostWorksheet {
    return this.sheetProxy(this.batch, () => this.target()?.sheet ?? null);
  }
  get columns(): HostTableColumnCollection {
    return new HostTableColumnCollection(this.batch, () => this.table(), this.sheetProxy);
  }
}

/** Table.columns: add() appends a column (its header named), getItem by name. */
export class HostTableColumnCollection extends HostObject {
  constructor(
    batch: Batch,
    private readonly table: () => TableModel,
    private readonly sheetProxy: SheetProxy,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected read(): unknown {
    const { rect } = this.table();
    return rect.c1 - rect.c0 + 1;
  }
  get count(): number {
    return this.get("count");
  }

  /**
   * Appends a column at the right edge (index null/undefined or = column count). The host models
   * only that case, and only onto empty cells: real Excel would shift occupied cells right.
   */
  add(index?: number | null, values?: unknown[][], name?: string): HostTableColumn {
    let columnIndex = -1;
    this.queue({ index, values, name }, () => {
      const table = this.table();
      const { sheet, rect } = table;
      const width = rect.c1 - rect.c0 + 1;
      if (index !== null && index !== undefined && index !== width)
        throw new HostRichApiError("InvalidArgument", "host: only appended table columns are modelled");
      const c = rect.c1 + 1;
      for (let r = rect.r0; r <= rect.r1; r++) {
        if (!sheet.isEmpty(r, c))
          throw new HostRichApiError("InsertDeleteConflict", "host: cells right of the table are not empty");
      }
      table.rect = { ...rect, c1: c };
      // Excel keeps table column names unique (case-insensitive): a taken name gets a number.
      const taken = new Set<string>();
      for (let k = rect.c0; k <= rect.c1; k++) taken.add(String(sheet.value(rect.r0, k)).toLowerCase());
      let given = name ?? uniqueName(sheet, table, `Column${width + 1}`);
      for (let n = 2; taken.has(given.toLowerCase()); n++) given = `${name}${n}`;
      sheet.writeValue(rect.r0, c, given);
      if (values) values.forEach((row, i) => sheet.writeValue(rect.r0 + i, c, row[0]));
      columnIndex = width;
    });
    return new HostTableColumn(this.batch, this.table, () => columnIndex, this.sheetProxy);
  }
  getItem(key: string | number): HostTableColumn {
    return this.item(key, false);
  }
  getItemOrNullObject(key: string | number): HostTableColumn {
    return this.item(key, true);
  }
  private item(key: string | number, orNull: boolean): HostTableColumn {
    const find = () => {
      const { sheet, rect } = this.table();
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (typeof key === "number" ? c - rect.c0 === key : String(sheet.value(rect.r0, c)) === key) return c - rect.c0;
      }
      if (orNull) return -1;
      throw itemNotFound(`table column ${key}`);
    };
    return new HostTableColumn(this.batch, this.table, find, this.sheetProxy, orNull);
  }
  getCount(): HostClientResult<number> {
    return new HostClientResult(this.batch, () => this.read() as number);
  }
}

function uniqueName(sheet: SheetModel, table: TableModel, base: string): string {
  return base + (sheet.value(table.rect.r0, table.rect.c1) === base ? "1" : "");
}

/** One table column. delete() is modelled for the rightmost column only (what an appended column needs). */
export class HostTableColumn extends HostObject {
  constructor(
    batch: Batch,
    private readonly table: () => TableModel,
    private readonly position: () => number,
    private readonly sheetProxy: SheetProxy,
    orNull = false,
  ) {
    super(batch);
    if (orNull) this.trackNull();
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "index"];
  }
  protected override exists(): boolean {
    return this.position() >= 0;
  }
  protected read(name: string): unknown {
    const { sheet, rect } = this.table();
    return name === "index" ? this.position() : String(sheet.value(rect.r0, rect.c0 + this.position()));
  }
  get name(): string {
    return this.get("name");
  }
  get index(): number {
    return this.get("index") as number;
  }
  getDataBodyRange(): HostRange {
    return new HostRange(
      this.batch,
      () => {
        const { sheet, rect } = this.table();
        const c = rect.c0 + this.position();
        return { sheet, rect: { r0: rect.r0 + 1, r1: rect.r1, c0: c, c1: c } };
      },
      this.sheetProxy,
    );
  }
  delete(): void {
    this.queue(null, () => {
      const table = this.table();
      const { sheet, rect } = table;
      const c = rect.c0 + this.position();
      if (this.position() < 0) throw itemNotFound("table column");
      if (c !== rect.c1) throw new HostRichApiError("InvalidArgument", "host: deleting an inner table column is not modelled");
      sheet.clear({ r0: rect.r0, r1: rect.r1, c0: c, c1: c }, true, true);
      table.rect = { ...rect, c1: c - 1 };
    });
  }
}

/** Range.getTables(): the tables overlapping a range. */
export class HostTableScopedCollection extends HostObject {
  private found: TableModel[] = [];
  constructor(
    batch: Batch,
    private readonly list: () => TableModel[],
    private readonly sheetProxy: SheetProxy,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected read(): unknown {
    this.found = this.list();
    return this.found.map((t) => ({ name: t.name }));
  }
  get items(): HostTable[] {
    this.get("items");
    return this.found.map((t) => {
      const table = new HostTable(this.batch, () => t, this.sheetProxy);
      (table as unknown as { loaded: Map<string, unknown> }).loaded.set("name", t.name);
      return table;
    });
  }
  getFirstOrNullObject(): HostTable {
    return new HostTable(this.batch, () => this.list()[0] ?? null, this.sheetProxy, true);
  }
  getCount(): HostClientResult<number> {
    return new HostClientResult(this.batch, () => this.list().length);
  }
}
