import type { DateSystem } from "../core/dates/excelSerial";

/**
 * The workbook's date system, the one piece of state the converter has. It lives in this module
 * alone, so the pane (which probes the workbook) and every AR.* function (which read serials in
 * it) share a single instance through the one runtime they load in.
 */

let workbookDateSystem: DateSystem = 1900;

/**
 * Sets the date system serials are read in (the pane probes the workbook; 1900 until then).
 * The task pane and the functions share one runtime, so this is seen by every later call.
 *
 * @example
 * setDateSystem(1904); getDateSystem() //=> 1904
 */
export function setDateSystem(system: DateSystem): void {
  workbookDateSystem = system;
}

/** The date system serial arguments are read in. */
export function getDateSystem(): DateSystem {
  return workbookDateSystem;
}
