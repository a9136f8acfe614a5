import { paidLabel } from "../core/aging/agingBuckets";
import type { Language } from "../core/language";
import { RowState, type LedgerAnalysis } from "../core/ledger/ledgerAnalysisTypes";
import { ledgerRowText } from "../core/ledger/ledgerRowText";
import { safeText } from "./textCell";

/** The four columns a scan owns, in order. */
export const RESULT_COLUMN_COUNT = 4;

/** Their headers (taskpane spec §2), in the UI's language. */
export const RESULT_HEADERS: Readonly<Record<Language, readonly [string, string, string, string]>> = {
  en: ["Days overdue", "Aging", "Next action", "Why"],
  zh: ["逾期天数", "账龄", "下一步催收", "原因"],
};

/** Number formats, set on the columns before their values: a whole number, then text ("@") for the rest. */
export const RESULT_FORMATS: readonly [string, string, string, string] = ["0", "@", "@", "@"];

/** The label the Aging column shows for a settled invoice (the highlight rules skip those rows). */
export function paidText(language: Language): string {
  return paidLabel(language);
}

/**
 * The four cells of ledger row `i`: days overdue (a number), aging, next action and why (texts made
 * formula-safe). Rows left out of the scan (issues, blanks) get "" everywhere, which also empties
 * what an earlier scan wrote there.
 *
 * @example
 * resultRow(analysis, 0) //=> [47, "31-60", "Final notice before third-party referral", "47 days overdue · rung 45 of ladder standard"]
 */
export function resultRow(analysis: LedgerAnalysis, i: number): [number | "", string, string, string] {
  if (analysis.rows.state[i] !== RowState.accepted) return ["", "", "", ""];
  const text = ledgerRowText(analysis, i);
  return [analysis.rows.daysOverdue[i], safeText(text.aging), safeText(text.action), safeText(text.why)];
}
