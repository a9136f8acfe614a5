import type { LedgerField, LedgerMapping } from "./ledgerFields";
import { scoreHeaders } from "./scoreHeaders";

/*
 * Plain answers over the one header reader (scoreHeaders.ts), for callers that need no scores:
 * the field of one header cell, a header row's mapping, how many fields a row names.
 */

/**
 * The field a header cell names, or `undefined`.
 *
 * @example
 * recognizeHeader("  DUE date ") //=> "dueDate"
 */
export function recognizeHeader(cell: unknown): LedgerField | undefined {
  return scoreHeaders([cell]).matches[0]?.field;
}

/**
 * Maps a header row to columns: each recognised field → its best column (the first of equals).
 * Overrides (field → column, or -1/null to unmap a field) win over recognition.
 *
 * @example
 * headerMap(["客户", "金额", "到期日"]) //=> { customer: 0, amount: 1, dueDate: 2 }
 */
export function headerMap(
  headerRow: readonly unknown[],
  overrides: Partial<Record<LedgerField, number | null>> = {},
): LedgerMapping {
  const mapping: LedgerMapping = { ...scoreHeaders(headerRow).mapping };
  for (const field of Object.keys(overrides) as LedgerField[]) {
    const column = overrides[field];
    if (column === null || column === undefined || column < 0) delete mapping[field];
    else mapping[field] = column;
  }
  return mapping;
}

/**
 * Number of distinct fields a row's cells name (a field named twice counts once).
 *
 * @example
 * countRecognizedHeaders(["Customer", "Client", "Amount", "Notes"]) //=> 2
 */
export function countRecognizedHeaders(row: readonly unknown[]): number {
  return scoreHeaders(row).matches.length;
}
