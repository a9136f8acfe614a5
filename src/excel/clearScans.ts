import { blockAddress } from "./a1Address";
import { probeOwnedScan, queueClearOwnedScan, readStrays, readUnrecordedHighlights } from "./clearOwnedScan";
import type { ClearOutcome } from "./ledgerWorkbook";
import { OWNED_SCANS_KEY, parseOwnedScans } from "./ownedScans";
import { queueTrackScans, queueUntrackScan, type TrackedScan } from "./trackedBlocks";
import { suspendCalculation } from "./writeScanResults";

/**
 * Clear: removes exactly what the scans recorded — result cells proved ours, conditional formats,
 * notes — and then the record itself, in four syncs (records; sheets; what is still there; the
 * removal), one more when a scan was cut off before its highlight ids were recorded (its formats'
 * rules are read to tell its own from the user's), and one more when written rows are missing from
 * their columns (rows around the block are read, for rows of ours dragged out of it).
 *
 * @example
 * await clearScans(context, () => true) //=> { removed: ["Sheet1!I1:L2301"] }
 */
export async function clearScans(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
): Promise<ClearOutcome> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SCANS_KEY).load("value");
  await context.sync();
  if (setting.isNullObject) return { removed: [] };
  const scans = parseOwnedScans(setting.value);
  const sheets = scans.map((scan) => context.workbook.worksheets.getItemOrNullObject(scan.sheet).load("name"));
  // Where the blocks are now (rows and columns inserted, deleted or moved since): in the same sync.
  const tracked = queueTrackScans(context, scans);
  await context.sync();
  // A sheet deleted since the scan took the output with it: only its record and names are left to drop.
  for (const [i, scan] of scans.entries()) if (sheets[i].isNullObject) queueUntrackScan(context, scan);
  const present = tracked().filter((_, i) => !sheets[i].isNullObject);
  const probed = present.map((scan) => probeOwnedScan(context, scan, supportsExcelApi("1.18")));
  await context.sync();
  // Rows of ours dragged out of the block are looked for beside it: one more sync, only then.
  const probes = await readStrays(context, await readUnrecordedHighlights(context, probed));
  suspendCalculation(context, supportsExcelApi);
  const kept: string[] = [];
  for (const probe of probes) {
    // Columns deleted with all their cells are gone: only the formats and the note may be left.
    queueClearOwnedScan(context, probe, { cells: !(probe.scan as TrackedScan).resultGone }, kept);
    queueUntrackScan(context, probe.scan);
  }
  context.workbook.settings.getItem(OWNED_SCANS_KEY).delete();
  await context.sync();
  return {
    removed: present.filter((scan) => !scan.resultGone).map((scan) => blockAddress(scan.result)),
    ...(kept.length > 0 ? { kept } : {}),
  };
}
