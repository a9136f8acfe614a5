import { DEFAULT_AGING_EDGES } from "../core/aging/agingBuckets";
import type { Language } from "../core/language";
import { isFailure } from "../core/failure";
import type { PlanBlock, PlanCell, PlanSpill, ReportPlan } from "../core/report/reportTypes";
import { summaryReportPlan } from "../core/report/summaryReportPlan";
import { blockAddress, parseBlockAddress, type CellBlock } from "./a1Address";
import type { ScannedLedger } from "./ledgerWorkbook";
import { blockContains } from "./ownedScans";
import { OWNED_REPORTS_KEY, parseOwnedReports, type OwnedReport } from "./ownedReports";
import { reportLedgerRanges } from "./reportLedgerRanges";
import { safeText } from "./textCell";
import { suspendCalculation } from "./writeScanResults";
import type { Message } from "../core/messages/message";

export interface ReportRequest {
  /** The last scan: its sheet, data rows, mapping, as-of date and currencies. */
  readonly ledger: ScannedLedger;
  /** @default 90 */
  readonly trailingDays?: number;
  /** @default 0.2 */
  readonly concentrationFlag?: number;
  /** A short customer table (e.g. each currency's top overdue), each in its currency. */
  readonly customers?: readonly { readonly customer: string; readonly currency: string }[];
  /** Language of the labels and of AR.AGING's bucket names. */
  readonly language: Language;
  /** @default "AR Summary" */
  readonly sheetName?: string;
}

export type ReportOutcome =
  | {
      readonly kind: "done";
      readonly sheet: string;
      /** Whether an earlier report on the sheet was replaced (else the sheet was new or held no report). */
      readonly refreshed: boolean;
      readonly charts: number;
    }
  /** Nothing was written: `address` holds `value`, which the add-in did not write. */
  | { readonly kind: "occupied"; readonly address: string; readonly value: string }
  /** The ledger or the options cannot make a report; nothing written. */
  | { readonly kind: "invalid"; readonly message: string; readonly text: Message };

/**
 * Creates or refreshes the AR Summary sheet from summaryReportPlan, inside one Excel.run: live
 * formulas over the scanned ledger's ranges, an AR.AGING spill and a native column chart per
 * currency. The ranges and chart names it writes are recorded in the workbook's settings; a
 * refresh clears exactly those and deletes those charts before writing the new plan, so what the
 * user typed elsewhere on the sheet stays. Before writing anything every planned cell is read: one
 * holding something the add-in did not write stops the report with its address. Three syncs.
 *
 * @example
 * await insertReport(context, supports, { ledger: scanned, language: "en" }) //=> { kind: "done", sheet: "AR Summary", refreshed: false, charts: 2 }
 */
export async function insertReport(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  request: ReportRequest,
): Promise<ReportOutcome> {
  const ranges = reportLedgerRanges(request.ledger);
  if (isFailure(ranges)) return { kind: "invalid", message: ranges.message, text: ranges.text };
  const { analysis } = request.ledger;
  const edges = analysis.context.edges;
  const plan = summaryReportPlan(ranges, {
    asOf: request.ledger.asOf,
    currencies: analysis.portfolio.map((c) => c.currency),
    customers: request.customers ?? [],
    // The default edges are AR.AGING's own default: leave them out so the formula stays short.
    edges: sameEdges(edges, DEFAULT_AGING_EDGES) ? null : edges,
    language: request.language,
    ...(request.trailingDays === undefined ? {} : { trailingDays: request.trailingDays }),
    ...(request.concentrationFlag === undefined ? {} : { concentrationFlag: request.concentrationFlag }),
    ...(request.sheetName === undefined ? {} : { sheetName: request.sheetName }),
  });
  if (isFailure(plan)) return { kind: "invalid", message: plan.message, text: plan.text };
  const name = plan.sheetName;
  const sheets = context.workbook.worksheets;

  const setting = context.workbook.settings.getItemOrNullObject(OWNED_REPORTS_KEY).load("value");
  const existing = sheets.getItemOrNullObject(name).load("name");
  await context.sync();
  const records = setting.isNullObject ? [] : parseOwnedReports(setting.value);
  const sameSheet = (r: OwnedReport) => r.sheet.toLowerCase() === name.toLowerCase();
  // A record of a sheet that no longer exists is stale: the new sheet owes it nothing.
  const previous = existing.isNullObject ? undefined : records.find(sameSheet);
  const others = records.filter((r) => !sameSheet(r));

  let sheet: Excel.Worksheet;
  const oldCharts: Excel.Chart[] = [];
  if (existing.isNullObject) {
    sheet = sheets.add(name);
  } else {
    sheet = sheets.getItem(name);
    const targets = [...plan.blocks.map((b) => b.address), ...plan.spills.map((s) => s.area)];
    const reads = targets.map((address) => sheet.getRange(address).load("formulas"));
    for (const chartName of previous?.charts ?? []) oldCharts.push(sheet.charts.getItemOrNullObject(chartName).load("name"));
    await context.sync();
    const owned = (previous?.ranges ?? []).map((r) => parseBlockAddress(r, name)).filter((b): b is CellBlock => !!b);
    for (let i = 0; i < targets.length; i++) {
      const blocker = firstForeignCell(name, parseBlockAddress(targets[i], name)!, reads[i].formulas, owned);
      if (blocker) return { kind: "occupied", ...blocker };
    }
  }

  suspendCalculation(context, supportsExcelApi);
  for (const range of previous?.ranges ?? []) sheet.getRange(range).clear("All");
  for (const chart of oldCharts) if (!chart.isNullObject) chart.delete();
  for (const block of plan.blocks) queueBlock(sheet, block);
  for (const spill of plan.spills) queueSpill(sheet, spill);
  await context.sync();

  queueCharts(sheet, plan);
  const record: OwnedReport = { sheet: name, ranges: plan.ownedRanges, charts: plan.charts.map((c) => c.name) };
  context.workbook.settings.add(OWNED_REPORTS_KEY, JSON.stringify([...others, record]));
  sheet.activate();
  await context.sync();
  return { kind: "done", sheet: name, refreshed: previous !== undefined, charts: plan.charts.length };
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((edge, i) => edge === b[i]);
}

/** The first cell of a target holding something outside the add-in's owned ranges, with what it holds. */
function firstForeignCell(
  sheet: string,
  target: CellBlock,
  formulas: readonly (readonly unknown[])[],
  owned: readonly CellBlock[],
): { address: string; value: string } | undefined {
  for (let i = 0; i < formulas.length; i++) {
    for (let j = 0; j < formulas[i].length; j++) {
      const value = formulas[i][j];
      if (value === "" || value === null || value === undefined) continue;
      const row = target.r0 + i,
        column = target.c0 + j;
      if (owned.some((block) => blockContains(block, sheet, row, column))) continue;
      return { address: blockAddress({ sheet, r0: row, c0: column, r1: row, c1: column }), value: String(value) };
    }
  }
  return undefined;
}

/** What Range.formulas receives for a plan cell: text guarded by safeText, formulas as formulas. */
function cellInput(cell: PlanCell): string | number {
  switch (cell.kind) {
    case "text":
      return safeText(cell.text);
    case "number":
      return cell.value;
    case "formula":
      return cell.formula;
    case "empty":
      return "";
  }
}

/** Text cells get the Text format so labels stay text; figures their plan format. */
function cellFormat(cell: PlanCell): string {
  if (cell.kind === "text") return "@";
  if (cell.kind === "empty") return "General";
  return cell.format ?? "General";
}

/** Formats first (so the texts land in Text cells), then the values and formulas in one write. */
function queueBlock(sheet: Excel.Worksheet, block: PlanBlock): void {
  const range = sheet.getRange(block.address);
  range.numberFormat = block.cells.map((row) => row.map(cellFormat));
  range.formulas = block.cells.map((row) => row.map(cellInput));
}

/** The spill area's column formats, then the formula at its anchor only: Excel spills the rest. */
function queueSpill(sheet: Excel.Worksheet, spill: PlanSpill): void {
  const area = parseBlockAddress(spill.area, "-")!;
  const rows = area.r1 - area.r0 + 1;
  const formats = spill.columnFormats.map((format) => format ?? "General");
  sheet.getRange(spill.area).numberFormat = Array.from({ length: rows }, () => formats);
  sheet.getRange(spill.anchor).formulas = [[spill.formula]];
}

/** A native clustered column chart per aging spill, named so the next refresh can find and delete it. */
function queueCharts(sheet: Excel.Worksheet, plan: ReportPlan): void {
  for (const planned of plan.charts) {
    const chart = sheet.charts.add(planned.type, sheet.getRange(planned.sourceRange), planned.seriesBy);
    chart.name = planned.name;
    chart.title.text = planned.title;
    chart.legend.visible = false;
    chart.setPosition(planned.anchor);
  }
}
