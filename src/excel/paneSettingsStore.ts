import type { PaneSettings } from "./ledgerWorkbook";
import { readPaneSettings } from "./storedSettings";

/** Workbook setting holding the pane's settings (mapping, ladder, thresholds, key accounts, language). */
export const PANE_SETTINGS_KEY = "arCreditDesk.paneSettings";

/**
 * Pane settings from a stored JSON string, each field checked and defaulted, so an old or damaged
 * setting gives defaults instead of an error.
 *
 * @example
 * parsePaneSettings('{"minAmount":50}').minAmount //=> 50
 */
export function parsePaneSettings(value: unknown): PaneSettings {
  return readPaneSettings(value);
}
