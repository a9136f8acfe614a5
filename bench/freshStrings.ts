import type { WorkbookModel } from "../test/support/workbookHost/workbookModel";

/**
 * Gives every text cell of a sheet its own string, as Office.js does: each scan's values arrive
 * as JSON, so every cell is a string the add-in has never seen (JSON.parse makes each one anew; V8
 * shares only very short values). The sample ledger reuses a few thousand name strings, and V8
 * caches a string's hash inside the string, so without this every lookup after the first of a
 * name would be flattered (by about a quarter of the scan's time). Call it before each timed run.
 *
 * @example
 * freshStrings(model, "Sheet1") // every string cell now a distinct copy of its text
 */
export function freshStrings(model: WorkbookModel, sheetName: string): void {
  const sheet = model.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  for (const store of sheet.columns.values()) {
    const values = store.values;
    for (let r = 0; r < values.length; r++) {
      const v = values[r];
      if (typeof v === "string") values[r] = JSON.parse(JSON.stringify(v)) as string;
    }
  }
}
