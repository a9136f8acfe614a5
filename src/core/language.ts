/**
 * The two languages every text of the add-in exists in: the pane, the functions' error messages,
 * the letters and the labels the functions spill. One type for all of them, so a text table that
 * forgets a language does not compile.
 */
export type Language = "en" | "zh";

/** Every language, in the order tests walk them. */
export const LANGUAGES: readonly Language[] = ["en", "zh"];

/**
 * Reads a language from a setting, an argument or Office's display language: `zh` (or zh-CN,
 * zh-Hans…, case-insensitive) is Chinese, anything else English.
 *
 * @example
 * languageOf("ZH-cn") //=> "zh"
 */
export function languageOf(value: unknown): Language {
  return typeof value === "string" && value.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}
