import { blockAddress, cellAddress, type CellBlock } from "./a1Address";
import { OWNED_REMINDERS, readStoredSetting } from "./storedSettings";
import { safeText } from "./textCell";
import { ownedCells, queueReadTracked, queueTrackRange, queueUntrack } from "./trackedRanges";
import { suspendCalculation } from "./writeScanResults";

/**
 * What the last write put on an add-in sheet of text rows (Reminders, Statements): a block, and a
 * hash of every cell's text, so a refresh can tell its own untouched cells (replaced) from cells a
 * user typed over (kept, and the write refused). Hashes rather than texts keep the setting small:
 * letters run to kilobytes each. The block is a workbook name (`name`), which moves with rows and
 * columns inserted or deleted; a record without one (Reminders written before names) has its block
 * at A1.
 */
export interface OwnedTextBlock {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
  /** FNV-1a hashes of the cells' texts, row by row, base 36, comma-separated. */
  readonly hashes: string;
  readonly name?: string;
}

/** Where one writer keeps its sheet, the name that tracks its block and the setting that records it. */
export interface OwnedTextSheet {
  readonly sheet: string;
  readonly name: string;
  readonly settingKey: string;
}

export type OwnedTextOutcome =
  | { readonly kind: "written"; readonly address: string }
  /**
   * Nothing was written: `address` holds `value`, which the add-in did not write there (user data
   * in the target area), or — with `edited` — a cell the add-in wrote that was changed since.
   */
  | { readonly kind: "occupied"; readonly address: string; readonly value: string; readonly edited: boolean };

/**
 * Writes `grid` (rows of texts, `grid[0]` the header) as the block of an add-in sheet, every cell
 * text: number format "@" set before the values, and `safeText`, so a customer named
 * `=HYPERLINK(…)` stays text. A new sheet takes two syncs (look, write); a refresh reads the target
 * area first (three). A refresh writes where the last block is now (its name follows inserted and
 * deleted rows and columns), replaces only the cells that write recorded and left untouched, empties
 * what it had beyond the new block (back to General), and refuses, writing nothing, when the target
 * area holds anything else. `beforeSync` queues what a writer adds to the same last sync (page
 * breaks), given the sheet, the block and its top-left corner.
 *
 * @example
 * await writeOwnedTextSheet(context, supports, { sheet: "Reminders", name: "ARCreditDesk_Reminders", settingKey: "…" }, [["Customer"], ["Acme"]])
 * //=> { kind: "written", address: "Reminders!A1:A2" }
 */
export async function writeOwnedTextSheet(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  where: OwnedTextSheet,
  grid: readonly (readonly string[])[],
  beforeSync?: (sheet: Excel.Worksheet, block: Excel.Range, top: number, left: number) => void,
): Promise<OwnedTextOutcome> {
  const setting = context.workbook.settings.getItemOrNullObject(where.settingKey).load("value");
  const existing = context.workbook.worksheets.getItemOrNullObject(where.sheet);
  // Where the last write's block is now: its name moves with rows and columns inserted or deleted.
  const readTracked = queueReadTracked(context, [where.name]);
  await context.sync();
  const tracked = readTracked();

  const columns = Math.max(1, ...grid.map((row) => row.length));
  let sheet: Excel.Worksheet;
  let top = 0;
  let left = 0;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(where.sheet);
  } else {
    sheet = existing;
    const record = setting.isNullObject ? null : parseOwnedTextBlock(setting.value);
    const owned = record !== null && sameSheet(record.sheet, where.sheet) ? record : null;
    // The last block as it is now: through its name; at A1 for a record written before names were
    // kept; none when its cells were all deleted (the name is #REF!) — nothing there is ours then.
    const now = tracked.blocks[0];
    const old: CellBlock | null = !owned
      ? null
      : owned.name
        ? now && sameSheet(now.sheet, where.sheet)
          ? now
          : null
        : { sheet: where.sheet, r0: 0, c0: 0, r1: owned.rows - 1, c1: owned.columns - 1 };
    [top, left] = old ? [old.r0, old.c0] : [0, 0];
    const oldRows = old ? old.r1 - old.r0 + 1 : 0;
    const oldColumns = old ? old.c1 - old.c0 + 1 : 0;
    const target = sheet
      .getRangeByIndexes(top, left, Math.max(grid.length, oldRows), Math.max(columns, oldColumns))
      .load("values, formulas");
    await context.sync();
    const ours = owned && old ? ownCells(target.values, target.formulas, owned, oldRows, oldColumns) : [];
    const blocked = firstForeignCell(
      target.values,
      target.formulas,
      ours,
      oldRows === owned?.rows && oldColumns === owned?.columns,
    );
    if (blocked !== null) {
      return { kind: "occupied", address: cellAddress(where.sheet, top + blocked.row, left + blocked.column), ...blocked.why };
    }
    // What the last write had beyond this one (rows below, columns right): emptied, back to General
    // (they were the add-in's, or empty).
    if (oldRows > grid.length) {
      clearToGeneral(sheet.getRangeByIndexes(top + grid.length, left, oldRows - grid.length, oldColumns));
    }
    if (oldColumns > columns) {
      clearToGeneral(sheet.getRangeByIndexes(top, left + columns, Math.min(oldRows, grid.length), oldColumns - columns));
    }
  }

  const block = sheet.getRangeByIndexes(top, left, grid.length, columns);
  const cells = grid.map((row) => [...row, ...Array<string>(columns - row.length).fill("")]);
  // Text format first, so the values land in "@" cells and stay text (dates, numbers, formulas alike).
  (block as unknown as { numberFormat: string }).numberFormat = "@";
  suspendCalculation(context, supportsExcelApi);
  block.values = cells.map((row) => row.map(safeText));
  const record: OwnedTextBlock = {
    sheet: where.sheet,
    rows: cells.length,
    columns,
    hashes: cells.map((row) => row.map(textHash).join(",")).join(","),
    name: where.name,
  };
  context.workbook.settings.add(where.settingKey, JSON.stringify(record));
  // The name follows the block just written (the old one, maybe larger or #REF!, goes first).
  queueUntrack(context, tracked.existing);
  queueTrackRange(context, where.name, block);
  beforeSync?.(sheet, block, top, left);
  sheet.activate();
  await context.sync();
  return {
    kind: "written",
    address: blockAddress({ sheet: where.sheet, r0: top, c0: left, r1: top + cells.length - 1, c1: left + columns - 1 }),
  };
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function clearToGeneral(range: Excel.Range): void {
  range.clear("Contents");
  (range as unknown as { numberFormat: string }).numberFormat = "General";
}

/**
 * Which cells of the last block, as it is now (`rows` × `columns` from the target's corner), still
 * hold what was written: cell by cell when its shape is the recorded one; with rows (or columns)
 * inserted or deleted inside it, whole rows (columns) matched in order (trackedRanges.ts). A
 * formula is never ours.
 */
function ownCells(values: unknown[][], formulas: unknown[][], owned: OwnedTextBlock, rows: number, columns: number): boolean[][] {
  const hashes = owned.hashes.split(",");
  const recorded = Array.from({ length: owned.rows }, (_, r) => hashes.slice(r * owned.columns, (r + 1) * owned.columns));
  const current = values
    .slice(0, rows)
    .map((row, r) =>
      row.slice(0, columns).map((value, c) => (isFormula(formulas[r]?.[c], value) ? "formula" : textHash(String(value ?? "")))),
    );
  return ownedCells(current, recorded);
}

/**
 * The first cell of the target area the write may not touch: one that is not empty and not proved
 * the last write's (`ours`, over the last block's cells). `edited` when the block kept its shape
 * and the cell is one it wrote, changed since.
 */
function firstForeignCell(
  values: unknown[][],
  formulas: unknown[][],
  ours: readonly (readonly boolean[])[],
  sameShape: boolean,
): { row: number; column: number; why: { value: string; edited: boolean } } | null {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const formula = formulas[r]?.[c];
      const shown = isFormula(formula, values[r][c]) ? String(formula) : String(values[r][c] ?? "");
      const inBlock = r < ours.length && c < (ours[r]?.length ?? 0);
      if (inBlock && ours[r][c]) continue;
      if (shown !== "") return { row: r, column: c, why: { value: clip(shown), edited: inBlock && sameShape } };
    }
  }
  return null;
}

/**
 * Whether a cell holds a formula. A Text ("@") cell holding "=HYPERLINK(…)" — as we write a customer
 * so named — reports that text as its formula too, so a formula is one whose text differs from
 * what the cell shows.
 */
function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== String(value ?? "");
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * FNV-1a (32-bit) of a text's UTF-16 units, in base 36: enough to tell an edited cell from an
 * untouched one (a collision needs an edit that happens to hash the same, about 1 in 4 billion).
 *
 * @example
 * textHash("") //=> "ztntfp"   (the FNV offset basis 2166136261)
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 0).toString(36);
}

/**
 * The record from a loaded setting value; anything unreadable counts as none (the sheet's cells are
 * then all treated as the user's, so nothing is overwritten).
 *
 * @example
 * parseOwnedTextBlock("not json") //=> null
 */
export function parseOwnedTextBlock(value: unknown): OwnedTextBlock | null {
  return readStoredSetting<OwnedTextBlock | null>(value, OWNED_REMINDERS, null);
}
