import { RESULT_COLUMN_COUNT } from "./resultColumns";
import { highlightsUnrecorded, type OwnedScan } from "./ownedScans";
import { isScanHighlightFormula } from "./scanHighlights";
import { resultHeaderIndex } from "./trackedBlocks";
import { alignedRows, cellPrint, decodePrints, formatAt, PRINT_MAX_ROWS } from "./cellPrints";
import { cellAddress } from "./a1Address";

/** What must be looked up before a recorded scan can be removed: its formats, note and table columns as they are now. */
export interface ClearProbe {
  readonly scan: OwnedScan;
  /** The formats on the highlight range (ids and types), or null when there is nothing to look for. */
  readonly formats: Excel.ConditionalFormatCollection | null;
  readonly note: Excel.Note | null;
  readonly columns: Excel.TableColumn[];
  /** Rules of the Custom formats on the highlight range, read when the scan's ids were never recorded. */
  readonly rules: readonly { readonly id: string; readonly rule: Excel.ConditionalFormatRule }[];
  /** The result block's header row as it is now: a column is cleared only under one of our headers. */
  readonly header: Excel.Range | null;
  /** The result block's data cells as they are now, read when the scan kept their prints. */
  readonly cells: Excel.Range | null;
}

/**
 * Queues the loads that tell what of a recorded scan is still there (a user may have deleted a
 * format or the note by hand): sent with the caller's next sync. A scan whose highlight ids were
 * never recorded gets its formats looked up too; `readUnrecordedHighlights` then reads their rules.
 */
export function probeOwnedScan(context: Excel.RequestContext, scan: OwnedScan, notesSupported: boolean): ClearProbe {
  const sheet = context.workbook.worksheets.getItem(scan.sheet);
  const formats =
    scan.highlight && (scan.conditionalFormatIds.length > 0 || highlightsUnrecorded(scan))
      ? sheet
          .getRangeByIndexes(
            scan.highlight.r0,
            scan.highlight.c0,
            scan.highlight.r1 - scan.highlight.r0 + 1,
            scan.highlight.c1 - scan.highlight.c0 + 1,
          )
          .conditionalFormats.load("items/id,items/type")
      : null;
  const note = scan.noteCell && notesSupported ? sheet.notes.getItemOrNullObject(scan.noteCell) : null;
  const columns = scan.table
    ? scan.tableColumns.map((name) => sheet.tables.getItem(scan.table!).columns.getItemOrNullObject(name))
    : [];
  const { r0, c0, r1, c1 } = scan.result;
  const header = scan.table ? null : sheet.getRangeByIndexes(r0, c0, 1, c1 - c0 + 1).load("values");
  const cells =
    !scan.table && scan.prints?.length && r1 > r0 && r1 - r0 <= 2 * PRINT_MAX_ROWS
      ? sheet.getRangeByIndexes(r0 + 1, c0, r1 - r0, c1 - c0 + 1).load("values")
      : null;
  return { scan, formats, note, columns, rules: [], header, cells };
}

/**
 * For probes (already synced) of scans whose highlight ids were never recorded — the host failed
 * between adding the formats and saving their ids — reads the rule formulas of the Custom formats
 * on the highlight range, in one more sync, so the scan's own can be told from the user's. Probes
 * of fully recorded scans cost nothing: no sync is made when no rule is to be read.
 *
 * @example
 * await readUnrecordedHighlights(context, probes) //=> probes, with `rules` filled where needed
 */
export async function readUnrecordedHighlights(
  context: Excel.RequestContext,
  probes: readonly ClearProbe[],
): Promise<ClearProbe[]> {
  const read = probes.map((probe) =>
    probe.formats && highlightsUnrecorded(probe.scan)
      ? {
          ...probe,
          // Only Custom formats have a rule formula (Excel refuses `custom` on the other types).
          rules: probe.formats.items
            .filter((cf) => cf.type === "Custom")
            .map((cf) => ({ id: cf.id, rule: cf.custom.rule.load("formula") })),
        }
      : probe,
  );
  if (read.some((probe) => probe.rules.length > 0)) await context.sync();
  return read;
}

/**
 * Queues the removal of what a scan wrote: its conditional formats (by recorded id, or, when the
 * ids were never recorded, by the scan's own rule formulas), its note, and its result columns —
 * deleted when they are table columns, else emptied and set back to General — only under our header,
 * and, where the scan kept prints, only the cells that still hold what it wrote (those left are
 * added to `kept`, as addresses). With `cells: false` only the formats and the note go (a re-scan
 * about to overwrite the same cells).
 *
 * Emptied cells get the General format back: the guard only ever writes over empty cells, and
 * Excel's empty cells are General unless the user formatted them, which is not recorded (a
 * million-row format snapshot would not fit in settings).
 */
export function queueClearOwnedScan(
  context: Excel.RequestContext,
  probe: ClearProbe,
  options: { readonly cells: boolean } = { cells: true },
  kept: string[] = [],
): void {
  const { scan } = probe;
  const sheet = context.workbook.worksheets.getItem(scan.sheet);
  if (probe.formats) {
    const present = new Set(probe.formats.items.map((cf) => cf.id));
    const own = new Set(scan.conditionalFormatIds.filter((id) => present.has(id)));
    const highlight = scan.highlight;
    if (highlight) {
      for (const { id, rule } of probe.rules) if (isScanHighlightFormula(rule.formula, scan.result.c0, highlight.r0)) own.add(id);
    }
    for (const id of own) probe.formats.getItem(id).delete();
  }
  if (probe.note && !probe.note.isNullObject) probe.note.delete();
  if (!options.cells) return;
  const table = scan.table ? sheet.tables.getItem(scan.table) : null;
  if (table && probe.columns.length === RESULT_COLUMN_COUNT) {
    // Right to left: each deletion leaves the others where they were.
    for (let i = probe.columns.length - 1; i >= 0; i--) if (!probe.columns[i].isNullObject) probe.columns[i].delete();
    return;
  }
  const { r0, c0, r1, c1 } = scan.result;
  // Proved ours column by column (a column the user inserted among ours has no header of ours), and
  // within a column cell by cell where the scan kept prints: rows inserted since and cells typed over
  // stay. Each emptied cell gets back the format it had before the scan.
  const headers = probe.header?.values[0];
  const prints = scan.prints?.map(decodePrints);
  const taken = new Set<number>();
  for (let c = c0; c <= c1; c++) {
    // Which of our columns this is: by its header, or — header deleted or typed over — by its
    // cells, when most of what the scan wrote in one of our columns is found there.
    const named = headers ? resultHeaderIndex(headers[c - c0]) : taken.size;
    const nowCells = probe.cells?.values.map((row) => row[c - c0]);
    const column = named >= 0 ? named : prints && nowCells ? columnByCells(prints, nowCells, taken) : -1;
    if (column < 0 || taken.has(column)) continue;
    taken.add(column);
    const recorded = prints?.[column];
    const runs = scan.formats?.columns[column];
    if (named >= 0) clearRun(sheet, r0, r0, c, scan.formats?.header[column] ?? "General");
    const now = nowCells;
    const aligned = recorded !== undefined && now ? alignedRows(recorded, now.map(cellPrint)) : undefined;
    const count = r1 - r0;
    // Which written row each cell now is: aligned, or where it was when nothing moved; -1 for a cell not ours.
    const origin: number[] = [];
    let inherited = 0;
    for (let i = 0; i < count; i++) {
      if (!aligned) origin.push(i);
      else if (aligned[i] >= 0) origin.push((inherited = aligned[i]));
      // An empty cell holds nothing of the user's (a row inserted among ours inherits the format above).
      else if (now![i] === "") origin.push(inherited);
      else {
        origin.push(-1);
        kept.push(cellAddress(scan.sheet, r0 + 1 + i, c));
      }
    }
    for (let i = 0; i < count;) {
      if (origin[i] < 0) {
        i++;
        continue;
      }
      const format = formatAt(runs, origin[i]);
      let j = i;
      while (j + 1 < count && origin[j + 1] >= 0 && formatAt(runs, origin[j + 1]) === format) j++;
      clearRun(sheet, r0 + 1 + i, r0 + 1 + j, c, format);
      i = j + 1;
    }
  }
}

/** The one of our columns (not yet taken) most of whose written cells are found in `cells`, or -1. */
function columnByCells(prints: readonly number[][], cells: readonly unknown[], taken: ReadonlySet<number>): number {
  const now = cells.map(cellPrint);
  let best = -1;
  let bestShare = 0.5;
  prints.forEach((recorded, k) => {
    if (taken.has(k) || recorded.length === 0) return;
    const rows = alignedRows(recorded, now);
    const found = rows ? rows.filter((row) => row >= 0).length / recorded.length : 0;
    if (found > bestShare) [best, bestShare] = [k, found];
  });
  return best;
}

/** Empties rows r0..r1 of column c and gives them back a format (the one they had before the scan). */
function clearRun(sheet: Excel.Worksheet, r0: number, r1: number, c: number, format: string): void {
  const range = sheet.getRangeByIndexes(r0, c, r1 - r0 + 1, 1);
  range.clear("Contents");
  (range as unknown as { numberFormat: string }).numberFormat = format;
}
