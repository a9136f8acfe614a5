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
 * What the last write put on the sheet: a block from A1, and a hash of every cell's text, so a
 * refresh can tell its own untouched cells (replaced) from cells a user typed over (kept, and the
 * write refused). Hashes rather than texts keep the setting small: letters run to kilobytes each.
 */
export interface OwnedReminders {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
  /** FNV-1a hashes of the cells' texts, row by row, base 36, comma-separated. */
  readonly hashes: string;
  /** The workbook name that follows the block as rows and columns are inserted or deleted (absent in old records: at A1). */
  readonly name?: string;
}

/** The workbook-scoped name of the block the last write put on the Reminders sheet. */
export const REMINDERS_NAME = "ARCreditDesk_Reminders";

/**
 * Writes the Reminders sheet: a header and one row per letter (customer, email, level, subject,
 * body), every cell text — number format "@" set before the values, and `safeText` so a customer
 * named `=HYPERLINK(…)` stays text. A body longer than a cell holds (Excel: 32,767 characters) is
 * never cut off: `splitLetterBody` cuts it between lines into parts that fit, written in the
 * "Body (continued)" columns after E on the same row (as many as the longest letter needs), and the
 * outcome's `continued` says which letters. A new sheet takes two syncs (look, write); a refresh reads the
 * target block first (three). The block is also a workbook name (REMINDERS_NAME), which Excel moves
 * with inserted or deleted rows and columns: a refresh writes where the last block is now, and
 * compares the recorded hashes with its cells there (a row or column inserted inside it is the
 * user's, matched out by whole rows or columns); a block whose cells were all deleted is gone and
 * the write starts fresh at A1. A refresh replaces only the cells the last write recorded and left
 * untouched; it refuses, writing nothing, when the target area holds anything else.
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
  const tracked = queueReadTracked(context, [REMINDERS_NAME]);
  await context.sync();
  const named = tracked();

  const letters = request.rows.map((r) => [
    ...[r.customer, r.email, r.level, r.subject].map((t) => t.slice(0, MAX_CELL_CHARS)),
    ...splitLetterBody(r.body, MAX_CELL_CHARS),
  ]);
  const columns = Math.max(COLUMNS, ...letters.map((cells) => cells.length));
  const header = [...HEADERS[request.language], ...Array<string>(columns - COLUMNS).fill(CONTINUED[request.language])];
  const grid: string[][] = [header, ...letters.map((cells) => [...cells, ...Array<string>(columns - cells.length).fill("")])];
  let sheet: Excel.Worksheet;
  // Where the block goes: where the last one's cells are now (rows or columns inserted above or left
  // of it move it), else A1 (a first write, or the last block's cells were all deleted).
  let top = 0,
    left = 0;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(REMINDERS_SHEET);
  } else {
    sheet = existing;
    const record = setting.isNullObject ? null : parseOwnedReminders(setting.value);
    const recorded = record !== null && record.sheet.toLowerCase() === REMINDERS_SHEET.toLowerCase() ? record : null;
    // A record written before names were kept is at A1 with its recorded size.
    const now = recorded === null ? null : recorded.name ? named.blocks[0] : fixedBlock(recorded);
    const owned = now !== null && now.sheet.toLowerCase() === REMINDERS_SHEET.toLowerCase() ? now : null;
    if (owned !== null) [top, left] = [owned.r0, owned.c0];
    const height = Math.max(grid.length, owned === null ? 0 : owned.r1 - top + 1);
    const width = Math.max(columns, owned === null ? 0 : owned.c1 - left + 1);
    const target = sheet.getRangeByIndexes(top, left, height, width).load("values, formulas");
    await context.sync();
    const ours = owned === null || recorded === null ? null : ownedByHash(target.values, target.formulas, owned, recorded);
    // Same shape as written: a cell of ours emptied since is an edit too (the cell's hash has changed).
    const sameShape = owned !== null && owned.r1 - top + 1 === recorded?.rows && owned.c1 - left + 1 === recorded.columns;
    const blocked = firstForeignCell(target.values, target.formulas, ours, sameShape);
    if (blocked !== null) {
      return {
        kind: "occupied",
        address: cellAddress(REMINDERS_SHEET, top + blocked.row, left + blocked.column),
        ...blocked.why,
      };
    }
    // The last write's cells this one does not cover: emptied, back to General (they were the add-in's).
    if (ours !== null) {
      for (let r = 0; r < ours.length; r++) {
        for (let c = 0; c < ours[r].length; c++) {
          if (!ours[r][c] || (r < grid.length && c < columns)) continue;
          let end = c;
          while (end + 1 < ours[r].length && ours[r][end + 1]) end++;
          const rest = sheet.getRangeByIndexes(top + r, left + c, 1, end - c + 1);
          rest.clear("Contents");
          (rest as unknown as { numberFormat: string }).numberFormat = "General";
          c = end;
        }
      }
    }
  }

  const block = sheet.getRangeByIndexes(top, left, grid.length, columns);
  // Text format first, so the values land in "@" cells and stay text (dates, numbers, formulas alike).
  (block as unknown as { numberFormat: string }).numberFormat = "@";
  suspendCalculation(context, supportsExcelApi);
  block.values = grid.map((row) => row.map(safeText));
  queueUntrack(context, named.existing);
  queueTrackRange(context, REMINDERS_NAME, block);
  const record: OwnedReminders = {
    sheet: REMINDERS_SHEET,
    rows: grid.length,
    columns,
    hashes: grid.map((row) => row.map(textHash).join(",")).join(","),
    name: REMINDERS_NAME,
  };
  context.workbook.settings.add(OWNED_REMINDERS_KEY, JSON.stringify(record));
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

/** The block a record written before names were kept owns: from A1, its recorded size. */
function fixedBlock(record: OwnedReminders): CellBlock {
  return { sheet: record.sheet, r0: 0, c0: 0, r1: record.rows - 1, c1: record.columns - 1 };
}

/** What a cell holds, as its fingerprint: the hash of its text, or a mark no hash equals for a formula. */
function cellPrint(value: unknown, formula: unknown): string {
  return typeof formula === "string" && formula.startsWith("=") ? "=" : textHash(String(value ?? ""));
}

/**
 * Which cells of the target area (read from the block's top-left) are the last write's, untouched:
 * the block's cells now against the recorded hashes (rows or columns inserted inside it are the user's).
 */
function ownedByHash(values: unknown[][], formulas: unknown[][], now: CellBlock, record: OwnedReminders): boolean[][] {
  const hashes = record.hashes.split(",");
  const recorded = Array.from({ length: record.rows }, (_, r) => hashes.slice(r * record.columns, (r + 1) * record.columns));
  const current = Array.from({ length: now.r1 - now.r0 + 1 }, (_, r) =>
    Array.from({ length: now.c1 - now.c0 + 1 }, (_, c) => cellPrint(values[r][c], formulas[r]?.[c])),
  );
  return ownedCells(current, recorded);
}

/**
 * The first cell of the target area the write may not touch: one that is not empty and not proved
 * the last write's (`edited` when it lies where the last write's block is now).
 */
function firstForeignCell(
  values: unknown[][],
  formulas: unknown[][],
  ours: boolean[][] | null,
  sameShape: boolean,
): { row: number; column: number; why: { value: string; edited: boolean } } | null {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const inBlock = ours !== null && r < ours.length && c < ours[r].length;
      if (inBlock && ours[r][c]) continue;
      const value = values[r][c];
      const formula = formulas[r]?.[c];
      const shown = typeof formula === "string" && formula.startsWith("=") ? formula : String(value ?? "");
      // An empty cell where one of ours was (same shape) was emptied by the user: an edit too.
      if (shown !== "" || (inBlock && sameShape)) return { row: r, column: c, why: { value: clip(shown), edited: inBlock } };
    }
  }
  return null;
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
