import { ACTIVITY_SHEET, ACTIVITY_TABLE } from "./activitySheet";
import { FIRST_BLOCK_ROWS, rowsPerBlock, sampledRowBytes, syncBlock } from "./payloadBudget";

/** The register's cells as read: the header row first, and where its top-left cell is (0-based). */
export interface RegisterValues {
  readonly sheet: string;
  readonly r0: number;
  readonly c0: number;
  /** Header row first, then every data row, as the host gave them. */
  readonly values: unknown[][];
  /** Syncs the values took (the bounds ride on a sync of the caller's). */
  readonly syncs: number;
}

/**
 * Finding and reading the register in three steps, so a scan carries the first two on syncs it
 * makes anyway: `probeActivityRegister` queues the table and sheet look-ups (sent with the
 * caller's next sync); `queueBounds`, after that sync, queues where the register's cells are (the
 * table's range, else the sheet's used range, as readActivityRegister has always read it);
 * `readValues`, after the next sync, reads them in blocks sized like the ledger's (about 2 MB a
 * request, payloadBudget.ts): a register of 100,000 rows does not fit one request.
 */
export interface RegisterProbe {
  queueBounds(): void;
  /** The values, null when the workbook has no register (nor an `AR Activity` sheet with cells). */
  readValues(context: Excel.RequestContext, signal?: AbortSignal): Promise<RegisterValues | null | "cancelled">;
}

export function probeActivityRegister(context: Excel.RequestContext): RegisterProbe {
  const table = context.workbook.tables.getItemOrNullObject(ACTIVITY_TABLE);
  const namedSheet = context.workbook.worksheets.getItemOrNullObject(ACTIVITY_SHEET);
  let sheet: Excel.Worksheet | undefined;
  let bounds: Excel.Range | undefined;
  return {
    queueBounds() {
      const place = ["rowIndex", "columnIndex", "rowCount", "columnCount"];
      if (!table.isNullObject) {
        // The table may have been moved to another sheet by hand: read it where it is.
        sheet = table.worksheet.load("name");
        bounds = table.getRange().load(place);
      } else if (!namedSheet.isNullObject) {
        sheet = namedSheet.load("name");
        bounds = namedSheet.getUsedRangeOrNullObject(true).load(place);
      }
    },
    async readValues(context, signal) {
      if (!sheet || !bounds || bounds.isNullObject) return null;
      const values = await readBlocks(context, sheet, bounds, signal);
      if (values === "cancelled") return values;
      return { sheet: sheet.name, r0: bounds.rowIndex, c0: bounds.columnIndex, ...values };
    },
  };
}

/** The bounds' rows in blocks of about 2 MB; a block refused for its size is retried at a quarter. */
async function readBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  bounds: Excel.Range,
  signal: AbortSignal | undefined,
): Promise<{ values: unknown[][]; syncs: number } | "cancelled"> {
  const { rowIndex, columnIndex, rowCount, columnCount } = bounds;
  const values: unknown[][] = [];
  const last = rowIndex + rowCount - 1;
  let next = rowIndex;
  let blockRows = FIRST_BLOCK_ROWS;
  let syncs = 0;
  while (next <= last) {
    if (signal?.aborted) return "cancelled";
    const count = Math.min(blockRows, last - next + 1);
    const block = sheet.getRangeByIndexes(next, columnIndex, count, columnCount).load("values");
    if (!(await syncBlock(context, count))) {
      blockRows = Math.max(1, Math.floor(count / 4));
      continue;
    }
    syncs++;
    const rows = block.values;
    for (let i = 0; i < rows.length; i++) values.push(rows[i]);
    next += count;
    blockRows = rowsPerBlock(sampledRowBytes(rows), columnCount);
  }
  return { values, syncs };
}
