import { RESULT_COLUMN_COUNT } from "./resultColumns";
import type { OwnedScan } from "./ownedScans";

/** What must be looked up before a recorded scan can be removed: its formats, note and table columns as they are now. */
export interface ClearProbe {
  readonly scan: OwnedScan;
  readonly formats: Excel.ConditionalFormatCollection | null;
  readonly note: Excel.Note | null;
  readonly columns: Excel.TableColumn[];
}

/**
 * Queues the loads that tell what of a recorded scan is still there (a user may have deleted a
 * format or the note by hand): sent with the caller's next sync.
 */
export function probeOwnedScan(context: Excel.RequestContext, scan: OwnedScan, notesSupported: boolean): ClearProbe {
  const sheet = context.workbook.worksheets.getItem(scan.sheet);
  const formats =
    scan.highlight && scan.conditionalFormatIds.length > 0
      ? sheet
          .getRangeByIndexes(
            scan.highlight.r0,
            scan.highlight.c0,
            scan.highlight.r1 - scan.highlight.r0 + 1,
            scan.highlight.c1 - scan.highlight.c0 + 1,
          )
          .conditionalFormats.load("items/id")
      : null;
  const note = scan.noteCell && notesSupported ? sheet.notes.getItemOrNullObject(scan.noteCell) : null;
  const columns = scan.table
    ? scan.tableColumns.map((name) => sheet.tables.getItem(scan.table!).columns.getItemOrNullObject(name))
    : [];
  return { scan, formats, note, columns };
}

/**
 * Queues the removal of what a scan wrote: its conditional formats (by id), its note, and its
 * result columns — deleted when they are table columns, else emptied and set back to General.
 * Cells the user edited inside the result columns go too: they are the add-in's by record. With
 * `cells: false` only the formats and the note go (a re-scan about to overwrite the same cells).
 *
 * Emptied cells get the General format back: the guard only ever writes over empty cells, and
 * Excel's empty cells are General unless the user formatted them, which is not recorded (a
 * million-row format snapshot would not fit in settings).
 */
export function queueClearOwnedScan(
  context: Excel.RequestContext,
  probe: ClearProbe,
  options: { readonly cells: boolean } = { cells: true },
): void {
  const { scan } = probe;
  const sheet = context.workbook.worksheets.getItem(scan.sheet);
  if (probe.formats) {
    const present = new Set(probe.formats.items.map((cf) => cf.id));
    for (const id of scan.conditionalFormatIds) if (present.has(id)) probe.formats.getItem(id).delete();
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
  const range = sheet.getRangeByIndexes(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  range.clear("Contents");
  (range as unknown as { numberFormat: string }).numberFormat = "General";
}
