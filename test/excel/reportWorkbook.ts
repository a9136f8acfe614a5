import { FIXTURE } from "../core/dashboard/dashboardFixture";
import { parseAddress } from "../support/workbookHost/a1";
import { WorkbookModel } from "../support/workbookHost/workbookModel";

/** The dashboard's fixture ledger (hand-computed in test/core/dashboard) on Ledger!A1:H16, selection inside it. */
export function fixtureWorkbook(ledger: readonly (readonly (string | number | null)[])[] = FIXTURE): WorkbookModel {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", ledger);
  model.select("Ledger", "B3");
  return model;
}

/** What a cell of a sheet holds: its formula when it has one, else its value ("" when empty). */
export function cellAt(model: WorkbookModel, sheetName: string, address: string): unknown {
  const sheet = model.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const { r0, c0 } = parseAddress(address)!.rect;
  return sheet.formula(r0, c0) ?? sheet.value(r0, c0);
}

/** The number format of one cell. */
export function formatAt(model: WorkbookModel, sheetName: string, address: string): string {
  const { r0, c0 } = parseAddress(address)!.rect;
  return model.sheet(sheetName)!.numberFormat(r0, c0);
}
