/**
 * @jest-environment jsdom
 */
// Issue #18's browser test opens the `AR Activity` sheet in the preview grid after the pane logged
// a reminder. This checks the preview's side of that on its own: over the sample workbook with the
// preview's lazy engine, the adapter's appendActivityRows (tables.add, then rows.add) creates a sheet
// the grid lists as a tab and draws like any other, dates in yyyy-mm-dd, and a later append grows it.
import { appendActivityRows, ACTIVITY_SHEET, readActivityRegister } from "../../src/excel/activityRegister";
import { isFailure } from "../../src/core/failure";
import { hostRunner } from "../excel/hostRunner";
import { sampleWorkbook } from "../fixtures/sampleWorkbook";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { attachEngine } from "./previewEngine";
import { createPreviewGrid } from "./previewGrid";

jest.setTimeout(60_000);

// jsdom lays nothing out, so it has no scrollIntoView; the grid calls it on the selected cell.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

/** The preview page's grid elements (test/preview/page/preview.html), made in jsdom. */
function gridElements() {
  document.body.innerHTML = `<div id="sheet-tabs"></div><div id="name-box"></div><input id="formula-input">
    <div id="grid-scroll"><table id="grid"></table></div>`;
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return {
    table: byId<HTMLTableElement>("grid"),
    scroller: byId("grid-scroll"),
    tabs: byId("sheet-tabs"),
    nameBox: byId("name-box"),
    formulaInput: byId<HTMLInputElement>("formula-input"),
  };
}

const cell = (address: string) => document.querySelector(`#grid td[data-cell="${address}"]`)?.textContent;
const tabNames = () => [...document.querySelectorAll("#sheet-tabs [role=tab]")].map((t) => t.textContent);

describe("the AR Activity sheet in the preview grid", () => {
  test("appended by the adapter over the preview's host, shown as a tab and drawn row by row", async () => {
    // 2025-06-30 = serial 45838 (1900 system): the e2e's as-of.
    const model = sampleWorkbook("en", 45838);
    const runner = hostRunner(createWorkbookHost(model));
    const engine = attachEngine(model, { eager: false });
    const el = gridElements();
    const grid = createPreviewGrid(model, engine, el, () => undefined);
    grid.render();
    expect(tabNames()).toEqual(["Ledger"]);

    const first = await appendActivityRows(
      runner,
      [{ date: 45838, customer: "Northwind Traders", currency: "EUR", kind: "reminder", level: 8, channel: "copy" }],
      "en",
    );
    expect(first).toEqual({ kind: "done", rowsWritten: 1, created: true });
    engine.recalculate();
    grid.render();
    expect(tabNames()).toEqual(["Ledger", ACTIVITY_SHEET]);

    // Open the tab as a person does: the grid now draws the register.
    const tab = [...el.tabs.querySelectorAll<HTMLButtonElement>("[role=tab]")].find((t) => t.textContent === ACTIVITY_SHEET)!;
    tab.click();
    expect(el.table.dataset.sheet).toBe(ACTIVITY_SHEET);
    expect(["A1", "B1", "C1", "E1", "F1", "G1"].map(cell)).toEqual(["Date", "Customer", "Currency", "Kind", "Level", "Channel"]);
    // 45838 under the yyyy-mm-dd format the adapter gives the Date column.
    expect(["A2", "B2", "C2", "E2", "F2", "G2"].map(cell)).toEqual([
      "2025-06-30",
      "Northwind Traders",
      "EUR",
      "Reminder",
      "8",
      "copy",
    ]);
    expect(cell("A3")).toBe("");

    // A second append goes through the table's rows.add: row 3, the first row kept.
    const second = await appendActivityRows(runner, [{ date: 45838, customer: "Yellowstone Catering", kind: "call" }], "en");
    expect(second).toEqual({ kind: "done", rowsWritten: 1, created: false });
    engine.recalculate();
    grid.render();
    expect(["A3", "B3", "E3"].map(cell)).toEqual(["2025-06-30", "Yellowstone Catering", "Call"]);
    expect(cell("B2")).toBe("Northwind Traders");

    // And the scan's reader reads both rows back from the same host.
    const register = await readActivityRegister(runner, 1900);
    if (register === null || isFailure(register)) throw new Error("no register read back");
    expect(register.entries.map((e) => [e.date, e.customer, e.kind])).toEqual([
      [45838, "Northwind Traders", "reminder"],
      [45838, "Yellowstone Catering", "call"],
    ]);
  });
});
