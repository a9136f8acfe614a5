import { parseAddress, rectAddress } from "./a1";
import { Batch, HostObject, HostRichApiError, invalidArgument, itemNotFound } from "./hostContext";
import type { HostRange } from "./hostRange";
import type { SheetModel } from "./sheetModel";

/** Worksheet.notes (ExcelApi 1.18): one note per cell. */
export class HostNoteCollection extends HostObject {
  constructor(
    batch: Batch,
    private readonly sheet: () => SheetModel,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected read(): unknown {
    return this.sheet().notes.size;
  }
  add(cellAddress: HostRange | string, content: string): HostNote {
    let key = "";
    this.queue(content, () => {
      const sheet = this.sheet();
      const rect = typeof cellAddress === "string" ? parseAddress(cellAddress)?.rect : cellAddress.where().rect;
      if (!rect || rect.r0 !== rect.r1 || rect.c0 !== rect.c1)
        throw new HostRichApiError("InvalidCellAddress", "The note must be on a single cell.");
      key = rectAddress(rect);
      if (sheet.notes.has(key)) throw invalidArgument(`a note already exists at ${key}`);
      sheet.notes.set(key, content);
    });
    return new HostNote(this.batch, this.sheet, () => key);
  }
  getItemOrNullObject(key: string): HostNote {
    const cell = () => rectAddress(parseAddress(key)?.rect ?? { r0: -1, c0: -1, r1: -1, c1: -1 });
    return new HostNote(this.batch, this.sheet, cell, true);
  }
}

export class HostNote extends HostObject {
  constructor(
    batch: Batch,
    private readonly sheet: () => SheetModel,
    private readonly cell: () => string,
    orNull = false,
  ) {
    super(batch);
    if (orNull) this.trackNull();
  }
  protected get scalarProperties(): readonly string[] {
    return ["content"];
  }
  protected override exists(): boolean {
    return this.sheet().notes.has(this.cell());
  }
  protected read(): unknown {
    return this.sheet().notes.get(this.cell());
  }
  get content(): string {
    return this.get("content");
  }
  set content(value: string) {
    this.queue(value, () => this.sheet().notes.set(this.cell(), value));
  }
  delete(): void {
    this.queue(null, () => {
      if (!this.sheet().notes.delete(this.cell())) throw itemNotFound("note");
    });
  }
}

/** Workbook.settings: JSON values that travel with the workbook. */
export class HostSettingCollection extends HostObject {
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected read(): unknown {
    return [...this.batch.model.settings].map(([key, value]) => ({ key, value }));
  }
  add(key: string, value: unknown): HostSetting {
    this.queue({ key, value }, () => this.batch.model.settings.set(key, JSON.parse(JSON.stringify(value))));
    return new HostSetting(this.batch, key);
  }
  getItem(key: string): HostSetting {
    return new HostSetting(this.batch, key);
  }
  getItemOrNullObject(key: string): HostSetting {
    return new HostSetting(this.batch, key, true);
  }
}

export class HostSetting extends HostObject {
  constructor(
    batch: Batch,
    private readonly key: string,
    orNull = false,
  ) {
    super(batch);
    if (orNull) this.trackNull();
  }
  protected get scalarProperties(): readonly string[] {
    return ["key", "value"];
  }
  protected override exists(): boolean {
    return this.batch.model.settings.has(this.key);
  }
  protected read(name: string): unknown {
    if (!this.exists()) throw itemNotFound(`setting ${this.key}`);
    return name === "key" ? this.key : this.batch.model.settings.get(this.key);
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(value: unknown) {
    this.queue(value, () => this.batch.model.settings.set(this.key, JSON.parse(JSON.stringify(value))));
  }
  delete(): void {
    this.queue(null, () => void this.batch.model.settings.delete(this.key));
  }
}
