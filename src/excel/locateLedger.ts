import { chooseHeaderRow, MAX_HEADER_SCAN } from "../core/ledger/chooseHeaderRow";
import type { HeaderScoring } from "../core/ledger/scoreHeaders";
import { blockAddress, parseBlockAddress, type CellBlock } from "./a1Address";
import type { LedgerLocation, LocateOutcome } from "./ledgerWorkbook";
import { blocksOverlap, type OwnedScan } from "./ownedScans";
import { isAddinSheet } from "./addinSheets";

/** Sheets looked through for a ledger beyond the active one: a workbook of exports has a handful. */
const MAX_SHEETS = 64;
/** Columns read for the header: wide enough for any export, not a whole row of 16,384 cells. */
const MAX_HEADER_COLUMNS = 512;
/** Header cells read in one sync at most (a few hundred KB of response), unless one candidate alone is more. */
const CELLS_PER_SYNC = 100_000;
const NO_RECOGNITION: HeaderScoring = { mapping: {}, matches: [], competing: [] };

interface Candidate {
  readonly block: CellBlock;
  readonly source: LedgerLocation["source"];
  readonly tableName: string | null;
}

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;
const GEOMETRY = "rowIndex, columnIndex, rowCount, columnCount";

function blockOf(sheet: string, range: Geometry): CellBlock {
  return {
    sheet,
    r0: range.rowIndex,
    c0: range.columnIndex,
    r1: range.rowIndex + range.rowCount - 1,
    c1: range.columnIndex + range.columnCount - 1,
  };
}

/**
 * Our own result columns are not part of the ledger: a current region or table that includes them
 * (after a scan) is cut back to the user's columns.
 */
function withoutOwned(block: CellBlock, owned: readonly OwnedScan[]): CellBlock {
  let c1 = block.c1;
  for (const scan of owned) {
    if (blocksOverlap(scan.result, { ...block, c1 }) && scan.result.c0 > block.c0) c1 = Math.min(c1, scan.result.c0 - 1);
  }
  return { ...block, c1 };
}

function located(
  candidate: Candidate,
  headerIndex: number,
  headers: string[],
  recognition: HeaderScoring,
  searched: string[],
): LocateOutcome {
  const { block } = candidate;
  const headerRow = block.r0 + headerIndex;
  const ledger = { ...block, r0: headerRow };
  return {
    kind: "found",
    location: {
      sheet: block.sheet,
      address: blockAddress(ledger),
      source: candidate.source,
      tableName: candidate.tableName,
      headerRow,
      lastRow: block.r1,
      firstColumn: block.c0,
      columnCount: block.c1 - block.c0 + 1,
      dataRowCount: block.r1 - headerRow,
      headers,
      autoMapping: recognition.mapping,
      recognition,
      sheetsSearched: searched,
    },
  };
}

function textsOf(row: readonly unknown[] | undefined): string[] {
  return (row ?? []).map((cell) => (cell === null || cell === undefined ? "" : String(cell)));
}

/**
 * Finds the ledger in three syncs when it is on the active sheet (more, a few sheets at a time, when
 * it is elsewhere). With an address, that block is the ledger and its top
 * rows hold the header: the row naming the most fields, or its first row when none names any (the
 * user then maps the fields by hand). Without one: the table under the selection, the current
 * region around it, the used range of the active sheet, then the used range of every other sheet
 * in tab order — the first whose top rows hold a header (three fields named) wins.
 *
 * @example
 * await locateLedger(context, supports, undefined, []) //=> { kind: "found", location: { address: "Sheet1!A1:H2301", … } }
 */
export async function locateLedger(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  address: string | undefined,
  owned: readonly OwnedScan[],
): Promise<LocateOutcome> {
  const candidates: Candidate[] = [];
  const searched: string[] = [];
  if (address !== undefined) {
    const block = parseBlockAddress(address);
    if (!block) return { kind: "notFound", reason: "badAddress", address };
    const sheet = context.workbook.worksheets.getItemOrNullObject(block.sheet);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return { kind: "notFound", reason: "badAddress", address };
    candidates.push({ block: { ...block, sheet: sheet.name }, source: "address", tableName: null });
    searched.push(sheet.name);
  } else {
    const selection = context.workbook.getSelectedRange();
    const active = selection.worksheet.load("name");
    const tables = supportsExcelApi("1.9") ? selection.getTables(false).load("items/name") : undefined;
    const region = selection.getSurroundingRegion().load(GEOMETRY);
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const table = tables?.items[0];
    const tableRange = table?.getRange().load(GEOMETRY);
    // Every sheet's used range, the active one first: one sync for all of them.
    // The add-in's own sheets (the activity register, the summary, reminders, statements) are
    // never a ledger, even when active: the search goes on to the others.
    const ordered = [active.name, ...sheets.items.map((s) => s.name).filter((name) => name !== active.name)]
      .filter((name) => !isAddinSheet(name))
      .slice(0, MAX_SHEETS);
    const used = ordered.map((name) => ({
      name,
      range: context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(GEOMETRY),
    }));
    await context.sync();
    const activeIsOurs = isAddinSheet(active.name);
    if (table && tableRange && !activeIsOurs)
      candidates.push({ block: blockOf(active.name, tableRange), source: "table", tableName: table.name });
    if (!activeIsOurs && (region.rowCount > 1 || region.columnCount > 1))
      candidates.push({ block: blockOf(active.name, region), source: "region", tableName: null });
    for (const { name, range } of used) {
      if (!range.isNullObject) candidates.push({ block: blockOf(name, range), source: "usedRange", tableName: null });
    }
    searched.push(...ordered);
  }

  // The top rows of the candidates, in order, a few sheets per sync: the first with a header row
  // wins. A batch stays under CELLS_PER_SYNC cells, so a workbook of many wide sheets never makes a
  // response near Excel on the web's 5 MB limit, and the active sheet alone costs one sync.
  const tops: { candidate: Candidate; top: Excel.Range }[] = [];
  let next = 0;
  while (next < candidates.length) {
    const batch: { candidate: Candidate; top: Excel.Range }[] = [];
    let cells = 0;
    while (next < candidates.length && (batch.length === 0 || cells < CELLS_PER_SYNC)) {
      const candidate = candidates[next++];
      const block = withoutOwned(candidate.block, owned);
      const rows = Math.min(MAX_HEADER_SCAN, block.r1 - block.r0 + 1);
      const columns = Math.min(MAX_HEADER_COLUMNS, block.c1 - block.c0 + 1);
      cells += rows * columns;
      const top = context.workbook.worksheets
        .getItem(block.sheet)
        .getRangeByIndexes(block.r0, block.c0, rows, columns)
        .load("values");
      batch.push({ candidate: { ...candidate, block }, top });
      // The active sheet's own candidates are read first, alone: usually the ledger is there.
      if (candidate.block.sheet !== candidates[next]?.block.sheet && batch[0].candidate.block.sheet === searched[0]) break;
    }
    await context.sync();
    tops.push(...batch);
    for (const { candidate, top } of batch) {
      const chosen = chooseHeaderRow(top.values);
      if (!chosen) continue;
      const sheetsUpTo = searched.slice(0, searched.indexOf(candidate.block.sheet) + 1);
      return located(candidate, chosen.headerRowIndex, textsOf(top.values[chosen.headerRowIndex]), chosen.scoring, sheetsUpTo);
    }
  }
  if (address !== undefined && tops[0]) {
    // The address the user gave is the ledger even when no header is recognised: map it by hand.
    return located(tops[0].candidate, 0, textsOf(tops[0].top.values[0]), NO_RECOGNITION, searched);
  }
  return {
    kind: "notFound",
    reason: "noHeader",
    address: address ?? (tops[0] ? blockAddress(tops[0].candidate.block) : (searched[0] ?? "")),
  };
}
