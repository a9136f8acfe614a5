import type { DateSystem } from "../core/dates/excelSerial";
import type { Language } from "../core/language";
import { setDateSystem } from "../functions/dateSystem";
import { setFunctionsLanguage } from "../functions/functionsLanguage";

/*
 * The pane's one seam to the AR.* custom functions.
 *
 * Why there is one at all: the manifest loads the functions and the task pane in one shared
 * runtime, so they share module state. The functions read date serials in the workbook's date
 * system (1900 or 1904), which they cannot ask Excel for themselves; the pane can, so it tells
 * them; likewise the display language their error messages are written in. Everything the pane hands to the functions goes through this module — no other pane file
 * imports src/functions (ESLint enforces it) — so there is one place to read to know what crosses,
 * and one to change if the runtimes are ever split.
 *
 * Who calls it: the composition root (index.tsx), with the start-up date-system probe, Office's
 * display language and the adapter's full recalculation (asked for when a date system handed over
 * changes what functions already computed: src/functions/dateSystem.ts), and PaneViews, with the
 * date system each scan reads afresh (so the functions are right even when the start-up probe could
 * not tell).
 */

/**
 * Tells the AR.* functions how the open workbook counts dates; every later function call reads
 * serials in this system.
 *
 * @param system - the workbook's date system, as the start-up probe or a scan read it
 * @example
 * handOffDateSystem(1904) // AR.DUEDATE etc. now read serials from 1904-01-01
 */
export function handOffDateSystem(system: DateSystem): void {
  // Functions may have computed before the system was known (Excel calculates AR.* cells as the
  // runtime loads): when they read the other system, their cells are recalculated.
  if (setDateSystem(system)) recalculate();
}

/** How to have Excel recalculate the AR.* cells; nothing until the composition root gives one. */
let recalculate: () => void = () => undefined;

/**
 * Gives the seam the way to have Excel recalculate (the adapter's full calculation), used when a
 * date system handed off later than functions computed changes what they return.
 *
 * @example
 * handOffRecalculation(() => void excel.recalculateFunctions())
 */
export function handOffRecalculation(request: () => void): void {
  recalculate = request;
}

/**
 * Tells the AR.* functions the language to write their error messages in: Office's display
 * language, as the pane starts (the functions also follow it themselves when they load; the pane's
 * own language switch is a pane preference and does not reach them).
 *
 * @example
 * handOffLanguage("zh") // a #VALUE! tooltip now reads in Chinese
 */
export function handOffLanguage(language: Language): void {
  setFunctionsLanguage(language);
}
