import { HostClientResult, HostObject, itemNotFound, type Batch } from "./hostContext";
import type { WorkbookModel } from "./workbookModel";

/** One custom XML part as the workbook file keeps it. */
export interface CustomXmlPartModel {
  readonly id: string;
  readonly namespaceUri: string;
  xml: string;
}

// Kept beside the model (not in it), so the workbook model stays as it is for the other helpers.
const partsOfModel = new WeakMap<WorkbookModel, CustomXmlPartModel[]>();
const lastIdOfModel = new WeakMap<WorkbookModel, number>();

/** The custom XML parts of a workbook model (created empty on first use); tests read and seed them here. */
export function customXmlPartsOf(model: WorkbookModel): CustomXmlPartModel[] {
  let parts = partsOfModel.get(model);
  if (!parts) partsOfModel.set(model, (parts = []));
  return parts;
}

/** The root element's default namespace, as Excel reads it from the XML a part is given. */
function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ""));
  const ns = root ? /\sxmlns="([^"]*)"/.exec(root[2]) : null;
  return ns ? ns[1] : "";
}

/** Excel.CustomXmlPartCollection (ExcelApi 1.5): add, getByNamespace, getItemOrNullObject. */
export class HostCustomXmlPartCollection extends HostObject {
  constructor(
    batch: Batch,
    private readonly namespaceUri: string | null = null,
  ) {
    super(batch);
  }
  protected get scalarProperties(): readonly string[] {
    return ["items"];
  }
  private list(): CustomXmlPartModel[] {
    const all = customXmlPartsOf(this.batch.model);
    return this.namespaceUri === null ? all : all.filter((p) => p.namespaceUri === this.namespaceUri);
  }
  protected read(): unknown {
    return this.list().map((p) => p.id);
  }
  /** The loaded parts (load("items") or load("items/id")). */
  get items(): HostCustomXmlPart[] {
    return this.get<string[]>("items").map((id) => new HostCustomXmlPart(this.batch, id, false, id));
  }
  add(xml: string): HostCustomXmlPart {
    const parts = customXmlPartsOf(this.batch.model);
    // The id is fixed when the request is queued, as the proxy returned must name it.
    const next = (lastIdOfModel.get(this.batch.model) ?? 0) + 1;
    lastIdOfModel.set(this.batch.model, next);
    const id = `{${String(next).padStart(8, "0")}-XML}`;
    this.queue(xml, () => parts.push({ id, namespaceUri: namespaceOf(xml), xml }));
    return new HostCustomXmlPart(this.batch, id);
  }
  getByNamespace(namespaceUri: string): HostCustomXmlPartCollection {
    return new HostCustomXmlPartCollection(this.batch, namespaceUri);
  }
  getCount(): HostClientResult<number> {
    return new HostClientResult(this.batch, () => this.list().length);
  }
  getItem(id: string): HostCustomXmlPart {
    return new HostCustomXmlPart(this.batch, id);
  }
  getItemOrNullObject(id: string): HostCustomXmlPart {
    return new HostCustomXmlPart(this.batch, id, true);
  }
}

/** Excel.CustomXmlPart: getXml, setXml, delete. */
export class HostCustomXmlPart extends HostObject {
  constructor(
    batch: Batch,
    private readonly partId: string,
    orNull = false,
    loadedId?: string,
  ) {
    super(batch);
    if (orNull) this.trackNull();
    if (loadedId !== undefined) this.loaded.set("id", loadedId);
  }
  protected get scalarProperties(): readonly string[] {
    return ["id", "namespaceUri"];
  }
  private part(): CustomXmlPartModel | undefined {
    return customXmlPartsOf(this.batch.model).find((p) => p.id === this.partId);
  }
  protected override exists(): boolean {
    return this.part() !== undefined;
  }
  protected read(name: string): unknown {
    const part = this.part();
    if (!part) throw itemNotFound(`custom XML part ${this.partId}`);
    return name === "id" ? part.id : part.namespaceUri;
  }
  get id(): string {
    return this.get("id");
  }
  get namespaceUri(): string {
    return this.get("namespaceUri");
  }
  getXml(): HostClientResult<string> {
    return new HostClientResult(this.batch, () => {
      const part = this.part();
      if (!part) throw itemNotFound(`custom XML part ${this.partId}`);
      return part.xml;
    });
  }
  setXml(xml: string): void {
    this.queue(xml, () => {
      const part = this.part();
      if (!part) throw itemNotFound(`custom XML part ${this.partId}`);
      part.xml = xml;
    });
  }
  delete(): void {
    this.queue(null, () => {
      const parts = customXmlPartsOf(this.batch.model);
      const at = parts.findIndex((p) => p.id === this.partId);
      if (at < 0) throw itemNotFound(`custom XML part ${this.partId}`);
      parts.splice(at, 1);
    });
  }
}
