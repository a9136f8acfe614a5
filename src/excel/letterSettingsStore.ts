import type { LetterSettingsForm } from "../core/letters/letterSettingsFromForm";
import { readLetterSettings } from "./storedSettings";

/** Workbook setting holding the reminder letters' settings (signature block, options, letter language). */
export const LETTER_SETTINGS_KEY = "arCreditDesk.letterSettings";

/**
 * Letter settings from a stored JSON string, each field checked and defaulted, so an old or
 * damaged setting gives defaults instead of an error.
 *
 * @example
 * parseLetterSettings('{"company":"Acme Ltd","payByDays":10}').payByDays //=> 10
 */
export function parseLetterSettings(value: unknown): LetterSettingsForm {
  return readLetterSettings(value);
}
