import type { DateSystem } from "../core/dates/excelSerial";
import { parseDate } from "../core/dates/parseDate";
import { LADDER_PRESETS, type Ladder } from "../core/dunning/ladderPresets";
import { isFailure } from "../core/failure";
import { DEFAULT_PROMISE_GRACE_DAYS } from "../core/activity/customerActivity";
import { analyzeLedger } from "../core/ledger/analyzeLedger";
import { checkMapping } from "../core/ledger/checkMapping";
import { grandTotalCheck } from "../core/ledger/grandTotalCheck";
import { mergedNameReadings } from "../core/ledger/mergedNameReadings";
import { packLedgerRows } from "../core/ledger/packedLedgerRows";
import { prepareLedgerRows } from "../core/ledger/prepareLedgerRows";
import { resolveMapping } from "../core/ledger/resolveMapping";
import { LEDGER_READING_MESSAGES as READING } from "../core/messages/ledgerReadingMessages";
import type { LedgerAnalysis } from "../core/ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../core/ledger/ledgerFields";
import { cellAddress, type CellBlock } from "./a1Address";
import { ladderFromRange, parseLadderAddress, queueLadderRead } from "./ladderRange";
import {
  planOf,
  probeOwnedScan,
  queueClearOwnedScan,
  readStrays,
  readUnrecordedHighlights,
  type ClearProbe,
} from "./clearOwnedScan";
import { detectDateSystem } from "./detectDateSystem";
import type { AddressedIssue, ScanHooks, ScanOutcome, ScanRequest } from "./ledgerWorkbook";
import { OWNED_SCANS_KEY, parseOwnedScans, type OwnedScan } from "./ownedScans";
import { encodePrints, PRINT_MAX_ROWS } from "./cellPrints";
import { formatsOfTarget, withFormatsBefore } from "./scanFormatsBefore";
import { blocksOverlap } from "./ownedScans";
import {
  newTrackingKey,
  queueTrackScan,
  queueUntrackScan,
  trackScans,
  uniqueResultNames,
  type TrackedScan,
} from "./trackedBlocks";
import { readLedgerRows, findOccupied } from "./readLedgerRows";
import { RESULT_COLUMN_COUNT, RESULT_HEADERS } from "./resultColumns";
import { asOfNote, noteCellOf, queueHighlights, queueResultFrame, suspendCalculation, writeResultRows } from "./writeScanResults";
import type { Message } from "../core/messages/message";
import { EXCEL_MESSAGES as M } from "./excelMessages";
import { scanSettingsOptions, type ScanRequestWithLimits } from "./scanSettingsOptions";
import { probeActivityRegister } from "./readActivityBlocks";
import { logBrokenPromises, readScanActivity } from "./readScanActivity";

const LAST_COLUMN = 16_383;

/** A scan refused before writing: the reason in English (`message`) and in both languages (`text`). */
function invalid(text: Message): ScanOutcome {
  return { kind: "invalid", message: text.en, text };
}

/** Stores the records (or drops the setting when none is left, as before the first scan). */
export function queueSaveOwned(context: Excel.RequestContext, scans: readonly OwnedScan[], exists: boolean): void {
  // Saved where the cells are now (tracked through their names), without the tracking's own flag.
  const records = scans.map((scan) => {
    const { resultGone, names, columnsNow, halo, ...record } = scan as OwnedScan & Partial<TrackedScan>;
    void [resultGone, names, columnsNow, halo];
    return record;
  });
  if (scans.length > 0) context.workbook.settings.add(OWNED_SCANS_KEY, JSON.stringify(records));
  else if (exists) context.workbook.settings.getItem(OWNED_SCANS_KEY).delete();
}

/**
 * One scan, inside one Excel.run: read the ledger in blocks while checking the result columns are
 * free, let the core analyse it, then write the four result columns, the highlights and the as-of
 * note. Nothing is written before every target cell has been checked; a re-scan replaces its own
 * earlier output only. Syncs: one for settings and the date system, one per read block, one per
 * write block, two to finish (the highlights, then their ids on record), and one more only when
 * an earlier scan here was cut off before recording its highlight ids. The activity register
 * (readActivityBlocks.ts) is found with the first sync, bounded with the first block, read in
 * blocks of its own (one sync each) before the analysis, and gains its broken-promise notes
 * after the write (two syncs, only when there are some).
 *
 * The record is saved with the first write and lists the highlight range before the formats
 * exist; if the host fails before their ids are saved, Clear and the next scan find the scan's
 * formats on that range by their rule formulas, so no failure leaves formats without a way back.
 */
export async function scanLedger(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  request: ScanRequest,
  hooks: ScanHooks = {},
): Promise<ScanOutcome> {
  const { location, language } = request;
  const progress = hooks.onProgress ?? (() => undefined);
  const notesSupported = supportsExcelApi("1.18");
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const ownedSetting = context.workbook.settings.getItemOrNullObject(OWNED_SCANS_KEY).load("value");
  // A ladder range may be whole columns or the whole sheet: only its used part is read (ladderRange.ts).
  const ladderAt = request.ladder.kind === "range" ? parseLadderAddress(request.ladder.address, location.sheet) : undefined;
  const ladderBlock = ladderAt && !isFailure(ladderAt) ? ladderAt : undefined;
  const ladderSheet = ladderBlock ? context.workbook.worksheets.getItemOrNullObject(ladderBlock.sheet).load("name") : undefined;
  const register = probeActivityRegister(context);
  // detectDateSystem's sync carries the loads queued above; a failed sync rejects, and the scan with it.
  const dateSystem: DateSystem = await detectDateSystem(context, supportsExcelApi);
  // The earlier scans' blocks where their cells are now: rows and columns may have moved since.
  const ownedAll = await trackScans(context, ownedSetting.isNullObject ? [] : parseOwnedScans(ownedSetting.value));

  const asOf = parseDate(request.asOfIso, dateSystem, "as-of date");
  if (isFailure(asOf) || asOf === null) return invalid(M.badAsOf({ text: request.asOfIso }));
  const chosen = resolveMapping(location.headers, location.autoMapping, request.mappingOverrides);
  if (isFailure(chosen)) return invalid(chosen.text);
  // Amount and due date must be columns of the ledger; the customer may come from heading rows
  // (checked once the rows are read), so it is taken as present here.
  const columnsCheck = checkMapping({ customer: -1, ...chosen.mapping });
  if (isFailure(columnsCheck)) return invalid(columnsCheck.text);
  if (request.ladder.kind === "range" && (!ladderBlock || !ladderSheet || ladderSheet.isNullObject)) {
    if (ladderAt && isFailure(ladderAt)) return invalid(ladderAt.text);
    return invalid(M.ladderSheetMissing({ address: request.ladder.address, sheet: ladderBlock?.sheet ?? "" }));
  }

  const ledger: CellBlock = {
    sheet: location.sheet,
    r0: location.headerRow,
    c0: location.firstColumn,
    r1: location.lastRow,
    c1: location.firstColumn + location.columnCount - 1,
  };
  const previous =
    ownedAll.find(
      (s) =>
        !s.resultGone &&
        s.ledger.sheet.toLowerCase() === ledger.sheet.toLowerCase() &&
        s.ledger.r0 === ledger.r0 &&
        s.ledger.c0 === ledger.c0,
    ) ??
    // The same ledger with its header row moved (a row dragged above it): the scan it replaces.
    ownedAll.find((s) => !s.resultGone && !s.table && blocksOverlap(s.ledger, ledger));
  const others = ownedAll.filter((s) => s !== previous);
  const resultC0 = request.resultColumn ?? previous?.result.c0 ?? ledger.c1 + 1;
  if (
    resultC0 + RESULT_COLUMN_COUNT - 1 > LAST_COLUMN ||
    (resultC0 + RESULT_COLUMN_COUNT - 1 >= ledger.c0 && resultC0 <= ledger.c1)
  ) {
    return invalid(M.resultOverlap());
  }
  const result: CellBlock = {
    sheet: location.sheet,
    r0: ledger.r0,
    c0: resultC0,
    r1: ledger.r1,
    c1: resultC0 + RESULT_COLUMN_COUNT - 1,
  };
  const tableMode = location.tableName !== null && resultC0 === ledger.c1 + 1;
  // What a rescan may write over: cells proved ours, read with the first block (ownedCells.ts) — not
  // every cell of a recorded block, which may have grown over a column the user dragged in. A
  // table's result columns are the table's own, and go by their block.
  const provable = ownedAll.filter((s) => !s.resultGone && !s.table && s.sheet.toLowerCase() === location.sheet.toLowerCase());
  const ownedBlocks: CellBlock[] = ownedAll.filter((s) => !s.resultGone && s.table).map((s) => s.result);
  let proofs: ClearProbe[] = [];
  /** "row,column" → the format a cell proved ours (or lent our format) had before any scan. */
  const formatsBeforeScans = new Map<string, string>();
  const proveOwned = () => {
    for (const proof of proofs) {
      const plan = planOf(proof);
      for (const run of plan.owned)
        ownedBlocks.push({ sheet: location.sheet, r0: run.r0, c0: run.column, r1: run.r1, c1: run.column });
      for (const change of plan.changes) formatsBeforeScans.set(`${change.row},${change.column}`, change.format);
    }
  };

  // Read: ledger rows + result cells per block; header cells, ladder range and the old scan's parts ride with the first.
  const headerTarget = sheet.getRangeByIndexes(result.r0, result.c0, 1, RESULT_COLUMN_COUNT);
  let ladderRange: Excel.Range | undefined;
  let probe: ReturnType<typeof probeOwnedScan> | undefined;
  let noteThere: Excel.Note | undefined;
  const withFirstBlock = () => {
    headerTarget.load(["values", "numberFormat", "formulas"]);
    if (ladderBlock && ladderSheet) {
      ladderRange = queueLadderRead(ladderSheet, ladderBlock);
    }
    proofs = provable.map((scan) =>
      scan === previous ? (probe = probeOwnedScan(context, scan, notesSupported)) : probeOwnedScan(context, scan, false),
    );
    if (previous && !probe) probe = probeOwnedScan(context, previous, notesSupported);
    if (notesSupported) noteThere = sheet.notes.getItemOrNullObject(noteCellOf(result));
    register.queueBounds();
  };
  const headerCheck = () => {
    proveOwned();
    return findOccupied(headerTarget.values, { ...result, r1: result.r0 }, ownedBlocks, headerTarget.formulas);
  };
  const data: CellBlock = { ...ledger, r0: ledger.r0 + 1 };
  let rows: unknown[][] = [];
  let targetFormats: [string, number][][] = [];
  if (data.r1 >= data.r0) {
    const read = await readLedgerRows(context, {
      sheet,
      data,
      target: { ...result, r0: data.r0 },
      owned: ownedBlocks,
      withFirstBlock,
      checkFirstBlock: headerCheck,
      signal: hooks.signal,
      onRows: (done, total) => progress({ phase: "reading", done, total }),
    });
    if (read.kind === "cancelled") return { kind: "cancelled" };
    if (read.kind === "occupied") return { kind: "occupied", ...read.cell };
    rows = read.rows;
    targetFormats = read.targetFormats;
  } else {
    withFirstBlock();
    await context.sync();
    const headerOccupied = headerCheck();
    if (headerOccupied) return { kind: "occupied", ...headerOccupied };
  }

  let ladder: Ladder = request.ladder.kind === "preset" ? LADDER_PRESETS[request.ladder.name] : LADDER_PRESETS.standard;
  if (ladderRange && ladderBlock && request.ladder.kind === "range") {
    const resolved = ladderFromRange(ladderRange, ladderBlock, request.ladder.address);
    if (isFailure(resolved)) return invalid(resolved.text);
    ladder = resolved;
  }
  // The register's reminders, promises and disputes, as of the scan's day (readScanActivity.ts).
  const activitySettings = { dateSystem, asOf, promiseGraceDays: request.promiseGraceDays, language, signal: hooks.signal };
  const activity = await readScanActivity(context, register, activitySettings);
  if (activity === "cancelled") return { kind: "cancelled" };
  progress({ phase: "analyzing", done: 0, total: rows.length });
  // The export's own conventions, settled per column: report rows, heading customers, date order,
  // decimal commas, dispute flags (core/ledger/prepareLedgerRows.ts).
  const prepared = prepareLedgerRows(rows, {
    headers: location.headers,
    mapping: chosen.mapping,
    dateSystem,
    dateOrder: request.dateOrder ?? null,
    // The rows were just read for this scan: settled where they are, not copied.
    inPlace: true,
  });
  if (isFailure(prepared)) return invalid(prepared.text);
  const mapping = checkMapping(prepared.mapping);
  if (isFailure(mapping)) return invalid(mapping.text);
  const analysis = analyzeLedger(prepared.rows, {
    mapping,
    asOf,
    dateSystem,
    ladder,
    minAmount: request.minAmount,
    keyAccounts: request.keyAccounts,
    language,
    // The pane's analysis settings (edges, thresholds, limit table): scanSettingsOptions.ts.
    ...scanSettingsOptions(request),
    ...(activity.facts ? { activity: activity.facts } : {}),
  });
  if (isFailure(analysis)) return invalid(analysis.text);
  if (hooks.signal?.aborted) return { kind: "cancelled" };
  // An earlier scan here cut off before its highlight ids were saved: read its formats' rules.
  // and rows of its dragged out of its block, to clear them too.
  if (probe) [probe] = await readStrays(context, await readUnrecordedHighlights(context, [probe]));

  // Write. The record goes first, so a cancelled or failed write can still be cleared.
  const reuseColumns =
    tableMode && previous?.table === location.tableName && (probe?.columns.every((c) => !c.isNullObject) ?? false);
  const highlight: CellBlock | null =
    data.r1 >= data.r0 ? { ...data, c0: Math.min(ledger.c0, result.c0), c1: Math.max(ledger.c1, result.c1) } : null;
  // In a table, names none of the user's columns has (a table ledger with its own "Aging" keeps it).
  const resultNames = uniqueResultNames(RESULT_HEADERS[language], location.headers);
  const record: OwnedScan = {
    sheet: location.sheet,
    ledger,
    result,
    table: tableMode ? location.tableName : null,
    tableColumns: tableMode ? resultNames : [],
    conditionalFormatIds: [],
    highlight,
    // A note of the user's on that header cell stays; the scan then stamps none.
    noteCell:
      notesSupported && (noteThere?.isNullObject || previous?.noteCell === noteCellOf(result)) ? noteCellOf(result) : null,
    asOfIso: request.asOfIso,
    key: newTrackingKey(Date.now()),
    // The formats those cells had before any scan wrote there: in place, the first scan's record
    // keeps them (the cells now hold ours); a table's result columns go whole at Clear.
    formats: tableMode
      ? undefined
      : withFormatsBefore(
          formatsOfTarget(result, headerTarget.numberFormat[0] ?? [], targetFormats, previous),
          result,
          formatsBeforeScans,
        ),
  };
  suspendCalculation(context, supportsExcelApi);
  queueSaveOwned(context, [...others, record], true);
  queueTrackScan(context, record);
  if (previous) queueUntrackScan(context, previous);
  if (probe && previous) {
    // The formats and note go; the old output's cells go too, except where the new one is written.
    queueClearOwnedScan(
      context,
      reuseColumns ? { ...probe, columns: [] } : probe,
      previous.table ? { cells: !reuseColumns } : { cells: true, except: result },
    );
  }
  const table = tableMode ? sheet.tables.getItem(location.tableName!) : null;
  if (table && !reuseColumns) for (const name of resultNames) table.columns.add(undefined, undefined, name);
  queueResultFrame(sheet, result, language, true, tableMode ? resultNames : RESULT_HEADERS[language]);
  // Prints of what is written, cell by cell, for Clear to prove each cell ours (not for tables,
  // whose columns Clear deletes whole, nor past PRINT_MAX_ROWS, where the header proves a column).
  const prints = !tableMode && analysis.rows.count <= PRINT_MAX_ROWS ? [[], [], [], []] : undefined;
  const finished = await writeResultRows(
    context,
    sheet,
    result,
    analysis,
    (done, total) => progress({ phase: "writing", done, total }),
    hooks.signal,
    supportsExcelApi,
    prints,
  );
  if (!finished) {
    // No highlight was added yet in this run (and the old scan's went with the first write).
    const undo = probeOwnedScan(context, { ...record, highlight: null }, notesSupported);
    await context.sync();
    queueClearOwnedScan(context, undo);
    queueUntrackScan(context, record);
    queueSaveOwned(context, others, true);
    await context.sync();
    return { kind: "cancelled" };
  }
  const formats = highlight ? queueHighlights(sheet, highlight, result.c0, language) : [];
  if (record.noteCell) sheet.notes.add(sheet.getRange(record.noteCell), asOfNote(request.asOfIso, language));
  await context.sync();
  queueSaveOwned(
    context,
    [
      ...others,
      { ...record, conditionalFormatIds: formats.map((f) => f.id), ...(prints ? { prints: prints.map(encodePrints) } : {}) },
    ],
    true,
  );
  await context.sync();
  // Written once the scan's results are: a refused or failed append is said, and the scan stands.
  const logged = await logBrokenPromises(context, activity, analysis.customers, activitySettings);
  const limitTable = (request as ScanRequestWithLimits).creditLimitTable;
  return {
    kind: "done",
    resultAddress: blockAddressOf(result),
    asOfIso: request.asOfIso,
    rowsWritten: analysis.rows.count,
    issues: [...addressIssues(analysis, location.sheet, data.r0, ledger.c0, mapping, location.columnCount), ...activity.issues],
    customers: analysis.customers,
    portfolio: analysis.portfolio,
    readings: [
      ...prepared.readings,
      ...grandTotalCheck(prepared.grandTotal?.value, analysis.portfolio),
      ...mergedNameReadings(analysis.mergedNames),
      ...activity.readings,
      ...logged.readings,
    ],
    questions: [...prepared.questions, ...chosen.lost.map((lost) => READING.choiceLost(lost))],
    skipped: prepared.skipped,
    ledger: {
      // Typed columns, not the rows as read: the pane keeps these for as long as it shows the scan.
      rows: packLedgerRows(prepared.rows),
      mapping,
      columnCount: location.columnCount,
      analysis,
      asOf,
      dateSystem,
      firstDataRow: data.r0,
      firstColumn: ledger.c0,
      resultColumn: result.c0,
      sheet: location.sheet,
      activity: logged.activity,
      promiseGraceDays: request.promiseGraceDays ?? DEFAULT_PROMISE_GRACE_DAYS,
      // The limit table read for this scan, financials included: the recommended limits cap by them.
      ...(limitTable ? { creditLimitTable: limitTable } : {}),
    },
  };
}

function blockAddressOf(block: CellBlock): string {
  return `${cellAddress(block.sheet, block.r0, block.c0)}:${cellAddress(block.sheet, block.r1, block.c1).split("!")[1]}`;
}

function addressIssues(
  analysis: LedgerAnalysis,
  sheet: string,
  firstDataRow: number,
  firstColumn: number,
  mapping: LedgerMapping,
  columnCount: number,
): AddressedIssue[] {
  // A field read from heading rows or a flag has a column past the ledger's: point at the row's first cell.
  const onSheet = (index: number | undefined) => (index !== undefined && index < columnCount ? index : undefined);
  return analysis.issues.map((issue) => {
    const column = firstColumn + (onSheet(mapping[issue.field]) ?? onSheet(mapping.customer) ?? 0);
    const address = cellAddress(sheet, firstDataRow + issue.rowIndex, column);
    return issue.firstRowIndex === undefined
      ? { ...issue, address }
      : { ...issue, address, firstAddress: cellAddress(sheet, firstDataRow + issue.firstRowIndex, column) };
  });
}
