import type { CellValue, Workbook, Worksheet } from "exceljs";

/**
 * An .xlsx workbook's sheets as the cell values Office.js would give the add-in: numbers, text,
 * booleans, dates as serials in the workbook's own date system, a formula's cached result, an error
 * as its text. Read with exceljs (loaded on demand in the preview only; never in dist/).
 */
export interface SheetCells {
  readonly name: string;
  readonly rows: (string | number | boolean)[][];
  /** Cells that held dates, as [row, column] (0-based): the preview shows them as dates, as Excel would. */
  readonly dateCells?: readonly (readonly [number, number])[];
}

const MS_PER_DAY = 86_400_000;
// Serial 0 of each date system as a UTC instant; the 1900 system counts from 1899-12-30 for every
// serial from 61 (1900-03-01) on, which is every date a ledger holds.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A Date exceljs built from a serial, back to that serial (it builds them as UTC midnight + time). */
function serialOf(date: Date, date1904: boolean): number {
  return (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

function plainValue(value: CellValue, date1904: boolean): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value, date1904);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("error" in value) return value.error;
    if ("result" in value) {
      const result = value.result;
      return result === undefined ? "" : plainValue(result as CellValue, date1904);
    }
    if ("text" in value) return String(value.text);
  }
  return String(value);
}

function sheetCells(sheet: Worksheet, date1904: boolean): SheetCells {
  const rows: (string | number | boolean)[][] = [];
  const dateCells: [number, number][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: (string | number | boolean)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = plainValue(cell.value, date1904);
      if (cell.value instanceof Date) dateCells.push([rowNumber - 1, columnNumber - 1]);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []), dateCells };
}

/**
 * Every worksheet of an .xlsx file, in tab order, with its cell values.
 *
 * @example
 * (await xlsxCells(await file.arrayBuffer())).sheets[0].rows[0] //=> ["Customer", "Amount", "Due date"]
 */
export async function xlsxCells(data: ArrayBuffer): Promise<{ sheets: SheetCells[]; date1904: boolean }> {
  const { default: ExcelJS } = (await import("exceljs")) as unknown as { default: { Workbook: new () => Workbook } };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets = workbook.worksheets.map((sheet) => sheetCells(sheet, date1904));
  return { sheets, date1904 };
}
