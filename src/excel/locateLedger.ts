import { isFailure } from "../core/failure";
import { findHeaderRow } from "../core/ledger/findHeaderRow";
import { headerMap } from "../core/ledger/headerMap";
import { blockAddress, parseBlockAddress, type CellBlock } from "./a1Address";
import type { LedgerLocation, LocateOutcome } from "./ledgerWorkbook";
import { blocksOverlap, type OwnedScan } from "./ownedScans";

/** findHeaderRow looks at the first 50 rows of a candidate: a title block is a few rows, not hundreds. */
const HEADER_ROWS = 50;

interface Candidate {
  readonly block: CellBlock;
  readonly source: LedgerLocation["source"];
  readonly tableName: string | null;
  readonly top: Excel.Range;
}

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

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

/**
 * Finds the ledger in two syncs: the address given, else the table under the selection, else the
 * current region around it, else the used range of the active sheet — the first whose top rows
 * hold a header row (three recognised headers).
 *
 * @example
 * await locateLedger(context, runner, undefined, []) //=> { kind: "found", location: { address: "Sheet1!A1:H2301", … } }
 */
export async function locateLedger(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  address: string | undefined,
  owned: readonly OwnedScan[],
): Promise<LocateOutcome> {
  const geometry = "rowIndex, columnIndex, rowCount, columnCount";
  const candidates: { range?: Excel.Range; block?: CellBlock; source: Candidate["source"]; table?: Excel.Table }[] = [];
  let sheetName: string;
  if (address !== undefined) {
    const block = parseBlockAddress(address);
    if (!block) return { kind: "notFound", reason: "badAddress", address };
    const sheet = context.workbook.worksheets.getItemOrNullObject(block.sheet);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return { kind: "notFound", reason: "badAddress", address };
    sheetName = sheet.name;
    candidates.push({ block: { ...block, sheet: sheetName }, source: "address" });
  } else {
    const selection = context.workbook.getSelectedRange();
    const sheet = selection.worksheet.load("name");
    const tables = supportsExcelApi("1.9") ? selection.getTables(false).load("items/name") : undefined;
    const region = selection.getSurroundingRegion().load(geometry);
    const used = sheet.getUsedRangeOrNullObject(true).load(geometry);
    await context.sync();
    sheetName = sheet.name;
    const table = tables?.items[0];
    if (table) candidates.push({ range: table.getRange().load(geometry), source: "table", table });
    if (region.rowCount > 1 || region.columnCount > 1) candidates.push({ range: region, source: "region" });
    if (!used.isNullObject) candidates.push({ range: used, source: "usedRange" });
    if (candidates.some((c) => c.source === "table")) await context.sync();
  }

  // One more sync reads the top rows of every candidate; the first with a header row wins.
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  const tops: Candidate[] = candidates.map(({ range, block: given, source, table }) => {
    const block = withoutOwned(given ?? blockOf(sheetName, range!), owned);
    const rows = Math.min(HEADER_ROWS, block.r1 - block.r0 + 1);
    const top = worksheet.getRangeByIndexes(block.r0, block.c0, rows, block.c1 - block.c0 + 1).load("values");
    return { block, source, tableName: table ? table.name : null, top };
  });
  await context.sync();
  for (const candidate of tops) {
    const found = findHeaderRow(candidate.top.values);
    if (isFailure(found)) continue;
    const { block } = candidate;
    const headerRow = block.r0 + found.headerRowIndex;
    const headers = candidate.top.values[found.headerRowIndex].map((cell) =>
      cell === null || cell === undefined ? "" : String(cell),
    );
    const ledger = { ...block, r0: headerRow };
    return {
      kind: "found",
      location: {
        sheet: sheetName,
        address: blockAddress(ledger),
        source: candidate.source,
        tableName: candidate.tableName,
        headerRow,
        lastRow: block.r1,
        firstColumn: block.c0,
        columnCount: block.c1 - block.c0 + 1,
        dataRowCount: block.r1 - headerRow,
        headers,
        autoMapping: headerMap(headers),
      },
    };
  }
  return { kind: "notFound", reason: "noHeader", address: address ?? (tops[0] ? blockAddress(tops[0].block) : sheetName) };
}
