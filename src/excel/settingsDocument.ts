import type { LetterSettingsForm } from "../core/letters/letterSettingsFromForm";
import type { PaneSettings } from "./ledgerWorkbook";
import { letterSettingsOf, paneSettingsOf } from "./storedSettings";

/*
 * The pane's and the letters' settings as one document, kept in a custom XML part of the workbook
 * (ExcelApi 1.5) under our own namespace. Why a custom XML part and not a hidden sheet: it is part
 * of the file package like the workbook settings, but written at once by Excel.run (no saveAsync
 * that a host may skip, which is how Office.context.document.settings get lost), invisible to
 * the user, unaffected by sheet edits, sorting, Unhide or a ledger search over every sheet, and
 * it never counts as cells the user could type over; a hidden sheet would need all of those
 * guarded and would show in the sheet list of Unhide. The document's body is the settings' JSON
 * as the text of one element, read back through the same zod schemas as the old records.
 */

/** Our part's namespace: the part is found by it (getByNamespace), whatever its id. */
export const SETTINGS_NAMESPACE = "urn:ar-credit-desk:settings";

/** Version of the document's JSON; a reader ignores the keys it does not know. */
export const SETTINGS_DOCUMENT_VERSION = 2;

export interface SettingsDocument {
  readonly pane: PaneSettings;
  readonly letters: LetterSettingsForm;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * The document as the XML of our part. The JSON goes in as text with `&`, `<` and `>` escaped;
 * JSON.stringify already writes control characters and lone surrogates as \u escapes, and the two
 * noncharacters XML refuses (U+FFFE, U+FFFF) are written as escapes here.
 *
 * @example
 * settingsXml(doc).startsWith('<settings xmlns="urn:ar-credit-desk:settings" version="2">') //=> true
 */
export function settingsXml(document: SettingsDocument): string {
  const json = JSON.stringify({ version: SETTINGS_DOCUMENT_VERSION, pane: document.pane, letters: document.letters })
    .replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/[&<>]/g, (c) => XML_ESCAPES[c]);
  return `<settings xmlns="${SETTINGS_NAMESPACE}" version="${SETTINGS_DOCUMENT_VERSION}">${json}</settings>`;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The document in our part's XML, each field checked and defaulted by the schemas
 * (storedSettings.ts); null when the XML holds no readable JSON (then the old records are read).
 *
 * @example
 * readSettingsXml(settingsXml(doc))?.pane.agingEdges //=> [30, 60, 90]
 * readSettingsXml("<settings/>") //=> null
 */
export function readSettingsXml(xml: unknown): SettingsDocument | null {
  if (typeof xml !== "string") return null;
  // Excel may hand the XML back with a declaration and its own spacing: take the root element's text.
  const body = /<settings\b[^>]*>([\s\S]*)<\/settings>\s*$/.exec(xml.trim());
  if (!body) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(unescapeXml(body[1]));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  // Own keys only: a crafted "__proto__" key is an own key of the parsed object, never its prototype.
  const record = parsed as Record<string, unknown>;
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  return { pane: paneSettingsOf(own("pane")), letters: letterSettingsOf(own("letters")) };
}
