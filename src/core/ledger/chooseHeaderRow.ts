import { scoreHeaders, type HeaderScoring } from "./scoreHeaders";

/** Rows searched for the header: a title block above a ledger is a few rows, not hundreds. */
export const MAX_HEADER_SCAN = 50;
/** A header names at least this many fields (e.g. customer, amount, due date). */
export const MIN_HEADER_FIELDS = 3;
/** Data rows under a candidate header whose cells are checked against its names. */
const SAMPLE_ROWS = 20;

export interface ChosenHeader {
  /** Index of the header row in the rows given; data starts on the next row. */
  readonly headerRowIndex: number;
  readonly scoring: HeaderScoring;
}

/**
 * The ledger's header among a block's top rows: the row naming the most fields (at least three),
 * the surest on a tie, the first of equals — so a title, an "as of" line or a column group above the
 * header never wins, and a header repeated at a page break is not taken for the first.
 *
 * @example
 * chooseHeaderRow([["A/R Aging Detail"], ["As of June 30, 2025"], ["Customer", "Num", "Due Date", "Open Balance"]])?.headerRowIndex //=> 2
 */
export function chooseHeaderRow(rows: readonly (readonly unknown[])[]): ChosenHeader | undefined {
  let best: ChosenHeader | undefined;
  let bestFields = MIN_HEADER_FIELDS - 1;
  let bestScore = 0;
  const limit = Math.min(rows.length, MAX_HEADER_SCAN);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) continue;
    // Cheap test first: a header row has at least three text cells.
    let texts = 0;
    for (const cell of row) if (typeof cell === "string" && cell.trim() !== "") texts++;
    if (texts < MIN_HEADER_FIELDS) continue;
    const scoring = scoreHeaders(row, rows.slice(r + 1, r + 1 + SAMPLE_ROWS));
    const fields = scoring.matches.length;
    const score = scoring.matches.reduce((sum, m) => sum + m.score, 0);
    if (fields > bestFields || (fields === bestFields && best !== undefined && score > bestScore)) {
      best = { headerRowIndex: r, scoring };
      bestFields = fields;
      bestScore = score;
    }
  }
  return best;
}
