import { fail, type Result } from "../failure";
import type { Ladder, Rung, RungEscalation } from "./ladderPresets";
import { DUNNING_MESSAGES as M } from "../messages/dunningMessages";

// A user's own rung text cannot carry a flag, so referral rungs are recognised by their words.
// "Final notice before third-party referral" only threatens referral, so "third-party" alone is not
// enough: the words must name the collector or the court.
const LEGAL_WORDS =
  /\b(?:legal action|legal proceedings|lawyers?|attorneys?|solicitors?|court|litigation|sue)\b|律师|诉讼|起诉|仲裁|法律行动/i;
const AGENCY_WORDS =
  /\b(?:collection agency|debt collectors?|credit insurer|third-party collection|refer to collection)\b|催收机构|催收公司|第三方催收|信用保险/i;
// A first row such as "Days from due | Action" is a header, not a rung.
const HEADER_WORDS = /day|天/i;

/**
 * Reads a user-defined ladder from a two-column range `days_from_due | action` (an optional third
 * column holds the Chinese text). Day counts are whole numbers (negative = before the due date),
 * strictly ascending; blank rows (and rows of 0s, an empty row as older builds pass it) are skipped; the first non-blank row is a header when its day cell
 * names days (so a header below empty rows, as a whole-column range such as A:B often has, is one).
 *
 * @param table - the range's values, row by row, as Excel gives them
 * @param name - the name shown in the "why" text
 * @param firstRow - the row number messages give the table's first row (1: the range's own rows;
 *   the sheet row when the caller reads a sheet's used part)
 * @returns the ladder, or an `unreadable`/`outOfRange` failure naming the row
 * @example
 * parseLadderTable([[1, "Email"], [30, "Call"]]).rungs.length //=> 2
 */
export function parseLadderTable(table: readonly (readonly unknown[])[], name = "custom", firstRow = 1): Result<Ladder> {
  const rungs: Rung[] = [];
  let seenRow = false;
  for (let r = 0; r < table.length; r++) {
    const row = table[r] ?? [];
    const dayCell = row[0];
    const actionCell = row[1];
    // Older desktop builds hand AR.* functions an empty cell as 0: a row of 0s is an empty row.
    if ((isBlank(dayCell) || dayCell === 0) && (isBlank(actionCell) || actionCell === 0)) continue;
    const first = !seenRow;
    seenRow = true;
    if (first && typeof dayCell === "string" && HEADER_WORDS.test(dayCell) && !isNumericText(dayCell)) continue;
    const at = firstRow + r;
    const days = readDays(dayCell);
    if (days === undefined) {
      return fail("unreadable", M.rowDays({ row: at, text: String(dayCell ?? "") }));
    }
    if (typeof actionCell !== "string" || actionCell.trim() === "") {
      return fail("unreadable", M.rowAction({ row: at, days }));
    }
    const previous = rungs[rungs.length - 1];
    if (previous !== undefined && days <= previous.daysFromDue) {
      return fail("outOfRange", M.rowOrder({ row: at, days, previous: previous.daysFromDue }));
    }
    const action = actionCell.trim();
    const zhCell = row[2];
    const actionZh = typeof zhCell === "string" && zhCell.trim() !== "" ? zhCell.trim() : undefined;
    const escalation = escalationOf(`${action} ${actionZh ?? ""}`);
    rungs.push({ daysFromDue: days, action, ...(actionZh ? { actionZh } : {}), ...(escalation ? { escalation } : {}) });
  }
  if (rungs.length === 0) return fail("missing", M.rangeEmpty());
  return { name, rungs };
}

function escalationOf(text: string): RungEscalation | undefined {
  if (LEGAL_WORDS.test(text)) return "legal";
  if (AGENCY_WORDS.test(text)) return "agency";
  return undefined;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function isNumericText(text: string): boolean {
  return /^\s*[+-]?\d+\s*$/.test(text);
}

function readDays(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && isNumericText(value)) return Number(value.trim());
  return undefined;
}
