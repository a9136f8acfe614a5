import type { Language } from "../language";

// What a ledger's Language column may hold, trimmed and lower-cased; anything else is no language.
const NAMES: ReadonlyMap<string, Language> = new Map([
  ["en", "en"],
  ["eng", "en"],
  ["english", "en"],
  ["英文", "en"],
  ["英语", "en"],
  ["zh", "zh"],
  ["zh-cn", "zh"],
  ["zh_cn", "zh"],
  ["zh-hans", "zh"],
  ["chinese", "zh"],
  ["中文", "zh"],
  ["简体中文", "zh"],
  ["汉语", "zh"],
]);

/**
 * A customer's letter language from a ledger cell: en / English / 英文 / 英语 is English;
 * zh / zh-CN / Chinese / 中文 / 简体中文 / 汉语 is Chinese (case and surrounding spaces ignored).
 * Anything else, or a blank cell, is null: the letter then takes the pane's letter language.
 *
 * @param value - the cell
 * @returns the language, or null
 * @example
 * letterLanguage(" ZH-cn ") //=> "zh"
 * letterLanguage("Français") //=> null
 */
export function letterLanguage(value: unknown): Language | null {
  if (typeof value !== "string") return null;
  return NAMES.get(value.trim().toLowerCase()) ?? null;
}
