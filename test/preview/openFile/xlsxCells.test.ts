import ExcelJS from "exceljs";
import { xlsxCells } from "./xlsxCells";

// A workbook written by exceljs as an export would be, read back: 2025-06-30 is serial 45838 in the
// 1900 system (DATE(2025,1,1) = 45658 + 180) and 45838 − 1462 = 44376 in the 1904 system.
async function workbookBuffer(date1904: boolean): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("AR Aging");
  sheet.addRow(["Customer", "Amount", "Due date", "Disputed"]);
  sheet.addRow(["Acme", 1234.5, new Date(Date.UTC(2025, 5, 30)), false]);
  sheet.addRow([{ richText: [{ text: "Beta " }, { text: "LLC" }] }, { formula: "B2*2", result: 2469 }, "", true]);
  workbook.addWorksheet("Notes").addRow(["exported 2025-07-01"]);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe("xlsxCells", () => {
  test("sheets in order; dates as 1900-system serials; rich text as text; formulas as their result", async () => {
    const { sheets, date1904 } = await xlsxCells(await workbookBuffer(false));
    expect(date1904).toBe(false);
    expect(sheets.map((s) => s.name)).toEqual(["AR Aging", "Notes"]);
    expect(sheets[0].dateCells).toEqual([[1, 2]]);
    expect(sheets[0].rows).toEqual([
      ["Customer", "Amount", "Due date", "Disputed"],
      ["Acme", 1234.5, 45838, false],
      ["Beta LLC", 2469, "", true],
    ]);
  });

  test("a 1904 workbook gives 1904-system serials", async () => {
    const { sheets, date1904 } = await xlsxCells(await workbookBuffer(true));
    expect(date1904).toBe(true);
    expect(sheets[0].rows[1][2]).toBe(44376);
  });
});
