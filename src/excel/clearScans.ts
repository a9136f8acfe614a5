import { blockAddress } from "./a1Address";
import { probeOwnedScan, queueClearOwnedScan, readUnrecordedHighlights } from "./clearOwnedScan";
import type { ClearOutcome } from "./ledgerWorkbook";
import { OWNED_SCANS_KEY, parseOwnedScans } from "./ownedScans";
import { suspendCalculation } from "./writeScanResults";

/**
 * Clear: removes exactly what the scans recorded — result columns, conditional formats, notes —
 * and then the record itself, in four syncs (records; sheets; what is still there; the removal),
 * five when a scan was cut off before its highlight ids were recorded (its formats' rules are read
 * to tell its own from the user's).
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
  await context.sync();
  // A sheet deleted since the scan took the output with it: only its record is left to drop.
  const present = scans.filter((_, i) => !sheets[i].isNullObject);
  const probed = present.map((scan) => probeOwnedScan(context, scan, supportsExcelApi("1.18")));
  await context.sync();
  const probes = await readUnrecordedHighlights(context, probed);
  suspendCalculation(context, supportsExcelApi);
  for (const probe of probes) queueClearOwnedScan(context, probe);
  context.workbook.settings.getItem(OWNED_SCANS_KEY).delete();
  await context.sync();
  return { removed: present.map((scan) => blockAddress(scan.result)) };
}
