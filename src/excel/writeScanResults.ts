import type { Language } from "../core/language";
import type { LedgerAnalysis } from "../core/ledger/ledgerAnalysisTypes";
import { localAddress, type CellBlock } from "./a1Address";
import { BLOCK_BUDGET_BYTES, MAX_BLOCK_CELLS, rowBytes } from "./payloadBudget";
import { RESULT_COLUMN_COUNT, RESULT_FORMATS, RESULT_HEADERS, resultRow } from "./resultColumns";
import { highlightRules } from "./scanHighlights";
import { safeText } from "./textCell";
import { dateZh } from "../core/messages/zhWords";
import { cellPrint } from "./cellPrints";

/**
 * Suspends recalculation until the next sync, so the writes of one block recalculate once. It is
 * ExcelApi 1.8; older hosts simply recalculate as they go.
 */
export function suspendCalculation(context: Excel.RequestContext, supportsExcelApi: (version: string) => boolean): void {
  if (supportsExcelApi("1.8")) context.application.suspendApiCalculationUntilNextSync();
}

/** Sets a range-level property to one value for every cell: office.js copies a single value to the whole range. */
function setWhole(range: Excel.Range, property: "numberFormat", value: string): void {
  (range as unknown as Record<string, string>)[property] = value;
}

/**
 * Queues the header and the column formats of the result columns. Formats go first, so the
 * texts written next land in Text ("@") cells and stay text.
 */
export function queueResultFrame(
  sheet: Excel.Worksheet,
  result: CellBlock,
  language: Language,
  writeHeader: boolean,
  headers: readonly string[] = RESULT_HEADERS[language],
): void {
  const rows = result.r1 - result.r0;
  if (writeHeader) {
    const header = sheet.getRangeByIndexes(result.r0, result.c0, 1, RESULT_COLUMN_COUNT);
    setWhole(header, "numberFormat", "@");
    header.values = [headers.map(safeText)];
  }
  if (rows <= 0) return;
  RESULT_FORMATS.forEach((format, j) =>
    setWhole(sheet.getRangeByIndexes(result.r0 + 1, result.c0 + j, rows, 1), "numberFormat", format),
  );
}

/**
 * Writes the four result cells of every row in blocks near 2 MB (measured from the texts), one
 * sync each with calculation suspended for that sync, filling `prints` (one list per column) with
 * each written cell's print when given. Returns false when cancelled between blocks.
 */
export async function writeResultRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  result: CellBlock,
  analysis: LedgerAnalysis,
  progress: (done: number, total: number) => void,
  signal: AbortSignal | undefined,
  supportsExcelApi: (version: string) => boolean,
  prints?: number[][],
): Promise<boolean> {
  const total = analysis.rows.count;
  const firstRow = result.r0 + 1;
  let i = 0;
  while (i < total) {
    const block: unknown[][] = [];
    let bytes = 0;
    while (i < total && bytes < BLOCK_BUDGET_BYTES && block.length * RESULT_COLUMN_COUNT < MAX_BLOCK_CELLS) {
      const row = resultRow(analysis, i);
      bytes += rowBytes(row);
      block.push(row);
      // What each cell holds, to prove it ours at Clear (cellPrints.ts).
      if (prints) row.forEach((value, c) => prints[c].push(cellPrint(value)));
      i++;
    }
    suspendCalculation(context, supportsExcelApi);
    sheet.getRangeByIndexes(firstRow + i - block.length, result.c0, block.length, RESULT_COLUMN_COUNT).values = block;
    await context.sync();
    progress(i, total);
    if (signal?.aborted && i < total) return false;
  }
  return true;
}

/**
 * Queues the highlight rules on the ledger rows (ledger columns through the result columns), the
 * disputed rule on top; returns the formats so their ids can be read after the sync.
 */
export function queueHighlights(
  sheet: Excel.Worksheet,
  highlight: CellBlock,
  daysColumn: number,
  language: Language,
): Excel.ConditionalFormat[] {
  const range = sheet.getRangeByIndexes(
    highlight.r0,
    highlight.c0,
    highlight.r1 - highlight.r0 + 1,
    highlight.c1 - highlight.c0 + 1,
  );
  const rules = highlightRules(daysColumn, highlight.r0, language);
  // A new rule goes on top of the others, so the lowest-priority rule is added first.
  return [...rules].reverse().map((rule) => {
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    if (rule.band === "disputed") format.stopIfTrue = true;
    return format.load("id");
  });
}

/** The note stamped on the Days overdue header: the as-of date of the figures below it. */
export function asOfNote(asOfIso: string, language: Language): string {
  return language === "zh" ? `应收账款信用台：按${dateZh(asOfIso)}计算` : `AR Credit Desk: as of ${asOfIso}`;
}

/** The header cell of Days overdue, where the note goes. */
export function noteCellOf(result: CellBlock): string {
  return localAddress(result.r0, result.c0);
}
