import type { Language } from "../core/language";
import { CELL_CHAR_LIMIT, splitLetterBody } from "../core/letters/splitLetterBody";
import { LETTER_PARTS_MESSAGES } from "../core/messages/letterPartsMessages";
import type { Message } from "../core/messages/message";
import { cellAddress, blockAddress } from "./a1Address";
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
}

/**
 * Writes the Reminders sheet: a header and one row per letter (customer, email, level, subject,
 * body), every cell text — number format "@" set before the values, and `safeText` so a customer
 * named `=HYPERLINK(…)` stays text. A body longer than a cell holds (Excel: 32,767 characters) is
 * never cut off: `splitLetterBody` cuts it between lines into parts that fit, written in the
 * "Body (continued)" columns after E on the same row (as many as the longest letter needs), and the
 * outcome's `continued` says which letters. A new sheet takes two syncs (look, write); a refresh reads the
 * target block first (three). A refresh replaces only the cells the last write recorded and left
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
  await context.sync();

  const letters = request.rows.map((r) => [
    ...[r.customer, r.email, r.level, r.subject].map((t) => t.slice(0, MAX_CELL_CHARS)),
    ...splitLetterBody(r.body, MAX_CELL_CHARS),
  ]);
  const columns = Math.max(COLUMNS, ...letters.map((cells) => cells.length));
  const header = [...HEADERS[request.language], ...Array<string>(columns - COLUMNS).fill(CONTINUED[request.language])];
  const grid: string[][] = [header, ...letters.map((cells) => [...cells, ...Array<string>(columns - cells.length).fill("")])];
  let sheet: Excel.Worksheet;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(REMINDERS_SHEET);
  } else {
    sheet = existing;
    const record = setting.isNullObject ? null : parseOwnedReminders(setting.value);
    const owned = record !== null && record.sheet.toLowerCase() === REMINDERS_SHEET.toLowerCase() ? record : null;
    const height = Math.max(grid.length, owned?.rows ?? 0);
    const width = Math.max(columns, owned?.columns ?? 0);
    const target = sheet.getRangeByIndexes(0, 0, height, width).load("values, formulas");
    await context.sync();
    const blocked = firstForeignCell(target.values, target.formulas, owned);
    if (blocked !== null) {
      return { kind: "occupied", address: cellAddress(REMINDERS_SHEET, blocked.row, blocked.column), ...blocked.why };
    }
    // Rows the last write had and this one has not: emptied, back to General (they were the add-in's).
    if (owned !== null && owned.rows > grid.length) {
      const rest = sheet.getRangeByIndexes(grid.length, 0, owned.rows - grid.length, owned.columns);
      rest.clear("Contents");
      (rest as unknown as { numberFormat: string }).numberFormat = "General";
    }
    // Continuation columns the last write had and this one has not: likewise.
    if (owned !== null && owned.columns > columns) {
      const rest = sheet.getRangeByIndexes(0, columns, Math.min(owned.rows, grid.length), owned.columns - columns);
      rest.clear("Contents");
      (rest as unknown as { numberFormat: string }).numberFormat = "General";
    }
  }

  const block = sheet.getRangeByIndexes(0, 0, grid.length, columns);
  // Text format first, so the values land in "@" cells and stay text (dates, numbers, formulas alike).
  (block as unknown as { numberFormat: string }).numberFormat = "@";
  suspendCalculation(context, supportsExcelApi);
  block.values = grid.map((row) => row.map(safeText));
  const record: OwnedReminders = {
    sheet: REMINDERS_SHEET,
    rows: grid.length,
    columns,
    hashes: grid.map((row) => row.map(textHash).join(",")).join(","),
  };
  context.workbook.settings.add(OWNED_REMINDERS_KEY, JSON.stringify(record));
  sheet.activate();
  await context.sync();
  const long = request.rows.filter((_, i) => letters[i].length > COLUMNS).map((r) => r.customer);
  return {
    kind: "done",
    address: blockAddress({ sheet: REMINDERS_SHEET, r0: 0, c0: 0, r1: grid.length - 1, c1: columns - 1 }),
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
 * The first cell of the target area the write may not touch: one the last write did not record
 * that is not empty, or one it recorded whose text has changed since.
 */
function firstForeignCell(
  values: unknown[][],
  formulas: unknown[][],
  owned: OwnedReminders | null,
): { row: number; column: number; why: { value: string; edited: boolean } } | null {
  const hashes = owned === null ? [] : owned.hashes.split(",");
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const value = values[r][c];
      const formula = formulas[r]?.[c];
      const shown = typeof formula === "string" && formula.startsWith("=") ? formula : String(value ?? "");
      if (owned !== null && r < owned.rows && c < owned.columns) {
        if (hashes[r * owned.columns + c] !== textHash(String(value ?? "")) || shown !== String(value ?? ""))
          return { row: r, column: c, why: { value: clip(shown), edited: true } };
      } else if (shown !== "") {
        // The area read is the bounding box of the recorded block and the new one: outside the record means user data.
        return { row: r, column: c, why: { value: clip(shown), edited: false } };
      }
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
