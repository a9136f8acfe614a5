import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { AnalyzeLedgerOptions, LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { RowState } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { ledgerRowText } from "../../../src/core/ledger/ledgerRowText";
import { findHeaderRow } from "../../../src/core/ledger/findHeaderRow";

/** Scans a sheet (header row included) and fails the test on an options failure. */
export function scanSheet(sheet: unknown[][], options: Omit<AnalyzeLedgerOptions, "mapping">): LedgerAnalysis {
  const header = findHeaderRow(sheet);
  if (isFailure(header)) throw new Error(header.message);
  const result = analyzeLedger(sheet.slice(header.headerRowIndex + 1), { ...options, mapping: header.mapping });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

/** One row's results as a plain object, for readable expectations. */
export function rowOf(analysis: LedgerAnalysis, i: number) {
  const { rows } = analysis;
  const state = rows.state[i] === RowState.accepted ? "accepted" : rows.state[i] === RowState.issue ? "issue" : "blank";
  if (state !== "accepted") return { state };
  const text = ledgerRowText(analysis, i);
  return {
    state,
    customer: analysis.customers[rows.customer[i]].customer,
    daysOverdue: rows.daysOverdue[i],
    aging: text.aging,
    level: rows.level[i],
    open: rows.openCents[i],
    action: text.action,
    why: text.why,
  };
}
