import { parseAddress } from "./a1";
import { Batch, HostClientResult, HostObject, HostRichApiError, invalidArgument, itemNotFound } from "./hostContext";
import { HostRange, type Where } from "./hostRange";
import type { SheetModel } from "./sheetModel";
import { nameFormula, type NameModel } from "./workbookModel";
import type { HostWorksheet } from "./hostWorkbook";

type SheetProxy = (batch: Batch, sheet: () => SheetModel | null) => HostWorksheet;

const NAMED_ITEM_PROPS = ["name", "type", "value", "formula", "visible", "comment", "scope"];

/**
 * A name Excel accepts: a letter, "_" or "\" first, then letters, digits, "_", "." or "\"; not a cell
 * reference ("A1", "XFD10"), nor R1C1 shorthand ("R", "C", "R1C1"). At most 255 characters.
 */
function validName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && parseAddress(name) !== null) return false;
  return !/^[RrCc]$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}

/** One name's properties, as office.js reports them. */
function describe(name: NameModel): Record<string, unknown> {
  const target = name.target;
  const isRange = target.kind === "range";
  return {
    name: name.name,
    type: isRange
      ? target.rect
        ? "Range"
        : "Error"
      : typeof target.value === "number"
        ? "Double"
        : typeof target.value === "boolean"
          ? "Boolean"
          : "String",
    value: isRange ? (target.rect ? nameFormula(name).slice(1) : "#REF!") : target.value,
    formula: nameFormula(name),
    visible: name.visible,
    comment: name.comment,
    scope: "Workbook",
  };
}

/**
 * Workbook.names: add (a Range, or a reference such as "=Sheet1!$A$1:$B$2", or a constant "=0.5"),
 * getItem / getItemOrNullObject (case-insensitive), items and getCount.
 */
export class HostNamedItemCollection extends HostObject {
  private found: NameModel[] = [];
  constructor(
    batch: Batch,
    private readonly sheetProxy: SheetProxy,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected read(): unknown {
    this.found = [...this.batch.model.names];
    return this.found.map(describe);
  }
  /** The names, each with its properties loaded (load("items/name") or load("items")). */
  get items(): HostNamedItem[] {
    const data = this.get<Record<string, unknown>[]>("items");
    return this.found.map((model, i) => HostNamedItem.loaded(this.batch, model, data[i], this.sheetProxy));
  }
  getCount(): HostClientResult<number> {
    return new HostClientResult(this.batch, () => this.batch.model.names.length);
  }

  /**
   * NamedItemCollection.add(name, reference, comment): a name already used (in any case) is refused
   * with ItemAlreadyExists, a name Excel would not accept with InvalidArgument.
   */
  add(name: string, reference: HostRange | string, comment = ""): HostNamedItem {
    const payload = { name, reference: typeof reference === "string" ? reference : "range", comment };
    this.queue(payload, () => {
      const model = this.batch.model;
      if (!validName(name)) throw invalidArgument(`The name '${name}' is not valid.`);
      if (model.name(name)) throw new HostRichApiError("ItemAlreadyExists", `The name '${name}' already exists.`);
      model.names.push({ name, comment, visible: true, target: this.resolve(reference) });
    });
    return this.getItem(name);
  }

  private resolve(reference: HostRange | string): NameModel["target"] {
    if (typeof reference !== "string") {
      const { sheet, rect } = reference.where();
      return { kind: "range", sheet, rect };
    }
    const text = reference.trim().replace(/^=/, "");
    const at = parseAddress(text);
    if (at) {
      const sheet = at.sheet === null ? this.batch.model.selection.sheet : this.batch.model.sheet(at.sheet);
      if (!sheet) throw new HostRichApiError("InvalidReference", `host: no sheet in the reference ${reference}`);
      return { kind: "range", sheet, rect: at.rect };
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { kind: "constant", value: Number(text) };
    if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "constant", value: text.toUpperCase() === "TRUE" };
    const literal = /^"((?:[^"]|"")*)"$/.exec(text);
    if (literal) return { kind: "constant", value: literal[1].replace(/""/g, '"') };
    throw new HostRichApiError("NotImplemented", `host: a name for ${reference} is not modelled (ranges and constants are)`);
  }

  getItem(name: string): HostNamedItem {
    return new HostNamedItem(
      this.batch,
      () => {
        const found = this.batch.model.name(name);
        if (!found) throw itemNotFound(`name ${name}`);
        return found;
      },
      this.sheetProxy,
    );
  }
  getItemOrNullObject(name: string): HostNamedItem {
    return new HostNamedItem(this.batch, () => this.batch.model.name(name) ?? null, this.sheetProxy, true);
  }
}

/** Excel.NamedItem: its properties, getRange / getRangeOrNullObject (a range name that is not #REF!), delete. */
export class HostNamedItem extends HostObject {
  constructor(
    batch: Batch,
    private readonly target: () => NameModel | null,
    private readonly sheetProxy: SheetProxy,
    orNull = false,
  ) {
    super(batch);
    if (orNull) this.trackNull();
  }
  static loaded(batch: Batch, model: NameModel, data: Record<string, unknown>, sheetProxy: SheetProxy): HostNamedItem {
    const item = new HostNamedItem(batch, () => (batch.model.names.includes(model) ? model : null), sheetProxy);
    for (const [key, value] of Object.entries(data)) item.loaded.set(key, value);
    return item;
  }
  protected get scalarProperties(): readonly string[] {
    return NAMED_ITEM_PROPS;
  }
  protected override exists(): boolean {
    return this.target() !== null;
  }
  private model(): NameModel {
    const found = this.target();
    if (!found) throw itemNotFound("name");
    return found;
  }
  protected read(name: string): unknown {
    if (!NAMED_ITEM_PROPS.includes(name)) throw invalidArgument(`host: NamedItem.${name} is not modelled`);
    return describe(this.model())[name];
  }
  get name(): string {
    return this.get("name");
  }
  /** "Range", "Error" (a range whose cells were deleted), "Double", "Boolean" or "String". */
  get type(): string {
    return this.get("type");
  }
  /** A range name's address ("Sheet1!$I$1:$L$20", as its formula), "#REF!", or a constant's value. */
  get value(): unknown {
    return this.get("value");
  }
  /** "=Sheet1!$I$1:$L$20", "=Sheet1!#REF!" once its cells are deleted, or a constant ("=0.5"). */
  get formula(): string {
    return this.get("formula");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(visible: boolean) {
    this.queue(visible, () => (this.model().visible = visible === true));
  }
  get comment(): string {
    return this.get("comment");
  }
  set comment(comment: string) {
    this.queue(comment, () => (this.model().comment = String(comment)));
  }
  get scope(): string {
    return this.get("scope");
  }

  private where(orNull: boolean): Where | null {
    const target = this.target();
    if (!target && orNull) return null;
    const found = this.model().target;
    if (found.kind === "range" && found.rect) return { sheet: found.sheet, rect: found.rect };
    if (orNull) return null;
    throw new HostRichApiError("InvalidReference", "This reference is not valid for the current operation.");
  }
  /** The name's range; refused (InvalidReference) when it is #REF! or a constant. */
  getRange(): HostRange {
    return new HostRange(this.batch, () => this.where(false), this.sheetProxy);
  }
  /** The name's range, or a null object when it is #REF!, a constant, or the name is gone. */
  getRangeOrNullObject(): HostRange {
    return new HostRange(this.batch, () => this.where(true), this.sheetProxy, true);
  }
  delete(): void {
    this.queue(null, () => {
      const model = this.model();
      const names = this.batch.model.names;
      names.splice(names.indexOf(model), 1);
    });
  }
}
