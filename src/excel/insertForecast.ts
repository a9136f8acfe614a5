import { blockAddress, cellAddress, type CellBlock } from "./a1Address";
import { blockContains } from "./ownedScans";
import { safeText } from "./textCell";
import { readOwnedForecast } from "./storedSettings";

/** Workbook setting holding the block the last `Insert forecast` wrote (a CellBlock as JSON). */
export const OWNED_FORECAST_KEY = "arCreditDesk.ownedForecast";

/** The sheet the forecast goes on, shared with the summary report. */
export const FORECAST_SHEET = "AR Summary";

/**
 * The forecast's column on the AR Summary sheet: T (0-based 19), far right of the report's
 * parameters, per-currency figures and aging charts (which start in column A), so the two never
 * write the same cells.
 */
export const FORECAST_COLUMN = 19;

/** One forecast block: a title cell and, below it, a formula whose spill is `rows` × `columns`. */
export interface ForecastBlock {
  readonly title: string;
  readonly formula: string;
  readonly rows: number;
  readonly columns: number;
}

export interface InsertForecastRequest {
  /** One block per currency, stacked down column T with a blank row between them. */
  readonly blocks: readonly ForecastBlock[];
}

export type InsertForecastOutcome =
  /** Written; `formulaCells` are the cells holding the formulas, e.g. ["'AR Summary'!T2"]. */
  | { readonly kind: "done"; readonly address: string; readonly formulaCells: readonly string[] }
  /** Nothing written: `address` holds `value`, which the add-in did not write. */
  | { readonly kind: "occupied"; readonly address: string; readonly value: string };

const DATE_FORMAT = "yyyy-mm-dd";
const AMOUNT_FORMAT = "#,##0.00";

/** The block the forecast owns, as recorded; null when none or unreadable (then nothing counts as ours). */
export function parseOwnedForecast(value: unknown): CellBlock | null {
  return readOwnedForecast(value);
}

/**
 * Writes the forecast blocks on the AR Summary sheet from T1 down (creating the sheet when it is
 * missing): per block a title (as text, never a formula) and a live AR.CASHFORECAST formula, with
 * date and amount formats on its spill area set before the formula. Every cell of the new area
 * (spill included, so the formula can spill) must be empty or inside the block an earlier insert
 * recorded; otherwise nothing is written and the first such cell is named. The earlier block is
 * cleared first, then the new one is recorded under its own settings key.
 *
 * @example
 * await insertForecast(context, { blocks: [{ title: "USD", formula: "=AR.CASHFORECAST(…)", rows: 18, columns: 5 }] })
 * //=> { kind: "done", address: "'AR Summary'!T1:X19", formulaCells: ["'AR Summary'!T2"] }
 */
export async function insertForecast(
  context: Excel.RequestContext,
  request: InsertForecastRequest,
): Promise<InsertForecastOutcome> {
  const settings = context.workbook.settings;
  const ownedItem = settings.getItemOrNullObject(OWNED_FORECAST_KEY).load("value");
  const existing = context.workbook.worksheets.getItemOrNullObject(FORECAST_SHEET).load("name");
  await context.sync();
  const owned = ownedItem.isNullObject ? null : parseOwnedForecast(ownedItem.value);
  const sheetName = existing.isNullObject ? FORECAST_SHEET : existing.name;

  // Rows of each block: title, then the spill (whose first cell holds the formula), then a gap.
  const tops: number[] = [];
  let next = 0;
  for (const block of request.blocks) {
    tops.push(next);
    next += 1 + block.rows + 1;
  }
  const width = Math.max(1, ...request.blocks.map((b) => b.columns));
  const area: CellBlock = {
    sheet: sheetName,
    r0: 0,
    c0: FORECAST_COLUMN,
    r1: Math.max(0, next - 2),
    c1: FORECAST_COLUMN + width - 1,
  };

  let sheet: Excel.Worksheet;
  if (existing.isNullObject) sheet = context.workbook.worksheets.add(FORECAST_SHEET);
  else {
    sheet = existing;
    const target = sheet
      .getRangeByIndexes(area.r0, area.c0, area.r1 - area.r0 + 1, area.c1 - area.c0 + 1)
      .load(["values", "formulas"]);
    await context.sync();
    for (let r = 0; r < target.values.length; r++) {
      for (let c = 0; c < target.values[r].length; c++) {
        const value = target.values[r][c] as unknown;
        const formula = target.formulas[r][c] as unknown;
        const empty = (value === "" || value === null) && (formula === "" || formula === null);
        const row = area.r0 + r,
          column = area.c0 + c;
        if (!empty && !(owned !== null && blockContains(owned, sheetName, row, column)))
          return { kind: "occupied", address: cellAddress(sheetName, row, column), value: String(formula || value) };
      }
    }
    if (owned !== null && owned.sheet.toLowerCase() === sheetName.toLowerCase())
      sheet.getRangeByIndexes(owned.r0, owned.c0, owned.r1 - owned.r0 + 1, owned.c1 - owned.c0 + 1).clear("All");
  }

  const formulaCells: string[] = [];
  request.blocks.forEach((block, k) => {
    const top = tops[k];
    const title = sheet.getRangeByIndexes(top, FORECAST_COLUMN, 1, 1);
    title.numberFormat = [["@"]];
    title.values = [[safeText(block.title)]];
    // Formats before the formula: period dates in the first two columns, amounts in the next two.
    const spillTop = top + 2; // below the spill's header row
    const dataRows = Math.max(1, block.rows - 1);
    if (block.columns >= 4) {
      sheet.getRangeByIndexes(spillTop, FORECAST_COLUMN, dataRows, 2).numberFormat = fill(dataRows, 2, DATE_FORMAT);
      sheet.getRangeByIndexes(spillTop, FORECAST_COLUMN + 2, dataRows, 2).numberFormat = fill(dataRows, 2, AMOUNT_FORMAT);
    }
    sheet.getRangeByIndexes(top + 1, FORECAST_COLUMN, 1, 1).formulas = [[block.formula]];
    formulaCells.push(cellAddress(sheetName, top + 1, FORECAST_COLUMN));
  });
  settings.add(OWNED_FORECAST_KEY, JSON.stringify(area));
  await context.sync();
  return { kind: "done", address: blockAddress(area), formulaCells };
}

function fill(rows: number, columns: number, format: string): string[][] {
  return Array.from({ length: rows }, () => new Array<string>(columns).fill(format));
}
