import { WorkbookModel } from "../../support/workbookHost/workbookModel";
import { readWorkbookFile, replaceWorkbook, UnreadableFile, type PickedFile } from "./openWorkbookFile";

function file(name: string, text: string): PickedFile {
  return {
    name,
    text: async () => text,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
  };
}

describe("readWorkbookFile", () => {
  test("a CSV becomes one sheet named after the file, read in the chosen locale", async () => {
    const opened = await readWorkbookFile(file("open-invoices.csv", 'Customer,Amount\nAcme,"1,200.00"\n'), "en-US");
    expect(opened).toEqual({
      sheets: [
        {
          name: "open-invoices",
          rows: [
            ["Customer", "Amount"],
            ["Acme", 1200],
          ],
        },
      ],
      dateSystem: 1900,
    });
  });

  test("what is not a spreadsheet is refused with a reason, never a crash", async () => {
    await expect(readWorkbookFile(file("notes.pdf", "%PDF"), "en-US")).rejects.toThrow(UnreadableFile);
    await expect(readWorkbookFile(file("broken.xlsx", "not a zip"), "en-US")).rejects.toThrow(/not a workbook Excel could open/);
    await expect(readWorkbookFile(file("empty.csv", ""), "en-US")).rejects.toThrow(/empty/);
  });
});

describe("replaceWorkbook", () => {
  test("the old workbook's sheets, tables and settings go; the new one is selected at A1", () => {
    const model = new WorkbookModel(["Old"]);
    model.setRows("Old", "A1", [["x"]]);
    model.addTable("Old", "A1:A1", "OldTable");
    model.settings.set("arCreditDesk.ownedScans", "[]");
    replaceWorkbook(model, { sheets: [{ name: "Ledger", rows: [["Customer"], ["Acme"]] }], dateSystem: 1904 });
    expect(model.sheets.map((s) => s.name)).toEqual(["Ledger"]);
    expect(model.tables).toEqual([]);
    expect(model.settings.size).toBe(0);
    expect(model.dateSystem).toBe(1904);
    expect(model.selection.sheet.name).toBe("Ledger");
    expect(model.sheets[0].value(1, 0)).toBe("Acme");
  });
});
