/** One cell of the plan. Text is a label the adapter writes as text (never a formula: safeText). */
export type PlanCell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "formula"; readonly formula: string; readonly format?: string }
  | { readonly kind: "empty" };

/** A rectangle of cells written in one go; `cells` has the rectangle's shape. */
export interface PlanBlock {
  /** A1 address on the AR Summary sheet, e.g. `A6:C20`. */
  readonly address: string;
  readonly cells: readonly (readonly PlanCell[])[];
}

/** A dynamic-array formula and the area its result spills into (owned too). */
export interface PlanSpill {
  /** The anchor cell holding the formula. */
  readonly anchor: string;
  /** The whole spill area, anchor included. */
  readonly area: string;
  readonly formula: string;
  /** Formats by column of the spill, e.g. amounts in the second. */
  readonly columnFormats: readonly (string | null)[];
}

/** A native column chart of an aging spill's Bucket and Amount columns (header row first, no Total). */
export interface PlanChart {
  /** Name of the chart object, so a refresh finds and replaces it. */
  readonly name: string;
  readonly title: string;
  readonly type: "ColumnClustered";
  readonly seriesBy: "Columns";
  readonly sourceRange: string;
  /** Cell the chart's top-left corner sits on. */
  readonly anchor: string;
}

export interface ReportPlan {
  readonly sheetName: string;
  readonly blocks: readonly PlanBlock[];
  readonly spills: readonly PlanSpill[];
  readonly charts: readonly PlanChart[];
  /** Every range the add-in writes (blocks and spill areas): a refresh clears these and only these. */
  readonly ownedRanges: readonly string[];
}
