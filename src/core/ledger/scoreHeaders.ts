import { isDayMonthText } from "../dates/dayMonthOrder";
import { monthNameSerial } from "../dates/monthNameDate";
import { readAmountText } from "../money/amountText";
import { EXPORT_HEADER_SYNONYMS } from "./exportHeaderSynonyms";
import { headerKey } from "./headerKey";
import { HEADER_SYNONYMS, LEDGER_FIELDS, type LedgerField, type LedgerMapping } from "./ledgerFields";

/**
 * Header recognition by score rather than by exact text: each column is scored against every
 * field's synonyms (1 = the header is a known name of the field, less for a header that contains
 * one, e.g. "Open balance (USD)"), each field goes to its best column and each column to one field,
 * and where two columns are equally good for a field the result says so, so the pane can ask
 * instead of silently picking one.
 */

/** How sure a match is: 1 for a known header, lower for a header that only contains one. */
export type HeaderScore = number;

/** Below this a header is not taken as naming a field. */
export const MIN_HEADER_SCORE = 0.6;
// Two columns whose scores for a field are this close compete for it.
const COMPETING_MARGIN = 0.05;

export interface HeaderMatch {
  readonly field: LedgerField;
  readonly column: number;
  readonly header: string;
  readonly score: HeaderScore;
}

export interface HeaderCompetition {
  readonly field: LedgerField;
  /** The column chosen first and the others as good as it. */
  readonly columns: readonly number[];
}

export interface HeaderScoring {
  readonly mapping: LedgerMapping;
  /** One per mapped field, in column order. */
  readonly matches: readonly HeaderMatch[];
  /** Fields two or more columns name equally well. */
  readonly competing: readonly HeaderCompetition[];
}

interface Synonym {
  readonly field: LedgerField;
  readonly key: string;
  readonly words: readonly string[];
  /** A name specific enough to be recognised inside a longer header. */
  readonly partial: boolean;
  /** The score of an exact match: 1 for the built-in names, a hair less for an export's own. */
  readonly exact: number;
}

const CJK = /[\u3400-\u9fff]/;

function synonymOf(field: LedgerField, text: string, exact: number): Synonym {
  const key = headerKey(text);
  const words = key.split(" ");
  // "Date", "Due", "Total", "Balance" alone are too common to find inside other headers
  // ("Balance due" is not a due date); two words, or a Chinese name, are specific enough.
  const partial = words.length >= 2 || (CJK.test(key) && key.length >= 2);
  return { field, key, words, partial, exact };
}

/** Builds the synonym list once per set of extra names (exports' own headers join the built-in ones). */
export function synonymList(extra: Partial<Record<LedgerField, readonly string[]>> = {}): readonly Synonym[] {
  // On a tie the built-in name wins: a lone "Due" is the due date (taskpane spec), while Xero's
  // "Due" beside a "Due Date" column is still its open amount (the due date has taken "Due Date").
  return LEDGER_FIELDS.flatMap((field) => [
    ...HEADER_SYNONYMS[field].map((text) => synonymOf(field, text, 1)),
    ...(extra[field] ?? []).map((text) => synonymOf(field, text, EXPORT_EXACT)),
  ]);
}

/** An export's own name, matched exactly: surely that field, yet second to a built-in name. */
const EXPORT_EXACT = 0.999;

/** The built-in names and the headers real exports write (exportHeaderSynonyms.ts, with sources). */
const BUILT_IN = synonymList(
  Object.fromEntries(LEDGER_FIELDS.map((field) => [field, EXPORT_HEADER_SYNONYMS[field].map((h) => h.text)])),
);

const DATE_FIELDS: ReadonlySet<LedgerField> = new Set(["dueDate", "invoiceDate", "paidDate", "lastReminded"]);
const AMOUNT_FIELDS: ReadonlySet<LedgerField> = new Set(["amount", "openAmount", "creditLimit"]);
// Serials of plausible ledger dates: 1980-01-01 to 2100-01-01.
const PLAUSIBLE_SERIALS: readonly [number, number] = [29221, 73051];
const YEAR_FIRST = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;

function looksLikeDate(value: unknown): boolean {
  if (typeof value === "number") return value >= PLAUSIBLE_SERIALS[0] && value <= PLAUSIBLE_SERIALS[1];
  if (typeof value !== "string") return false;
  return YEAR_FIRST.test(value.trim()) || isDayMonthText(value) || monthNameSerial(value) !== undefined;
}

function looksLikeAmount(value: unknown): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && (readAmountText(value, ".") != null || readAmountText(value, ",") != null);
}

/**
 * What a column's first data cells say against a name: Xero's "Due" is an amount, not a due date.
 * A date field whose cells are mostly not dates, or an amount field whose cells are mostly not
 * amounts, keeps half its score.
 */
function contentFactor(field: LedgerField, column: number, samples: readonly (readonly unknown[])[]): number {
  const check = DATE_FIELDS.has(field) ? looksLikeDate : AMOUNT_FIELDS.has(field) ? looksLikeAmount : undefined;
  if (!check) return 1;
  let filled = 0;
  let fitting = 0;
  for (const row of samples) {
    const value = row?.[column];
    if (value === null || value === undefined || value === "" || (typeof value === "string" && value.trim() === "")) continue;
    filled++;
    if (check(value)) fitting++;
  }
  return filled >= 2 && fitting * 2 < filled ? 0.5 : 1;
}

/**
 * How well a header names a field: 1 when its key is one of the field's names; for a header that
 * contains a specific name, 0.5 plus up to 0.4 by the share of the header that name covers.
 *
 * @example
 * headerScore("Open Balance", "openAmount") //=> 1
 */
export function headerScore(header: string, field: LedgerField, synonyms: readonly Synonym[] = BUILT_IN): HeaderScore {
  return scoreKey(headerKey(header), field, synonyms);
}

function scoreKey(key: string, field: LedgerField, synonyms: readonly Synonym[]): HeaderScore {
  if (key === "") return 0;
  const words = key.split(" ");
  let best = 0;
  for (const synonym of synonyms) {
    if (synonym.field !== field) continue;
    if (synonym.key === key) {
      best = Math.max(best, synonym.exact);
      continue;
    }
    if (!synonym.partial) continue;
    const share = CJK.test(synonym.key)
      ? key.includes(synonym.key)
        ? synonym.key.length / key.replace(/ /g, "").length
        : 0
      : synonym.words.every((word) => words.includes(word))
        ? synonym.words.length / words.length
        : 0;
    if (share > 0) best = Math.max(best, 0.5 + 0.4 * Math.min(1, share));
  }
  return best;
}

/**
 * Where one header names both a date and an amount field ("Due": the due date, or the amount
 * due?), the column's own cells decide. Only then: report rows put labels in date columns (Xero's
 * contact headings sit under "Date"), so the cells are no evidence against a name that is not in doubt.
 */
function weighByContent(candidates: HeaderMatch[], samples: readonly (readonly unknown[])[]): void {
  const kindsAt = new Map<number, Set<string>>();
  for (const c of candidates) {
    const kind = DATE_FIELDS.has(c.field) ? "date" : AMOUNT_FIELDS.has(c.field) ? "amount" : "other";
    kindsAt.set(c.column, (kindsAt.get(c.column) ?? new Set()).add(kind));
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const kinds = kindsAt.get(c.column)!;
    if (kinds.has("date") && kinds.has("amount")) {
      candidates[i] = { ...c, score: c.score * contentFactor(c.field, c.column, samples) };
    }
  }
  for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].score < MIN_HEADER_SCORE) candidates.splice(i, 1);
}

/**
 * Scores a header row: which column names which field, how sure each match is, and which fields
 * two columns compete for. Each field goes to its best column, each column to one field, the
 * surest matches first. `samples` (the first data rows) decide a header that names both a date
 * and an amount.
 *
 * @example
 * scoreHeaders(["invoiceNumber", "customerName", "DueDate", "amount"]).mapping //=> { invoiceNo: 0, customer: 1, dueDate: 2, amount: 3 }
 */
export function scoreHeaders(
  row: readonly unknown[],
  samples: readonly (readonly unknown[])[] = [],
  synonyms: readonly Synonym[] = BUILT_IN,
): HeaderScoring {
  const candidates: HeaderMatch[] = [];
  row.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const key = headerKey(cell);
    for (const field of LEDGER_FIELDS) {
      const score = scoreKey(key, field, synonyms);
      if (score >= MIN_HEADER_SCORE) candidates.push({ field, column, header: cell, score });
    }
  });
  if (samples.length > 0) weighByContent(candidates, samples);
  // Surest first; on a tie the left-most column, as a reader scanning the header would.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: LedgerMapping = {};
  const taken = new Set<number>();
  const matches: HeaderMatch[] = [];
  for (const candidate of candidates) {
    if (mapping[candidate.field] !== undefined || taken.has(candidate.column)) continue;
    mapping[candidate.field] = candidate.column;
    taken.add(candidate.column);
    matches.push(candidate);
  }
  const competing: HeaderCompetition[] = [];
  for (const match of matches) {
    const rivals = candidates.filter(
      (c) =>
        c.field === match.field &&
        c.column !== match.column &&
        c.score >= match.score - COMPETING_MARGIN &&
        // A column another field claims as surely is not a rival ("Balance due" is the open amount).
        !matches.some((m) => m.column === c.column && m.score >= c.score),
    );
    if (rivals.length > 0) competing.push({ field: match.field, columns: [match.column, ...rivals.map((r) => r.column)] });
  }
  matches.sort((a, b) => a.column - b.column);
  return { mapping, matches, competing };
}
