import { readMappingChoices } from "../core/ledger/resolveMapping";
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from "./ledgerWorkbook";

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
  if (typeof value !== "string") return DEFAULT_PANE_SETTINGS;
  let raw: Partial<PaneSettings>;
  try {
    raw = JSON.parse(value) as Partial<PaneSettings>;
  } catch {
    return DEFAULT_PANE_SETTINGS;
  }
  if (typeof raw !== "object" || raw === null) return DEFAULT_PANE_SETTINGS;
  const d = DEFAULT_PANE_SETTINGS;
  const ladder = raw.ladder;
  return {
    ledgerAddress: typeof raw.ledgerAddress === "string" ? raw.ledgerAddress : d.ledgerAddress,
    // Only known fields and well-formed choices; old column numbers become fallbacks; prototype keys are ignored.
    mappingOverrides: readMappingChoices(raw.mappingOverrides),
    ladder:
      ladder &&
      ((ladder.kind === "preset" && typeof ladder.name === "string") ||
        (ladder.kind === "range" && typeof ladder.address === "string"))
        ? ladder
        : d.ladder,
    minAmount:
      typeof raw.minAmount === "number" && Number.isFinite(raw.minAmount) && raw.minAmount >= 0 ? raw.minAmount : d.minAmount,
    keyAccounts: Array.isArray(raw.keyAccounts)
      ? raw.keyAccounts.filter((k): k is string => typeof k === "string")
      : d.keyAccounts,
    language: raw.language === "en" || raw.language === "zh" ? raw.language : d.language,
    dateOrder: raw.dateOrder === "dmy" || raw.dateOrder === "mdy" ? raw.dateOrder : d.dateOrder,
  };
}
