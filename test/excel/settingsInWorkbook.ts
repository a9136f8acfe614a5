import { readSettingsXml, SETTINGS_NAMESPACE, type SettingsDocument } from "../../src/excel/settingsDocument";
import { customXmlPartsOf } from "../support/workbookHost/hostCustomXmlParts";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";

/**
 * The pane's and letters' settings as the workbook keeps them (our custom XML part), for tests
 * that check what was saved; null when none was saved.
 */
export function storedSettingsOf(model: WorkbookModel): SettingsDocument | null {
  const part = customXmlPartsOf(model).find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
  return part ? readSettingsXml(part.xml) : null;
}
