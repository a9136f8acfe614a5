import type { Language } from "../core/language";
import { CELL_CHAR_LIMIT, splitLetterBody } from "../core/letters/splitLetterBody";
import { LETTER_PARTS_MESSAGES } from "../core/messages/letterPartsMessages";
import type { Message } from "../core/messages/message";
import { writeOwnedTextSheet, type OwnedTextBlock } from "./ownedTextSheet";

/** The sheet `Write all to sheet` creates. */
export const REMINDERS_SHEET = "Reminders";
/** The workbook name that follows the last write's block as rows and columns move. */
const REMINDERS_NAME = "ARCreditDesk_Reminders";
/** Workbook setting recording the cells the last write put on the Reminders sheet (see OwnedReminders). */
export const OWNED_REMINDERS_KEY = "arCreditDesk.ownedReminders";
const WHERE = { sheet: REMINDERS_SHEET, name: REMINDERS_NAME, settingKey: OWNED_REMINDERS_KEY };

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
  const letters = request.rows.map((r) => [
    ...[r.customer, r.email, r.level, r.subject].map((t) => t.slice(0, MAX_CELL_CHARS)),
    ...splitLetterBody(r.body, MAX_CELL_CHARS),
  ]);
  const columns = Math.max(COLUMNS, ...letters.map((cells) => cells.length));
  const header = [...HEADERS[request.language], ...Array<string>(columns - COLUMNS).fill(CONTINUED[request.language])];
  const written = await writeOwnedTextSheet(context, supportsExcelApi, WHERE, [header, ...letters]);
  if (written.kind === "occupied") return written;
  const long = request.rows.filter((_, i) => letters[i].length > COLUMNS).map((r) => r.customer);
  return {
    kind: "done",
    address: written.address,
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

/** The Reminders record is an owned text block (ownedTextSheet.ts); these names stay for its callers. */
export type OwnedReminders = OwnedTextBlock;
export { parseOwnedTextBlock as parseOwnedReminders, textHash } from "./ownedTextSheet";
