import { Batch, HostClientResult, HostObject, HostRichApiError, itemNotFound } from "./hostContext";
import type { HostRange, Where } from "./hostRange";
import type { ConditionalFormatModel, SheetModel } from "./sheetModel";
import { intersects } from "./a1";
import type { HostWorksheet } from "./hostWorkbook";

type SheetProxy = (batch: Batch, sheet: () => SheetModel | null) => HostWorksheet;

/** Range.conditionalFormats: the rules that overlap the range; add() puts a new rule on top (priority 0). */
export class HostConditionalFormatCollection extends HostObject {
  private itemsCache: HostConditionalFormat[] | undefined;
  constructor(
    batch: Batch,
    private readonly where: () => Where,
    private readonly sheetProxy: SheetProxy,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  private matching(): ConditionalFormatModel[] {
    const { sheet, rect } = this.where();
    return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).sort((a, b) => a.priority - b.priority);
  }
  protected read(): unknown {
    return this.matching().map((cf) => ({ id: cf.id, type: cf.type, priority: cf.priority, stopIfTrue: cf.stopIfTrue }));
  }
  override load(option?: unknown): this {
    super.load(option === undefined ? undefined : "items");
    this.batch.enqueue({
      requestBytes: 0,
      run: () => {
        const found = this.matching();
        return {
          bytes: 0,
          commit: () => (this.itemsCache = found.map((cf) => HostConditionalFormat.loaded(this.batch, cf, this.where))),
        };
      },
    });
    return this;
  }
  get items(): HostConditionalFormat[] {
    this.get("items");
    return this.itemsCache ?? [];
  }
  getCount(): HostClientResult<number> {
    return new HostClientResult(this.batch, () => this.matching().length);
  }
  getItem(id: string): HostConditionalFormat {
    return new HostConditionalFormat(this.batch, () => {
      const sheet = this.where().sheet;
      const cf = sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw itemNotFound(`conditional format ${id}`);
      return { sheet, cf };
    });
  }
  add(type: string): HostConditionalFormat {
    let created: { sheet: SheetModel; cf: ConditionalFormatModel } | undefined;
    this.queue(type, () => {
      const { sheet, rect } = this.where();
      for (const cf of sheet.conditionalFormats) cf.priority++;
      const cf: ConditionalFormatModel = {
        id: this.batch.model.newId("{CF-"),
        rect,
        type,
        formula: "",
        fill: null,
        fontColor: null,
        priority: 0,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.push(cf);
      created = { sheet, cf };
    });
    return new HostConditionalFormat(this.batch, () => {
      if (!created) throw itemNotFound("conditional format");
      return created;
    });
  }
  clearAll(): void {
    this.queue(null, () => {
      const { sheet, rect } = this.where();
      const keep = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...keep);
    });
  }
}

type CfTarget = () => { sheet: SheetModel; cf: ConditionalFormatModel };

/** One conditional format; `custom.rule.formula` and `custom.format.fill.color` / `font.color` are modelled. */
export class HostConditionalFormat extends HostObject {
  constructor(
    batch: Batch,
    private readonly target: CfTarget,
  ) {
    super(batch);
  }
  static loaded(batch: Batch, cf: ConditionalFormatModel, where: () => Where): HostConditionalFormat {
    const proxy = new HostConditionalFormat(batch, () => ({ sheet: where().sheet, cf }));
    proxy.loaded.set("id", cf.id).set("type", cf.type).set("priority", cf.priority).set("stopIfTrue", cf.stopIfTrue);
    return proxy;
  }
  protected get scalarProperties(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected read(name: string): unknown {
    const { cf } = this.target();
    return (cf as unknown as Record<string, unknown>)[name];
  }
  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }
  set priority(value: number) {
    this.queue(value, () => {
      const { sheet, cf } = this.target();
      const others = sheet.conditionalFormats.filter((c) => c !== cf).sort((a, b) => a.priority - b.priority);
      others.splice(Math.min(value, others.length), 0, cf);
      others.forEach((c, i) => (c.priority = i));
    });
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.queue(value, () => (this.target().cf.stopIfTrue = value));
  }
  get custom() {
    const target = this.target;
    const queue = (value: unknown, apply: () => void) => this.queue(value, apply);
    return {
      rule: new HostConditionalFormatRule(this.batch, target),
      format: {
        fill: {
          set color(value: string) {
            queue(value, () => (target().cf.fill = value));
          },
        },
        font: {
          set color(value: string) {
            queue(value, () => (target().cf.fontColor = value));
          },
        },
      },
    };
  }
  getRange(): HostRange {
    throw itemNotFound("host: ConditionalFormat.getRange is not modelled");
  }
  delete(): void {
    this.queue(null, () => {
      const { sheet, cf } = this.target();
      const index = sheet.conditionalFormats.indexOf(cf);
      if (index < 0) throw itemNotFound(`conditional format ${cf.id}`);
      sheet.conditionalFormats.splice(index, 1);
      sheet.conditionalFormats.sort((a, b) => a.priority - b.priority).forEach((c, i) => (c.priority = i));
    });
  }
}

/**
 * CustomConditionalFormat.rule: `formula` is written, and read back once loaded. As in Excel, the
 * `custom` of a format of another type is refused when the batch runs.
 */
export class HostConditionalFormatRule extends HostObject {
  constructor(
    batch: Batch,
    private readonly target: CfTarget,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["formula"];
  }
  protected read(): unknown {
    const { cf } = this.target();
    if (cf.type !== "Custom")
      throw new HostRichApiError("InvalidOperation", "This operation is not permitted for the current object.");
    return cf.formula;
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.queue(value, () => (this.target().cf.formula = value));
  }
}
