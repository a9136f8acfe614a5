import { OWNED_REPORT, readStoredList } from "./storedSettings";

/** Workbook setting holding what Insert report wrote (see OwnedReport); separate from the scans' record. */
export const OWNED_REPORTS_KEY = "arCreditDesk.ownedReports";

/**
 * What one report wrote on its sheet, kept in the workbook's settings so a refresh clears and
 * replaces exactly that (spill sizes change with currencies and aging edges) and nothing of the
 * user's elsewhere on the sheet.
 */
export interface OwnedReport {
  readonly sheet: string;
  /** Local A1 ranges on the sheet ("A7:C19"), blocks and spill areas. */
  readonly ranges: readonly string[];
  /** Names of the charts it added. */
  readonly charts: readonly string[];
  /** Key of the workbook names that follow each range as cells move (ARCreditDesk_<key>_P<i>); absent in old records. */
  readonly key?: string;
  /** Per range, the fingerprints of the cells as written, row by row, comma-separated (see insertReport). */
  readonly prints?: readonly string[];
}

/**
 * Reads the records from a loaded setting value (a JSON string); anything unreadable counts as
 * none, so a damaged setting never blocks the pane (the occupancy check still guards user cells).
 *
 * @example
 * parseOwnedReports('[{"sheet":"AR Summary","ranges":["A1:B5"],"charts":[]}]')[0].ranges //=> ["A1:B5"]
 */
export function parseOwnedReports(value: unknown): OwnedReport[] {
  return readStoredList(value, OWNED_REPORT);
}
