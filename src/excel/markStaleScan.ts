import type { Language } from "../core/language";
import { messageText } from "../core/messages/message";
import type { LedgerLocation } from "./ledgerWorkbook";
import { OWNED_SCANS_KEY, parseOwnedScans } from "./ownedScans";
import { SETTINGS_MESSAGES as M } from "./settingsMessages";
import { trackScans } from "./trackedBlocks";

/*
 * A rescan that Excel broke off leaves results in the grid that may not match the ledger: the
 * earlier scan's (when it failed before writing) or part of the new one's (when it failed while
 * writing). The grid says so in the one cell marking of ours that Clear removes whatever it says:
 * the scan's note on its first result header (the as-of note). No value of ours is changed, so
 * Clear still proves every result cell ours; a note the user keeps there (no note cell recorded)
 * is left alone.
 */

/** Notes came with ExcelApi 1.18. */
const NOTES_API = "1.18";

/**
 * Marks the recorded scan of the ledger at `location` as stale in its note. Own Excel.run, after
 * the failed one: three syncs at most. Returns whether a note was written.
 *
 * @example
 * await markStaleScan(context, supports, location, "en") //=> true  (note: "AR Credit Desk: as of 2025-06-30. STALE: …")
 */
export async function markStaleScan(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  location: Pick<LedgerLocation, "sheet" | "headerRow" | "firstColumn">,
  language: Language,
): Promise<boolean> {
  if (!supportsExcelApi(NOTES_API)) return false;
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SCANS_KEY).load("value");
  await context.sync();
  if (setting.isNullObject) return false;
  const scans = await trackScans(context, parseOwnedScans(setting.value));
  const scan = scans.find(
    (s) =>
      !s.resultGone &&
      s.ledger.sheet.toLowerCase() === location.sheet.toLowerCase() &&
      s.ledger.r0 === location.headerRow &&
      s.ledger.c0 === location.firstColumn,
  );
  if (!scan || !scan.noteCell) return false;
  const sheet = context.workbook.worksheets.getItem(scan.sheet);
  const note = sheet.notes.getItemOrNullObject(scan.noteCell);
  await context.sync();
  const text = messageText(M.staleNote({ asOf: scan.asOfIso ?? "" }), language);
  if (note.isNullObject) sheet.notes.add(sheet.getRange(scan.noteCell), text);
  else note.content = text;
  await context.sync();
  return true;
}
