import { rectAddress } from "./a1";
import { Batch, HostObject, invalidArgument, itemNotFound } from "./hostContext";
import type { HostRange } from "./hostRange";
import type { SheetModel } from "./sheetModel";

/** A chart on a sheet: what the add-in sets (type, source, series orientation, name, title, position). */
export interface ChartModel {
  readonly id: string;
  name: string;
  readonly type: string;
  /** Source range without its sheet, e.g. "A22:B27". */
  source: string;
  readonly seriesBy: string;
  title: string;
  legendVisible: boolean;
  /** Top-left cell (and bottom-right when given) of setPosition, e.g. "F21". */
  position: string | null;
}

/** Worksheet.charts: add, lookup by name; items are not modelled (the add-in finds charts by name). */
export class HostChartCollection extends HostObject {
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
    return this.sheet().charts.length;
  }
  get count(): number {
    return this.get("count");
  }
  /** Charts.add(type, sourceData, seriesBy): the new chart is named "Chart N" until renamed. */
  add(type: string, sourceData: HostRange, seriesBy = "Auto"): HostChart {
    let created: ChartModel | undefined;
    this.queue({ type, seriesBy }, () => {
      const sheet = this.sheet();
      const where = sourceData.where();
      if (where.sheet !== sheet) throw invalidArgument("the chart's source must be on its sheet in this host");
      const id = this.batch.model.newId("chart");
      created = {
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: rectAddress(where.rect),
        seriesBy,
        title: "",
        legendVisible: true,
        position: null,
      };
      sheet.charts.push(created);
    });
    return new HostChart(this.batch, () => {
      if (!created) throw itemNotFound("chart");
      return { sheet: this.sheet(), chart: created };
    });
  }
  getItem(name: string): HostChart {
    return new HostChart(this.batch, () => {
      const chart = this.find(name);
      if (!chart) throw itemNotFound(`chart ${name}`);
      return { sheet: this.sheet(), chart };
    });
  }
  getItemOrNullObject(name: string): HostChart {
    return new HostChart(
      this.batch,
      () => {
        const chart = this.find(name);
        return chart ? { sheet: this.sheet(), chart } : null;
      },
      true,
    );
  }
  private find(name: string): ChartModel | undefined {
    return this.sheet().charts.find((c) => c.name === name);
  }
}

/** Excel.Chart: name, title text, position and delete. */
export class HostChart extends HostObject {
  constructor(
    batch: Batch,
    private readonly target: () => { sheet: SheetModel; chart: ChartModel } | null,
    orNull = false,
  ) {
    super(batch);
    if (orNull) this.trackNull();
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "id", "chartType"];
  }
  protected override exists(): boolean {
    return this.target() !== null;
  }
  private found(): { sheet: SheetModel; chart: ChartModel } {
    const found = this.target();
    if (!found) throw itemNotFound("chart");
    return found;
  }
  protected read(name: string): unknown {
    const { chart } = this.found();
    return name === "chartType" ? chart.type : name === "id" ? chart.id : chart.name;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.queue(value, () => void (this.found().chart.name = value));
  }
  get title(): { text: string } {
    const queue = (text: string) => this.queue(text, () => void (this.found().chart.title = text));
    return {
      get text(): string {
        throw invalidArgument("host: reading a chart title is not modelled");
      },
      set text(value: string) {
        queue(value);
      },
    };
  }
  get legend(): { visible: boolean } {
    const queue = (visible: boolean) => this.queue(visible, () => void (this.found().chart.legendVisible = visible));
    return {
      get visible(): boolean {
        throw invalidArgument("host: reading a chart legend is not modelled");
      },
      set visible(value: boolean) {
        queue(value);
      },
    };
  }
  setPosition(startCell: string | HostRange, endCell?: string | HostRange): void {
    const cell = (c: string | HostRange) => (typeof c === "string" ? c : rectAddress(c.where().rect));
    this.queue({ startCell: String(startCell), endCell }, () => {
      this.found().chart.position = endCell === undefined ? cell(startCell) : `${cell(startCell)}:${cell(endCell)}`;
    });
  }
  delete(): void {
    this.queue(null, () => {
      const { sheet, chart } = this.found();
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}
