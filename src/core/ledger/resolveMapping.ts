import { fail, type Failure } from "../failure";
import { LEDGER_READING_MESSAGES as M } from "../messages/ledgerReadingMessages";
import { headerKey } from "./headerKey";
import { LEDGER_FIELDS, type LedgerField, type LedgerMapping } from "./ledgerFields";

/**
 * A user's choice of column for a field, remembered by the header's text so it survives inserted,
 * deleted and moved columns; the column number is kept only as the fallback for a header that is
 * blank or repeated. `null` unmaps a field the headers named.
 */
export interface ColumnChoice {
  /** The header text when the choice was made ("" for a column without one). */
  readonly header: string;
  /** 0-based ledger column when the choice was made. */
  readonly column: number;
}
export type MappingChoices = Partial<Record<LedgerField, ColumnChoice | null>>;

/** A choice that no longer finds its column: the header was renamed or removed. */
export interface LostChoice {
  readonly field: LedgerField;
  readonly header: string;
}

export interface ResolvedMapping {
  readonly mapping: LedgerMapping;
  /** Choices whose header is gone: the field falls back to what the headers say, and the pane says so. */
  readonly lost: readonly LostChoice[];
}

const FIELDS: ReadonlySet<string> = new Set(LEDGER_FIELDS);

/**
 * Reads saved choices from a stored value: only known fields, only well-formed choices; anything
 * else (an old column number, a prototype key, junk) is dropped or converted, never trusted.
 *
 * @example
 * readMappingChoices({ amount: 4, dueDate: { header: "Due", column: 2 }, __proto__: { x: 1 } }) //=> { amount: { header: "", column: 4 }, dueDate: { header: "Due", column: 2 } }
 */
export function readMappingChoices(value: unknown): MappingChoices {
  const choices: MappingChoices = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return choices;
  for (const [field, choice] of Object.entries(value)) {
    if (!FIELDS.has(field)) continue;
    const key = field as LedgerField;
    if (choice === null) choices[key] = null;
    // Settings saved before choices kept their header: a bare column number, kept as the fallback only.
    else if (typeof choice === "number" && Number.isInteger(choice) && choice >= 0) choices[key] = { header: "", column: choice };
    else if (
      typeof choice === "object" &&
      typeof (choice as ColumnChoice).header === "string" &&
      Number.isInteger((choice as ColumnChoice).column) &&
      (choice as ColumnChoice).column >= 0
    ) {
      choices[key] = { header: (choice as ColumnChoice).header, column: (choice as ColumnChoice).column };
    }
  }
  return choices;
}

/**
 * The mapping a scan uses: what the headers say, with the user's choices on top. A choice finds
 * its column by header text (the only column with that header); with a blank or repeated header it
 * keeps its column number, if that column still has the same header. A choice whose header is gone
 * is reported, not guessed. Two fields on one column are refused.
 *
 * @example
 * resolveMapping(["Client", "Total", "Due"], { customer: 0 }, { amount: { header: "Total", column: 3 } }).mapping //=> { customer: 0, amount: 1 }
 */
export function resolveMapping(
  headers: readonly unknown[],
  recognized: LedgerMapping,
  choices: MappingChoices,
): ResolvedMapping | Failure {
  const keys = headers.map((h) => (typeof h === "string" ? headerKey(h) : ""));
  const mapping: LedgerMapping = { ...recognized };
  const lost: LostChoice[] = [];
  const chosen = new Map<number, LedgerField>();
  for (const field of LEDGER_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(choices, field)) continue;
    const choice = choices[field];
    if (choice === undefined) continue;
    if (choice === null) {
      delete mapping[field];
      continue;
    }
    const key = headerKey(choice.header);
    const matching = key === "" ? [] : keys.flatMap((k, column) => (k === key ? [column] : []));
    let column: number | undefined;
    if (matching.length === 1) column = matching[0];
    else if (choice.column < headers.length && keys[choice.column] === key) column = choice.column;
    if (column === undefined) {
      lost.push({ field, header: choice.header });
      continue;
    }
    // Two of the user's own choices on one column are refused; a field only the headers gave
    // that column lets go of it.
    const first = chosen.get(column);
    if (first !== undefined) {
      return fail("outOfRange", M.twoFieldsOneColumn({ first, second: field, header: String(headers[column] ?? "") }));
    }
    chosen.set(column, field);
    for (const other of LEDGER_FIELDS) if (other !== field && mapping[other] === column) delete mapping[other];
    mapping[field] = column;
  }
  return { mapping, lost };
}
