import { languageOf, type Language } from "../core/language";

/**
 * The language the AR.* functions write their error messages in (the tooltip of a #VALUE! or
 * #N/A cell). Like the date system (dateSystem.ts), it lives in this module alone, so everything
 * loaded in the one runtime the functions and the pane share sees a single instance. It follows
 * Excel's display language where the host gives one; the browser preview and the tests have no
 * Office, and keep English until told otherwise.
 */

let functionsLanguage: Language = "en";

/**
 * Sets the language of the functions' error messages; every later call uses it.
 *
 * @example
 * setFunctionsLanguage("zh"); getFunctionsLanguage() //=> "zh"
 */
export function setFunctionsLanguage(language: Language): void {
  functionsLanguage = language;
}

/** The language the functions' error messages are written in. */
export function getFunctionsLanguage(): Language {
  return functionsLanguage;
}

/** The parts of office.js this reads; all may be missing outside Excel. */
interface OfficeLike {
  readonly context?: { readonly displayLanguage?: unknown };
  readonly onReady?: (callback: () => void) => unknown;
}

/**
 * Follows the host's display language (zh-CN, zh-TW… → Chinese, anything else English), now if
 * Office is ready and again when it says so. Without Office, or without a display language, the
 * language is left as it is. Called once when the functions load.
 *
 * @example
 * followDisplayLanguage({ context: { displayLanguage: "zh-CN" } }); getFunctionsLanguage() //=> "zh"
 */
export function followDisplayLanguage(office: OfficeLike | undefined): void {
  const read = (): void => {
    const shown = office?.context?.displayLanguage;
    if (typeof shown === "string" && shown.trim() !== "") setFunctionsLanguage(languageOf(shown));
  };
  try {
    read();
    if (typeof office?.onReady === "function") void Promise.resolve(office.onReady(read)).catch(() => undefined);
  } catch {
    // A host without a readable context keeps the language it has.
  }
}

followDisplayLanguage((globalThis as { Office?: OfficeLike }).Office);
