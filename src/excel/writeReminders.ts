import type { Language } from "../core/language";
import { CELL_CHAR_LIMIT, splitLetterBody } from "../core/letters/splitLetterBody";
import { LETTER_PARTS_MESSAGES } from "../core/messages/letterPartsMessages";
import type { Message } from "../core/messages/message";
import { cellAddress, blockAddress, type CellBlock } from "./a1Address";
import { ownedCells, queueReadTracked, queueTrackRange, queueUntrack } from "./trackedRanges";
import { suspendCalculation } from "./writeScanResults";
import { safeText } from "./textCell";
import { OWNED_REMINDERS, readStoredSetting } from "./storedSettings";

/** The sheet `Write all to sheet` creates. */
export const REMINDERS_SHEET = "Reminders";
/** The workbook name that follows the last write's block as rows and columns move. */
const REMINDERS_NAME = "ARCreditDesk_Reminders";
/** Workbook setting recording the cells the last write put on the Reminders sheet (see OwnedReminders). */
export const OWNED_REMINDERS_KEY = "arCreditDesk.ownedReminders";

const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Customer", "Email", "Level", "Subject", "Body"],
  zh: ["客户", "邮箱", "级别", "主题", "正文"],
};
/** Header of the columns a body too long for one cell continues in. */
const CONTINUED: Readonly<Record<Language, string>> = { en: "Body (continued)", zh: "正文（续）" };
const COLUMNS = 5;
/** The most characters the add-in writes to one cell: Excel's limit less one for the quote prefix safeText may add. */
const MAX_CELL_CHARS = CELL_CHAR_LIMIT - 1;

/** One letter as a row of the Reminders sheet. */
export interface ReminderSheetRow {
  readonly customer: string;
  readonly email: string;
  /** The letter's tone, in words ("Firm second notice"). */
  readonly level: string;
  readonly subject: string;
  readonly body: string;
}

export interface RemindersRequest {
  readonly rows: readonly ReminderSheetRow[];
  /** Language of the header row. */
  readonly language: Language;
}

export type RemindersOutcome =
  | {
      readonly kind: "done";
      readonly address: string;
      readonly rowsWritten: number;
      /** Present when a letter was longer than one cell holds and continues in "Body (continued)" cells. */
      readonly continued?: Message;
    }
  /**
   * Nothing was written: `address` holds `value`, which the add-in did not write there (user data in
   * the target area), or — with `edited` — a cell the add-in wrote that was changed since.
   */
  | { readonly kind: "occupied"; readonly address: string; readonly value: string; readonly edited: boolean };

/**
 * What the last write put on the sheet: a block, and a hash of every cell's text, so a refresh can
 * tell its own untouched cells (replaced) from cells a user typed over (kept, and the write
 * refused). Hashes rather than texts keep the setting small: letters run to kilobytes each. The
 * block is a workbook name (`name`), which moves with rows and columns inserted or deleted; a
 * record without one (written before) has its block at A1.
 */
export interface OwnedReminders {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
  /** FNV-1a hashes of the cells' texts, row by row, base 36, comma-separated. */
  readonly hashes: string;
  readonly name?: string;
}

/**
 * Writes the Reminders sheet: a header and one row per letter (customer, email, level, subject,
 * body), every cell text — number format "@" set before the values, and `safeText` so a customer
 * named `=HYPERLINK(…)` stays text. A body longer than a cell holds (Excel: 32,767 characters) is
 * never cut off: `splitLetterBody` cuts it between lines into parts that fit, written in the
 * "Body (continued)" columns after E on the same row (as many as the longest letter needs), and the
 * outcome's `continued` says which letters. A new sheet takes two syncs (look, write); a refresh reads the
 * target block first (three). A refresh writes where the last block is now (its name follows
 * inserted and deleted rows and columns), replaces only the cells that last write recorded and left
 * untouched, and refuses, writing nothing, when the target area holds anything else.
 *
 * @example
 * await writeReminders(context, supports, { rows: [{ customer: "Acme", email: "", level: "Friendly reminder", subject: "…", body: "…" }], language: "en" })
 * //=> { kind: "done", address: "Reminders!A1:E2", rowsWritten: 1 }
 */
export async function writeReminders(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  request: RemindersRequest,
): Promise<RemindersOutcome> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_REMINDERS_KEY).load("value");
  const existing = context.workbook.worksheets.getItemOrNullObject(REMINDERS_SHEET);
  // Where the last write's block is now: its name moves with rows and columns inserted or deleted.
  const readTracked = queueReadTracked(context, [REMINDERS_NAME]);
  await context.sync();
  const tracked = readTracked();

  const letters = request.rows.map((r) => [
    ...[r.customer, r.email, r.level, r.subject].map((t) => t.slice(0, MAX_CELL_CHARS)),
    ...splitLetterBody(r.body, MAX_CELL_CHARS),
  ]);
  const columns = Math.max(COLUMNS, ...letters.map((cells) => cells.length));
  const header = [...HEADERS[request.language], ...Array<string>(columns - COLUMNS).fill(CONTINUED[request.language])];
  const grid: string[][] = [header, ...letters.map((cells) => [...cells, ...Array<string>(columns - cells.length).fill("")])];
  let sheet: Excel.Worksheet;
  let top = 0;
  let left = 0;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(REMINDERS_SHEET);
  } else {
    sheet = existing;
    const record = setting.isNullObject ? null : parseOwnedReminders(setting.value);
    const owned = record !== null && record.sheet.toLowerCase() === REMINDERS_SHEET.toLowerCase() ? record : null;
    // The last block as it is now: through its name; at A1 for a record written before names were
    // kept; none when its cells were all deleted (the name is #REF!) — nothing there is ours then.
    const now = tracked.blocks[0];
    const old: CellBlock | null = !owned
      ? null
      : owned.name
        ? now && now.sheet.toLowerCase() === REMINDERS_SHEET.toLowerCase()
          ? now
          : null
        : { sheet: REMINDERS_SHEET, r0: 0, c0: 0, r1: owned.rows - 1, c1: owned.columns - 1 };
    [top, left] = old ? [old.r0, old.c0] : [0, 0];
    const oldRows = old ? old.r1 - old.r0 + 1 : 0;
    const oldColumns = old ? old.c1 - old.c0 + 1 : 0;
    const height = Math.max(grid.length, oldRows);
    const width = Math.max(columns, oldColumns);
    const target = sheet.getRangeByIndexes(top, left, height, width).load("values, formulas");
    await context.sync();
    const ours = owned && old ? ownCells(target.values, target.formulas, owned, oldRows, oldColumns) : [];
    const blocked = firstForeignCell(
      target.values,
      target.formulas,
      ours,
      oldRows === owned?.rows && oldColumns === owned?.columns,
    );
    if (blocked !== null) {
      return {
        kind: "occupied",
        address: cellAddress(REMINDERS_SHEET, top + blocked.row, left + blocked.column),
        ...blocked.why,
      };
    }
    // Rows the last write had and this one has not: emptied, back to General (they were the add-in's, or empty).
    if (oldRows > grid.length) {
      const rest = sheet.getRangeByIndexes(top + grid.length, left, oldRows - grid.length, oldColumns);
      rest.clear("Contents");
      (rest as unknown as { numberFormat: string }).numberFormat = "General";
    }
    // Continuation columns the last write had and this one has not: likewise.
    if (oldColumns > columns) {
      const rest = sheet.getRangeByIndexes(top, left + columns, Math.min(oldRows, grid.length), oldColumns - columns);
      rest.clear("Contents");
      (rest as unknown as { numberFormat: string }).numberFormat = "General";
    }
  }

  const block = sheet.getRangeByIndexes(top, left, grid.length, columns);
  // Text format first, so the values land in "@" cells and stay text (dates, numbers, formulas alike).
  (block as unknown as { numberFormat: string }).numberFormat = "@";
  suspendCalculation(context, supportsExcelApi);
  block.values = grid.map((row) => row.map(safeText));
  const record: OwnedReminders = {
    sheet: REMINDERS_SHEET,
    rows: grid.length,
    columns,
    hashes: grid.map((row) => row.map(textHash).join(",")).join(","),
    name: REMINDERS_NAME,
  };
  context.workbook.settings.add(OWNED_REMINDERS_KEY, JSON.stringify(record));
  // The name follows the block just written (the old one, maybe larger or #REF!, goes first).
  queueUntrack(context, tracked.existing);
  queueTrackRange(context, REMINDERS_NAME, block);
  sheet.activate();
  await context.sync();
  const long = request.rows.filter((_, i) => letters[i].length > COLUMNS).map((r) => r.customer);
  return {
    kind: "done",
    address: blockAddress({ sheet: REMINDERS_SHEET, r0: top, c0: left, r1: top + grid.length - 1, c1: left + columns - 1 }),
    rowsWritten: request.rows.length,
    ...(long.length === 0
      ? {}
      : {
          continued: LETTER_PARTS_MESSAGES.continued({
            customers: long,
            limit: CELL_CHAR_LIMIT,
            column: CONTINUED[request.language],
          }),
        }),
  };
}

/**
 * Which cells of the last block, as it is now (`rows` × `columns` from the target's corner), still
 * hold what was written: cell by cell when its shape is the recorded one; with rows (or columns)
 * inserted or deleted inside it, whole rows (columns) matched in order (trackedRanges.ts). A
 * formula is never ours.
 */
export function ownCells(
  values: unknown[][],
  formulas: unknown[][],
  owned: OwnedReminders,
  rows: number,
  columns: number,
): boolean[][] {
  const hashes = owned.hashes.split(",");
  const recorded = Array.from({ length: owned.rows }, (_, r) => hashes.slice(r * owned.columns, (r + 1) * owned.columns));
  const current = values.slice(0, rows).map((row, r) =>
    row.slice(0, columns).map((value, c) => {
      return isFormula(formulas[r]?.[c], value) ? "formula" : textHash(String(value ?? ""));
    }),
  );
  return ownedCells(current, recorded);
}

/**
 * The first cell of the target area the write may not touch: one that is not empty and not proved
 * the last write's (`ours`, over the last block's cells). `edited` when the block kept its shape
 * and the cell is one it wrote, changed since.
 */
export function firstForeignCell(
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
 * parseOwnedReminders("not json") //=> null
 */
export function parseOwnedReminders(value: unknown): OwnedReminders | null {
  return readStoredSetting<OwnedReminders | null>(value, OWNED_REMINDERS, null);
}
