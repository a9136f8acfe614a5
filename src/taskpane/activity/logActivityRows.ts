import type { Language } from "../../core/language";
import { messageText } from "../../core/messages/message";
import type { LedgerWorkbook, NewActivityRow } from "../../excel/ledgerWorkbook";
import { friendlyError } from "../friendlyError";
import type { Messages } from "../messages";
import { ACTIVITY_PANE_MESSAGES as M } from "./activityPaneMessages";

/** What logging did, in words for the notice: rows logged, or why none were. */
export type LogResult = { readonly logged: true; readonly rows: number } | { readonly logged: false; readonly text: string };

/**
 * Appends rows to the activity register through the port and says how it went, never throwing:
 * a port without `logActivity`, a refusal (a user's `AR Activity` sheet in the way) and an error
 * each become a "not logged" text, so the action that logs (a copy, a mail) is never undone or
 * hidden by a failed log.
 */
export async function logActivityRows(
  workbook: LedgerWorkbook,
  rows: readonly NewActivityRow[],
  language: Language,
  shared: Messages,
): Promise<LogResult> {
  if (workbook.logActivity === undefined) return { logged: false, text: messageText(M.notLoggedUnavailable(), language) };
  try {
    const outcome = await workbook.logActivity(rows, language);
    if (outcome.kind === "done") return { logged: true, rows: outcome.rowsWritten };
    return { logged: false, text: messageText(M.notLoggedBecause({ reason: messageText(outcome.text, language) }), language) };
  } catch (error) {
    return { logged: false, text: messageText(M.notLoggedBecause({ reason: friendlyError(error, shared) }), language) };
  }
}
