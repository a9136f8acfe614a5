import type { DateSystem } from "../core/dates/excelSerial";

/**
 * The workbook's date system, the one piece of state the converter has. It lives in this module
 * alone, so the pane (which probes the workbook) and every AR.* function (which read serials in
 * it) share a single instance through the one runtime they load in.
 *
 * Functions can compute before the pane's probe resolves (Excel calculates the workbook's AR.*
 * cells as soon as the runtime loads). Those results are in the 1900 system; when the probe then
 * finds a 1904 workbook they are 1,462 days off, and Excel keeps them until something recalculates
 * the cells. So the module notes whether any function has read the system since it was last set,
 * and `setDateSystem` says when a change leaves such results behind (the pane then asks Excel to
 * recalculate: see functionsHandoff.ts).
 */

let workbookDateSystem: DateSystem = 1900;
/** True once a function has read serials in `workbookDateSystem` since it was last changed. */
let readSinceChange = false;

/**
 * Sets the date system serials are read in (the pane probes the workbook; 1900 until then).
 * The task pane and the functions share one runtime, so this is seen by every later call.
 *
 * @returns true when the system changed after a function had computed in the old one: results in
 *   the workbook may be wrong and should be recalculated; false otherwise
 * @example
 * setDateSystem(1904); getDateSystem() //=> 1904
 */
export function setDateSystem(system: DateSystem): boolean {
  if (system === workbookDateSystem) return false;
  const stale = readSinceChange;
  workbookDateSystem = system;
  readSinceChange = false;
  return stale;
}

/** The date system serial arguments are read in; a call marks the system as used by a function. */
export function getDateSystem(): DateSystem {
  readSinceChange = true;
  return workbookDateSystem;
}
