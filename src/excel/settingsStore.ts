import { LETTER_SETTINGS_KEY, parseLetterSettings } from "./letterSettingsStore";
import { PANE_SETTINGS_KEY, parsePaneSettings } from "./paneSettingsStore";
import { readSettingsXml, SETTINGS_NAMESPACE, settingsXml, type SettingsDocument } from "./settingsDocument";

/** Custom XML parts came with ExcelApi 1.5; a host without them keeps the settings where they were. */
export const CUSTOM_XML_API = "1.5";

/** The settings document as read, and where it came from. */
export interface StoredSettings {
  readonly document: SettingsDocument;
  /** Our custom XML part's id; null when there is none (or the host has no custom XML parts). */
  readonly partId: string | null;
  /**
   * Read from the workbook settings of earlier versions (no readable part): the caller writes it
   * to the part once (the migration), and leaves the old records as they are, so an older version
   * of the add-in still reads them.
   */
  readonly fromOldRecords: boolean;
  /** Those old records exist (a migration has something to carry). */
  readonly oldRecordsFound: boolean;
}

/**
 * Reads the settings: our custom XML part when there is a readable one, else the workbook settings
 * `arCreditDesk.paneSettings` and `arCreditDesk.letterSettings` (each field checked and defaulted
 * either way). Two syncs with a part, one without.
 *
 * @example
 * (await readStoredSettings(context, supports)).document.pane.agingEdges //=> [30, 60, 90]
 */
export async function readStoredSettings(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
): Promise<StoredSettings> {
  const parts = supportsExcelApi(CUSTOM_XML_API)
    ? context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).load("items/id")
    : null;
  const pane = context.workbook.settings.getItemOrNullObject(PANE_SETTINGS_KEY).load("value");
  const letters = context.workbook.settings.getItemOrNullObject(LETTER_SETTINGS_KEY).load("value");
  await context.sync();
  const items = parts?.items ?? [];
  if (items.length > 0) {
    const xmls = items.map((part) => part.getXml());
    await context.sync();
    for (let i = 0; i < items.length; i++) {
      const document = readSettingsXml(xmls[i].value);
      if (document) return { document, partId: items[i].id, fromOldRecords: false, oldRecordsFound: false };
    }
  }
  return {
    document: {
      pane: parsePaneSettings(pane.isNullObject ? undefined : pane.value),
      letters: parseLetterSettings(letters.isNullObject ? undefined : letters.value),
    },
    // An unreadable part of ours is written over rather than left beside a new one.
    partId: items[0]?.id ?? null,
    fromOldRecords: true,
    oldRecordsFound: !pane.isNullObject || !letters.isNullObject,
  };
}

/**
 * Queues the document's write: into our custom XML part (replaced whole, or added), or — on a host
 * without custom XML parts — into the workbook settings as before.
 */
export function queueWriteSettings(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  document: SettingsDocument,
  partId: string | null,
): void {
  if (!supportsExcelApi(CUSTOM_XML_API)) {
    context.workbook.settings.add(PANE_SETTINGS_KEY, JSON.stringify(document.pane));
    context.workbook.settings.add(LETTER_SETTINGS_KEY, JSON.stringify(document.letters));
    return;
  }
  const xml = settingsXml(document);
  if (partId !== null) context.workbook.customXmlParts.getItem(partId).setXml(xml);
  else context.workbook.customXmlParts.add(xml);
}

/**
 * Reads the settings and, when they came from the old records, writes them to our part (the
 * migration: read old, write new). Returns the document.
 */
export async function loadSettingsDocument(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
): Promise<SettingsDocument> {
  const stored = await readStoredSettings(context, supportsExcelApi);
  if (stored.fromOldRecords && stored.oldRecordsFound && supportsExcelApi(CUSTOM_XML_API)) {
    queueWriteSettings(context, supportsExcelApi, stored.document, stored.partId);
    await context.sync();
  }
  return stored.document;
}

/** Replaces one part of the document (pane or letters) and writes it; the other part is kept as stored. */
export async function updateSettingsDocument(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  change: Partial<SettingsDocument>,
): Promise<void> {
  const stored = await readStoredSettings(context, supportsExcelApi);
  queueWriteSettings(context, supportsExcelApi, { ...stored.document, ...change }, stored.partId);
  await context.sync();
}
