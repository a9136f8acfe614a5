import { parseBlockAddress } from "./a1Address";
import { clearScans } from "./clearScans";
import type { ExcelRunner } from "./excelRunner";
import { insertReport } from "./insertReport";
import { insertForecast } from "./insertForecast";
import { LETTER_SETTINGS_KEY, parseLetterSettings } from "./letterSettingsStore";
import { writeReminders } from "./writeReminders";
import { locateLedger } from "./locateLedger";
import type { LedgerWorkbook, PaneSettings } from "./ledgerWorkbook";
import { OWNED_SCANS_KEY, parseOwnedScans } from "./ownedScans";
import { PANE_SETTINGS_KEY, parsePaneSettings } from "./paneSettingsStore";
import { scanLedger } from "./scanLedger";
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
    loadSettings: () =>
      runner.run({}, async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(PANE_SETTINGS_KEY).load("value");
        await context.sync();
        return parsePaneSettings(item.isNullObject ? undefined : item.value);
      }),
    saveSettings: (settings: PaneSettings) =>
      runner.run({}, async (context) => {
        context.workbook.settings.add(PANE_SETTINGS_KEY, JSON.stringify(settings));
        await context.sync();
      }),
    scan: (request, hooks) => runner.run(undoGroup(), (context) => scanLedger(context, supports, request, hooks)),
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
      runner.run({}, async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(LETTER_SETTINGS_KEY).load("value");
        await context.sync();
        return parseLetterSettings(item.isNullObject ? undefined : item.value);
      }),
    saveLetterSettings: (settings) =>
      runner.run({}, async (context) => {
        context.workbook.settings.add(LETTER_SETTINGS_KEY, JSON.stringify(settings));
        await context.sync();
      }),
    writeReminders: (request) => runner.run(undoGroup(), (context) => writeReminders(context, supports, request)),
    insertForecast: (request) => runner.run(undoGroup(), (context) => insertForecast(context, request)),
  };
}
