import { DEFAULT_AGING_EDGES } from "../core/aging/agingBuckets";
import type { Language } from "../core/language";
import { isFailure } from "../core/failure";
import type { PlanCell, PlanSpill, ReportPlan } from "../core/report/reportTypes";
import { DATE_FORMAT, summaryReportPlan } from "../core/report/summaryReportPlan";
import { AS_OF_NAME } from "../core/report/asOfName";
import { formulaText } from "../core/report/formulaText";
import { RowState } from "../core/ledger/ledgerAnalysisTypes";
import { blockAddress, parseBlockAddress, type CellBlock } from "./a1Address";
import type { ScannedLedger } from "./ledgerWorkbook";
import { blockContains } from "./ownedScans";
import { OWNED_REPORTS_KEY, parseOwnedReports, type OwnedReport } from "./ownedReports";
import { reportLedgerRanges } from "./reportLedgerRanges";
import { queuePlanBlock } from "./writePlanBlock";
import { suspendCalculation } from "./writeScanResults";
import { newTrackingKey } from "./trackedBlocks";
import { blockRange, queueClearOwned, queueReadTracked, queueTrackRange, queueUntrack } from "./trackedRanges";
import { ownedByPrints, planPrints } from "./reportPrints";
import { shiftPlan } from "./shiftReportPlan";
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

/** Moving a formula with its report; kept here for its callers. */
export { shiftFormula } from "./shiftReportPlan";

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
 * currency. The ranges and chart names it writes are recorded in the workbook's settings, each
 * range also as a workbook name (ARCreditDesk_<key>_P<i>) that Excel moves with inserted or deleted
 * rows and columns, with a fingerprint of every cell as written (a text's or number's hash, a
 * formula's shape: references blanked, as Excel adjusts them). A refresh reads the names back: the
 * new report goes where the last one is now (a note row inserted above it moves it down, its
 * formulas moved with it), only the last report's cells proved by their fingerprints are cleared,
 * and its charts are deleted. Ranges whose cells were all deleted are gone: nothing of them is
 * touched, and with none left the report is written fresh from A1. Before writing anything every
 * planned cell and every cell of the last report is read: one holding something the add-in did not
 * write — elsewhere, typed over one of the report's cells, or in a row inserted inside it — stops
 * the refresh with its address (refused rather than skipped: the report's cells depend on each
 * other). Three syncs, four when the last report has names.
 *
 * The as-of cell (B2 as planned) is the user's to set: it gets the workbook name ARCreditDesk_AsOf
 * (which the forecast formulas read too), and what the user typed there — a date, =TODAY() — is
 * kept by a refresh and never counts as in the way. When the name already points elsewhere (a
 * forecast inserted first made its own as-of cell), B2 shows that cell: one date for every figure.
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
    expectResults: analysis.rows.state.includes(RowState.accepted),
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
  const readAsOf = queueReadTracked(context, [AS_OF_NAME]);
  await context.sync();
  const asOfNamed = readAsOf();
  const records = setting.isNullObject ? [] : parseOwnedReports(setting.value);
  const sameSheet = (r: OwnedReport) => r.sheet.toLowerCase() === name.toLowerCase();
  // A record of a sheet that no longer exists is stale: the new sheet owes it nothing.
  const previous = existing.isNullObject ? undefined : records.find(sameSheet);
  const others = records.filter((r) => !sameSheet(r));

  // Where the last report's ranges are now: through their names (a record from before names: as
  // recorded). A range whose cells were all deleted is null: nothing of it is touched.
  let lastBlocks: (CellBlock | null)[] = [];
  let lastNames: readonly string[] = [];
  const recordedBlocks = (previous?.ranges ?? []).map((r) => parseBlockAddress(r, name) ?? null);
  if (previous?.key) {
    const read = queueReadTracked(
      context,
      previous.ranges.map((_, i) => reportName(previous.key!, i)),
    );
    await context.sync();
    const found = read();
    lastBlocks = found.blocks.map((block) => (block && block.sheet.toLowerCase() === name.toLowerCase() ? block : null));
    lastNames = found.existing;
  } else lastBlocks = recordedBlocks;
  // The new report goes where the last one is now: shifted as its first remaining range was, from
  // where the last report was written (its first range, the parameters, is the plan's first too).
  const moved = lastBlocks.findIndex((block, i) => block !== null && recordedBlocks[i] !== null);
  const planned = parseBlockAddress(plan.ownedRanges[0] ?? "A1", name)!;
  const written = recordedBlocks[0] ?? planned;
  const shift =
    moved < 0
      ? { rows: 0, columns: 0 }
      : {
          rows: written.r0 - planned.r0 + lastBlocks[moved]!.r0 - recordedBlocks[moved]!.r0,
          columns: written.c0 - planned.c0 + lastBlocks[moved]!.c0 - recordedBlocks[moved]!.c0,
        };
  let placed = shiftPlan(plan, shift.rows, shift.columns);
  // The report's as-of cell (B2 as planned): where the one named as-of cell is, unless that name
  // already points elsewhere (the forecast's own, inserted first): then B2 shows it.
  const asOfAt = parseBlockAddress(placed.blocks[0].address, name)!;
  const asOfRow = asOfAt.r0 + 1,
    asOfColumn = asOfAt.c0 + 1;
  const namedAsOf = asOfNamed.blocks[0];
  const asOfElsewhere =
    namedAsOf !== null &&
    namedAsOf !== undefined &&
    !(namedAsOf.sheet.toLowerCase() === name.toLowerCase() && namedAsOf.r0 === asOfRow && namedAsOf.c0 === asOfColumn);
  if (asOfElsewhere) placed = withAsOfEntry(placed, `=${AS_OF_NAME}`);

  let sheet: Excel.Worksheet;
  const oldCharts: Excel.Chart[] = [];
  const ours: (boolean[][] | null)[] = [];
  if (existing.isNullObject) {
    sheet = sheets.add(name);
  } else {
    sheet = sheets.getItem(name);
    const targets = [...placed.blocks.map((b) => b.address), ...placed.spills.map((s) => s.area)];
    const reads = targets.map((address) => sheet.getRange(address).load("formulas"));
    const lastReads = lastBlocks.map((block) => (block ? blockRange(context, block).load("values, formulas") : null));
    for (const chartName of previous?.charts ?? []) oldCharts.push(sheet.charts.getItemOrNullObject(chartName).load("name"));
    await context.sync();
    // Which cells of the last report are as it wrote them (a record without prints: all of them).
    lastBlocks.forEach((block, i) => {
      const read = lastReads[i];
      const prints = previous?.prints?.[i];
      const recorded = recordedBlocks[i];
      ours.push(
        !block || !read
          ? null
          : prints && recorded
            ? ownedByPrints(read.values, read.formulas, prints, recorded.c1 - recorded.c0 + 1)
            : read.values.map((row) => row.map(() => true)),
      );
    });
    // The as-of cell is the user's to set (a date, =TODAY()): what they typed there is kept, never in the way.
    const params = lastBlocks[0],
      paramsRead = lastReads[0],
      paramsOurs = ours[0];
    if (params && paramsRead && paramsOurs && paramsOurs.length > 1 && paramsOurs[1].length > 1) {
      const entry = asOfEntry(paramsRead.formulas[1][1]);
      if (!paramsOurs[1][1] && !asOfElsewhere && entry !== undefined) placed = withAsOfEntry(placed, entry);
      paramsOurs[1][1] = true;
    }
    const isOurs = (row: number, column: number) =>
      lastBlocks.some(
        (block, i) => block !== null && blockContains(block, name, row, column) && ours[i]![row - block.r0][column - block.c0],
      );
    for (let i = 0; i < targets.length; i++) {
      const blocker = firstForeignCell(name, parseBlockAddress(targets[i], name)!, reads[i].formulas, isOurs);
      if (blocker) return { kind: "occupied", ...blocker };
    }
    // A cell of the last report not proved ours (typed over, or in a row inserted inside it) is the user's: it stops the refresh.
    for (let i = 0; i < lastBlocks.length; i++) {
      const blocker = lastBlocks[i] && firstForeignCell(name, lastBlocks[i]!, lastReads[i]!.formulas, isOurs);
      if (blocker) return { kind: "occupied", ...blocker };
    }
  }

  suspendCalculation(context, supportsExcelApi);
  lastBlocks.forEach((block, i) => {
    if (block && ours[i]) queueClearOwned(sheet, block, ours[i]!);
  });
  for (const chart of oldCharts) if (!chart.isNullObject) chart.delete();
  for (const block of placed.blocks) queuePlanBlock(sheet, block);
  for (const spill of placed.spills) queueSpill(sheet, spill);
  await context.sync();

  queueCharts(sheet, placed);
  queueUntrack(context, lastNames);
  const key = newTrackingKey(Date.now());
  placed.ownedRanges.forEach((range, i) => queueTrackRange(context, reportName(key, i), sheet.getRange(range)));
  if (!asOfElsewhere) {
    queueUntrack(context, asOfNamed.existing);
    queueTrackRange(context, AS_OF_NAME, sheet.getRangeByIndexes(asOfRow, asOfColumn, 1, 1));
  }
  const record: OwnedReport = {
    sheet: name,
    ranges: placed.ownedRanges,
    charts: placed.charts.map((c) => c.name),
    key,
    prints: placed.ownedRanges.map((range) => planPrints(placed, parseBlockAddress(range, name)!)),
  };
  context.workbook.settings.add(OWNED_REPORTS_KEY, JSON.stringify([...others, record]));
  sheet.activate();
  await context.sync();
  return { kind: "done", sheet: name, refreshed: previous !== undefined, charts: plan.charts.length };
}

/** The plan with `entry` (a date serial or a formula) in its as-of cell, B2 of the parameters block. */
function withAsOfEntry(plan: ReportPlan, entry: number | string): ReportPlan {
  const [params, ...rest] = plan.blocks;
  const cell: PlanCell =
    typeof entry === "string"
      ? { kind: "formula", formula: entry, format: DATE_FORMAT }
      : { kind: "number", value: entry, format: DATE_FORMAT };
  const cells = params.cells.map((row, r) => (r === 1 ? row.map((c, k) => (k === 1 ? cell : c)) : row));
  return { ...plan, blocks: [{ ...params, cells }, ...rest] };
}

/**
 * What the user left in the as-of cell, as the plan writes it back: a formula, a number, or a typed
 * text as is; undefined when they emptied it (the scan's as-of date is written again).
 */
function asOfEntry(formula: unknown): number | string | undefined {
  if (typeof formula === "number") return formula;
  const text = String(formula ?? "").trim();
  if (text === "") return undefined;
  return text.startsWith("=") ? text : Number.isFinite(Number(text)) ? Number(text) : `=${formulaText(text)}`;
}

/** The workbook-scoped name of a report's range `index`. */
function reportName(key: string, index: number): string {
  return `ARCreditDesk_${key}_P${index}`;
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((edge, i) => edge === b[i]);
}

/** The first cell of a target holding something outside the add-in's owned ranges, with what it holds. */
function firstForeignCell(
  sheet: string,
  target: CellBlock,
  formulas: readonly (readonly unknown[])[],
  isOurs: (row: number, column: number) => boolean,
): { address: string; value: string } | undefined {
  for (let i = 0; i < formulas.length; i++) {
    for (let j = 0; j < formulas[i].length; j++) {
      const value = formulas[i][j];
      if (value === "" || value === null || value === undefined) continue;
      const row = target.r0 + i,
        column = target.c0 + j;
      if (isOurs(row, column)) continue;
      return { address: blockAddress({ sheet, r0: row, c0: column, r1: row, c1: column }), value: String(value) };
    }
  }
  return undefined;
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
