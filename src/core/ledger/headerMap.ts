import { HEADER_SYNONYMS, LEDGER_FIELDS, type LedgerField, type LedgerMapping } from "./ledgerFields";

const SYNONYM_INDEX: ReadonlyMap<string, LedgerField> = new Map(
  LEDGER_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((text) => [normalizeHeader(text), field] as [string, LedgerField])),
);

/**
 * The field a header cell names, or `undefined` (trimmed, case-insensitive, spaces collapsed).
 *
 * @example
 * recognizeHeader("  DUE date ") //=> "dueDate"
 */
export function recognizeHeader(cell: unknown): LedgerField | undefined {
  if (typeof cell !== "string") return undefined;
  return SYNONYM_INDEX.get(normalizeHeader(cell));
}

/**
 * Maps a header row to columns: each recognised field → the first column naming it. User
 * overrides (field → column, or -1/null to unmap a field) win over recognition.
 *
 * @example
 * headerMap(["客户", "金额", "到期日"]) //=> { customer: 0, amount: 1, dueDate: 2 }
 */
export function headerMap(
  headerRow: readonly unknown[],
  overrides: Partial<Record<LedgerField, number | null>> = {},
): LedgerMapping {
  const mapping: LedgerMapping = {};
  for (let column = 0; column < headerRow.length; column++) {
    const field = recognizeHeader(headerRow[column]);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
  }
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
  const seen = new Set<LedgerField>();
  for (const cell of row) {
    const field = recognizeHeader(cell);
    if (field !== undefined) seen.add(field);
  }
  return seen.size;
}

function normalizeHeader(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
