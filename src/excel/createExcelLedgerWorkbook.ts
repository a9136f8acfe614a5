import { parseBlockAddress } from "./a1Address";
import { clearScans } from "./clearScans";
import type { ExcelRunner } from "./excelRunner";
import { insertReport } from "./insertReport";
import { insertForecast } from "./insertForecast";
import { insertProvision } from "./insertProvision";
import { writeReminders } from "./writeReminders";
import { writeStatements } from "./writeStatements";
import { appendActivityRows } from "./activityRegister";
import { locateLedger } from "./locateLedger";
import type { LedgerWorkbook, PaneSettings, ScanHooks, ScanOutcome, ScanRequest } from "./ledgerWorkbook";
import { markStaleScan } from "./markStaleScan";
import { OWNED_SCANS_KEY, parseOwnedScans } from "./ownedScans";
import { loadSettingsDocument, updateSettingsDocument } from "./settingsStore";
import { scanLedger } from "./scanLedger";
import type { CreditLimitEntry } from "../core/ledger/ledgerAnalysisTypes";
import { isFailure } from "../core/failure";
import { readCreditLimitTable } from "./creditLimitTable";
import { fingerprintColumns, ledgerFreshness, readLedgerFingerprint } from "./ledgerFingerprint";
import type { ScanRequestWithLimits } from "./scanSettingsOptions";
import { trackScans } from "./trackedBlocks";

/**
 * The pane's workbook port over office.js (or any host with its API): every method is one
 * Excel.run; a scan is one undo step where ExcelApi 1.20 offers `mergeUndoGroup`.
 *
 * @example
 * const workbook = createExcelLedgerWorkbook(officeExcelRunner());
 * await workbook.locateLedger() //=> { kind: "found", location: { address: "Sheet1!A1:H2301", … } }
 */
export function createExcelLedgerWorkbook(runner: ExcelRunner): LedgerWorkbook {
  const supports = (version: string) => runner.supportsExcelApi(version);
  const undoGroup = () => ({ mergeUndoGroup: supports("1.20") });
  let settingsQueue: Promise<unknown> = Promise.resolve();
  const settingsTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const turn = settingsQueue.then(task, task);
    settingsQueue = turn.catch(() => undefined);
    return turn;
  };
  /** One scan in one Excel.run: the limit table (when one is set), then the scan. */
  const scanRun = (request: ScanRequest, hooks?: ScanHooks): Promise<ScanOutcome> =>
    runner.run(undoGroup(), async (context): Promise<ScanOutcome> => {
      // The credit-limit table is read first: a bad one refuses the scan before anything is written.
      let creditLimitTable: CreditLimitEntry[] | undefined;
      if (request.creditLimitRange) {
        const read = await readCreditLimitTable(context, request.creditLimitRange, request.location.sheet);
        if (isFailure(read)) return { kind: "invalid", message: read.text.en, text: read.text };
        creditLimitTable = read;
      }
      return scanLedger(context, supports, { ...request, creditLimitTable } as ScanRequestWithLimits, hooks);
    });
  return {
    locateLedger: (address) =>
      runner.run({}, async (context) => {
        const owned = context.workbook.settings.getItemOrNullObject(OWNED_SCANS_KEY).load("value");
        await context.sync();
        // The scans' result columns where they are now, so the ledger is cut at ours, never at a user's column.
        const scans = await trackScans(context, owned.isNullObject ? [] : parseOwnedScans(owned.value));
        return locateLedger(
          context,
          supports,
          address,
          scans.filter((scan) => !scan.resultGone),
        );
      }),
    // Settings are read-modified-written as one document: one at a time, so two quick saves never cross.
    loadSettings: () =>
      settingsTurn(() => runner.run({}, async (context) => (await loadSettingsDocument(context, supports)).pane)),
    saveSettings: (settings: PaneSettings) =>
      settingsTurn(() => runner.run({}, (context) => updateSettingsDocument(context, supports, { pane: settings }))),
    scan: (request, hooks) =>
      scanRun(request, hooks).catch(async (error: unknown) => {
        // Excel broke the scan off: the grid's results may be the earlier scan's or part of this one's.
        // Say so in our note on them (markStaleScan.ts); the pane says it too. The scan's own error is
        // what the caller sees: a note that cannot be written (Excel still failing) changes nothing.
        await runner
          .run({}, (context) => markStaleScan(context, supports, request.location, request.language))
          .catch(() => false);
        throw error;
      }),
    // Asked by the pane right after a scan, in a run of its own, so a scan's syncs stay the scan's.
    ledgerFingerprint: (ledger) =>
      runner.run({}, (context) =>
        readLedgerFingerprint(context, {
          sheet: ledger.sheet,
          headerRow: ledger.firstDataRow - 1,
          columns: fingerprintColumns(ledger.mapping, ledger.firstColumn, ledger.columnCount),
        }),
      ),
    ledgerFreshness: (fingerprint) => runner.run({}, (context) => ledgerFreshness(context, fingerprint)),
    clear: () => runner.run(undoGroup(), (context) => clearScans(context, supports)),
    selectCell: (address) =>
      runner.run({}, async (context) => {
        const block = parseBlockAddress(address);
        if (!block) return;
        const sheet = context.workbook.worksheets.getItem(block.sheet);
        sheet.activate();
        sheet.getRangeByIndexes(block.r0, block.c0, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1).select();
        await context.sync();
      }),
    insertReport: (request) => runner.run(undoGroup(), (context) => insertReport(context, supports, request)),
    loadLetterSettings: () =>
      settingsTurn(() => runner.run({}, async (context) => (await loadSettingsDocument(context, supports)).letters)),
    saveLetterSettings: (settings) =>
      settingsTurn(() => runner.run({}, (context) => updateSettingsDocument(context, supports, { letters: settings }))),
    writeReminders: (request) => runner.run(undoGroup(), (context) => writeReminders(context, supports, request)),
    writeStatements: (request) => runner.run(undoGroup(), (context) => writeStatements(context, supports, request)),
    insertForecast: (request) => runner.run(undoGroup(), (context) => insertForecast(context, request)),
    insertProvision: (request) => runner.run(undoGroup(), (context) => insertProvision(context, supports, request)),
    // One undo step; a user's own "AR Activity" sheet is refused, with the reason, never written over.
    logActivity: async (rows, language) => {
      const outcome = await appendActivityRows(runner, rows, language);
      return isFailure(outcome) ? { kind: "refused", text: outcome.text } : outcome;
    },
  };
}
