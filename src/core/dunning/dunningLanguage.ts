/** Languages of the texts the dunning, ledger and reminder code writes. */
export type Language = "en" | "zh";

/**
 * Reads a language argument: `zh` (or zh-CN, zh-Hans…, case-insensitive) is Chinese, anything else English.
 *
 * @example
 * dunningLanguage("ZH-cn") //=> "zh"
 */
export function dunningLanguage(value: unknown): Language {
  return typeof value === "string" && value.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}
