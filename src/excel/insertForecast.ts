import { blockAddress, cellAddress, type CellBlock } from "./a1Address";
import { blockContains } from "./ownedScans";
import { safeText } from "./textCell";
import { readOwnedForecast } from "./storedSettings";
import {
  blockRange,
  formulaShape,
  ownedCells,
  queueClearOwned,
  queueReadTracked,
  queueTrackRange,
  queueUntrack,
} from "./trackedRanges";
import { textHash } from "./ownedTextSheet";
import type { Language } from "../core/language";
import { AS_OF_NAME } from "../core/report/asOfName";
import { REPORT_LABELS } from "../core/report/reportLabels";

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
  /**
   * The scan's as-of serial. The formulas read the workbook name ARCreditDesk_AsOf; when no cell
   * has that name yet (no AR Summary report), the block starts with an "As of" row holding this
   * date, named so. Without it no such row is written.
   */
  readonly asOf?: number;
  /** Language of the "As of" label. @default "en" */
  readonly language?: Language;
}

export type InsertForecastOutcome =
  /** Written; `formulaCells` are the cells holding the formulas, e.g. ["'AR Summary'!T2"]. */
  | { readonly kind: "done"; readonly address: string; readonly formulaCells: readonly string[] }
  /** Nothing written: `address` holds `value`, which the add-in did not write. */
  | { readonly kind: "occupied"; readonly address: string; readonly value: string };

const DATE_FORMAT = "yyyy-mm-dd";
const AMOUNT_FORMAT = "#,##0.00";

/** The block the forecast owns, as recorded; null when none or unreadable (then nothing counts as ours). */
export function parseOwnedForecast(value: unknown): (CellBlock & { name?: string; prints?: string }) | null {
  return readOwnedForecast(value);
}

/**
 * Writes the forecast blocks on the AR Summary sheet from T1 down (creating the sheet when it is
 * missing): per block a title (as text, never a formula) and a live AR.CASHFORECAST formula, with
 * date and amount formats on its spill area set before the formula. Every cell of the new area
 * (spill included, so the formula can spill) must be empty or a cell of the block an earlier insert
 * wrote, proved by its fingerprint; otherwise nothing is written and the first such cell is named.
 * The earlier block is followed by a workbook name (FORECAST_NAME): the new one goes where its
 * cells are now (rows inserted above it or columns left of it move it), and only its cells proved
 * ours are cleared — a value the user typed in it stops the write. Its cells all deleted: written
 * fresh at T1. The new block is recorded under its own settings key, with its name and fingerprints.
 * The formulas read the one as-of cell, the workbook name ARCreditDesk_AsOf (the AR Summary's B2):
 * while no cell has that name and `asOf` is given, the block starts with an "As of" row whose date
 * cell gets the name; what the user types there (a date, =TODAY()) is kept by later inserts.
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
  const tracked = queueReadTracked(context, [FORECAST_NAME]);
  const trackedAsOf = queueReadTracked(context, [AS_OF_NAME]);
  await context.sync();
  const named = tracked();
  const namedAsOf = trackedAsOf();
  const record = ownedItem.isNullObject ? null : parseOwnedForecast(ownedItem.value);
  const sheetName = existing.isNullObject ? FORECAST_SHEET : existing.name;
  // Where the last block's cells are now (a record from before names: where it was written); null
  // when its cells were all deleted or it was on another sheet: nothing of it is then touched.
  const now = record === null ? null : record.name ? named.blocks[0] : record;
  const owned = now !== null && now.sheet.toLowerCase() === sheetName.toLowerCase() ? now : null;

  // The one as-of cell the formulas read: the report's when there is one; else the block's own,
  // first row (kept, with what the user typed there, when an earlier insert made it).
  const asOfCell = namedAsOf.blocks[0] ?? null;
  const asOfOwn =
    request.asOf !== undefined &&
    (asOfCell === null || (owned !== null && blockContains(owned, asOfCell.sheet, asOfCell.r0, asOfCell.c0)));
  // Rows of each block: title, then the spill (whose first cell holds the formula), then a gap.
  const tops: number[] = [];
  let next = asOfOwn ? 2 : 0;
  for (const block of request.blocks) {
    tops.push(next);
    next += 1 + block.rows + 1;
  }
  const width = Math.max(asOfOwn ? 2 : 1, ...request.blocks.map((b) => b.columns));
  // The new block goes where the last one is now (rows inserted above it, columns left of it move it).
  const top = owned?.r0 ?? 0,
    left = owned?.c0 ?? FORECAST_COLUMN;
  const area: CellBlock = { sheet: sheetName, r0: top, c0: left, r1: top + Math.max(0, next - 2), c1: left + width - 1 };

  let sheet: Excel.Worksheet;
  // What the as-of cell held (the user may have typed a date or =TODAY() there): written back as is.
  let asOfEntry: unknown = request.asOf;
  if (existing.isNullObject) sheet = context.workbook.worksheets.add(FORECAST_SHEET);
  else {
    sheet = existing;
    const target = sheet
      .getRangeByIndexes(area.r0, area.c0, area.r1 - area.r0 + 1, area.c1 - area.c0 + 1)
      .load(["values", "formulas"]);
    const last = owned === null ? null : blockRange(context, owned).load(["values", "formulas"]);
    await context.sync();
    // Which of the last block's cells are still as written (a record without prints: all of them).
    const ours =
      owned === null || last === null
        ? null
        : record?.prints
          ? ownedByPrints(last.values, last.formulas, record)
          : last.values.map((row) => row.map(() => true));
    if (asOfOwn && asOfCell !== null && ours !== null && last !== null) {
      const r = asOfCell.r0 - owned!.r0,
        c = asOfCell.c0 - owned!.c0;
      const entry = last.formulas[r]?.[c];
      if (entry !== "" && entry !== null && entry !== undefined) asOfEntry = entry;
      if (ours[r]?.[c] !== undefined) ours[r][c] = true;
    }
    const isOurs = (row: number, column: number) =>
      ours !== null && blockContains(owned!, sheetName, row, column) && ours[row - owned!.r0][column - owned!.c0];
    const foreign = (values: unknown[][], formulas: unknown[][], at: CellBlock) => {
      for (let r = 0; r < values.length; r++) {
        for (let c = 0; c < values[r].length; c++) {
          const value = values[r][c];
          const formula = formulas[r][c];
          const empty = (value === "" || value === null) && (formula === "" || formula === null);
          const row = at.r0 + r,
            column = at.c0 + c;
          if (!empty && !isOurs(row, column))
            return { kind: "occupied" as const, address: cellAddress(sheetName, row, column), value: String(formula || value) };
        }
      }
      return null;
    };
    // Every cell of the new area must be empty or ours; a cell of the last block not proved ours is kept (and stops the write).
    const blocked =
      foreign(target.values, target.formulas, area) ?? (last && owned ? foreign(last.values, last.formulas, owned) : null);
    if (blocked) return blocked;
    if (owned !== null && ours !== null) queueClearOwned(sheet, owned, ours);
  }

  const formulaCells: string[] = [];
  const prints = Array.from({ length: area.r1 - area.r0 + 1 }, () => new Array<string>(width).fill(EMPTY));
  if (asOfOwn) {
    const label = REPORT_LABELS[request.language ?? "en"].asOf;
    const labelCell = sheet.getRangeByIndexes(top, left, 1, 1);
    labelCell.numberFormat = [["@"]];
    labelCell.values = [[safeText(label)]];
    const dateCell = sheet.getRangeByIndexes(top, left + 1, 1, 1);
    dateCell.numberFormat = [[DATE_FORMAT]];
    dateCell.formulas = [[asOfEntry as string | number]];
    prints[0][0] = textHash(label);
    prints[0][1] = ANY;
    queueUntrack(context, namedAsOf.existing);
    queueTrackRange(context, AS_OF_NAME, dateCell);
  }
  request.blocks.forEach((block, k) => {
    const row = top + tops[k];
    const title = sheet.getRangeByIndexes(row, left, 1, 1);
    title.numberFormat = [["@"]];
    title.values = [[safeText(block.title)]];
    prints[tops[k]][0] = textHash(block.title);
    // Formats before the formula: period dates in the first two columns, amounts in the next two.
    const spillTop = row + 2; // below the spill's header row
    const dataRows = Math.max(1, block.rows - 1);
    if (block.columns >= 4) {
      sheet.getRangeByIndexes(spillTop, left, dataRows, 2).numberFormat = fill(dataRows, 2, DATE_FORMAT);
      sheet.getRangeByIndexes(spillTop, left + 2, dataRows, 2).numberFormat = fill(dataRows, 2, AMOUNT_FORMAT);
    }
    sheet.getRangeByIndexes(row + 1, left, 1, 1).formulas = [[block.formula]];
    formulaCells.push(cellAddress(sheetName, row + 1, left));
    for (let r = 0; r < block.rows; r++)
      for (let c = 0; c < block.columns; c++)
        prints[tops[k] + 1 + r][c] = r === 0 && c === 0 ? formulaPrint(block.formula) : SPILLED;
  });
  queueUntrack(context, named.existing);
  queueTrackRange(context, FORECAST_NAME, blockRange(context, area));
  const stored = { ...area, name: FORECAST_NAME, prints: prints.map((row) => row.join(",")).join(",") };
  settings.add(OWNED_FORECAST_KEY, JSON.stringify(stored));
  await context.sync();
  return { kind: "done", address: blockAddress(area), formulaCells };
}

/** The workbook-scoped name that follows the forecast's block as rows and columns move. */
export const FORECAST_NAME = "ARCreditDesk_Forecast";
/** Prints of cells the forecast writes nothing into (gaps, narrower blocks) and of its spills' cells. */
const EMPTY = "e",
  SPILLED = "s",
  /** The as-of cell: the user's to set, whatever it holds. */
  ANY = "*";

function formulaPrint(formula: string): string {
  return `f${textHash(formulaShape(formula))}`;
}

/**
 * Which cells of the last block are as it wrote them: a title by its text's hash, a formula by its
 * formula's, an empty cell where it wrote nothing; a spill's cells are ours when empty or, while no
 * formula of the block shows #SPILL! (which a value typed in its spill causes), when they hold a value.
 */
function ownedByPrints(values: unknown[][], formulas: unknown[][], record: CellBlock & { prints?: string }): boolean[][] {
  const width = record.c1 - record.c0 + 1;
  const list = (record.prints ?? "").split(",");
  const recorded = Array.from({ length: record.r1 - record.r0 + 1 }, (_, r) => list.slice(r * width, (r + 1) * width));
  const blocked = values.some((row) => row.some((value) => value === "#SPILL!"));
  const current = values.map((row, r) =>
    row.map((value, c) => {
      const formula = formulas[r][c];
      if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formulaPrint(formula);
      if (value === "" || value === null) return EMPTY;
      return blocked ? textHash(String(value)) : `v${textHash(String(value))}`;
    }),
  );
  return ownedCells(current, recorded, (now, then) =>
    then === ANY
      ? true
      : then === SPILLED
        ? now === EMPTY || now.startsWith("v")
        : now === then || (now.startsWith("v") && now.slice(1) === then),
  );
}

function fill(rows: number, columns: number, format: string): string[][] {
  return Array.from({ length: rows }, () => new Array<string>(columns).fill(format));
}
