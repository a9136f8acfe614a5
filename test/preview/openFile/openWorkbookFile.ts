import type { WorkbookModel } from "../../support/workbookHost/workbookModel";
import { csvAsExcel, type CsvLocale } from "./csvAsExcel";
import { xlsxCells, type SheetCells } from "./xlsxCells";
import { customXmlPartsOf } from "../../support/workbookHost/hostCustomXmlParts";

/** What the preview can open: the analyst's own export, as a file input hands it over. */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

export interface OpenedWorkbook {
  readonly sheets: readonly SheetCells[];
  readonly dateSystem: 1900 | 1904;
}

/** Why a file could not be opened, in words for the preview's status line. */
export class UnreadableFile extends Error {}

/**
 * Reads an .xlsx (every sheet, with its date system) or a .csv (one sheet named after the file,
 * read as Excel would read it in `locale`). Anything else is refused with a reason.
 *
 * @example
 * await readWorkbookFile({ name: "aging.csv", … }, "en-US") //=> { sheets: [{ name: "aging", rows: […] }], dateSystem: 1900 }
 */
export async function readWorkbookFile(file: PickedFile, locale: CsvLocale): Promise<OpenedWorkbook> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "txt") {
    const rows = csvAsExcel(await file.text(), locale);
    if (rows.length === 0) throw new UnreadableFile(`${file.name} is empty`);
    const name = file.name.replace(/\.[^.]+$/, "").slice(0, 31) || "Sheet1";
    return { sheets: [{ name, rows }], dateSystem: 1900 };
  }
  if (extension === "xlsx" || extension === "xlsm") {
    try {
      const { sheets, date1904 } = await xlsxCells(await file.arrayBuffer());
      if (sheets.length === 0) throw new UnreadableFile(`${file.name} has no worksheet`);
      return { sheets, dateSystem: date1904 ? 1904 : 1900 };
    } catch (error) {
      if (error instanceof UnreadableFile) throw error;
      throw new UnreadableFile(`${file.name} is not a workbook Excel could open (${String((error as Error).message ?? error)})`);
    }
  }
  throw new UnreadableFile(`${file.name}: open an .xlsx workbook or a .csv file`);
}

/**
 * Replaces the preview's workbook with the opened one: its sheets, its date system, no tables, no
 * settings of an earlier workbook, the first sheet selected at A1 — as when Excel opens a file.
 */
export function replaceWorkbook(model: WorkbookModel, opened: OpenedWorkbook): void {
  model.sheets.splice(0, model.sheets.length);
  model.tables.splice(0, model.tables.length);
  model.settings.clear();
  // The add-in's settings part (custom XML, issue #17) belongs to the earlier workbook too.
  customXmlPartsOf(model).splice(0);
  model.dateSystem = opened.dateSystem;
  for (const { name, rows, dateCells } of opened.sheets) {
    model.setRows(name, "A1", rows);
    const sheet = model.sheet(name)!;
    for (const [r, c] of dateCells ?? []) sheet.setNumberFormatCell(r, c, "yyyy-mm-dd");
  }
  const first = model.sheets[0] ?? model.addSheet("Sheet1");
  model.selection = { sheet: first, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  model.markChanged();
}
