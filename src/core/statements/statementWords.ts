import { bucketLabels } from "../aging/agingBuckets";
import { formatIsoDate, type DateSystem } from "../dates/excelSerial";
import type { Language } from "../language";
import { formatLetterDate } from "../letters/formatLetterDate";
import { messageText } from "../messages/message";
import { formatMoney } from "../money/formatMoney";
import { STATEMENT_MESSAGES as M } from "./statementMessages";
import type { Statement, StatementCurrency, StatementLine } from "./statementTypes";

/** How a statement is written: the reader's language and the workbook's date system. */
export interface StatementWriting {
  readonly language: Language;
  /** @default 1900 */
  readonly dateSystem?: DateSystem;
}

/*
 * The pieces the text and the sheet grid share, so both say the same thing: dates of items as
 * yyyy-mm-dd (the same in both languages, sortable), the as-of date as a letter writes it, amounts
 * as numbers in the currency's digits (the currency is named in the section's heading).
 */

export function say(language: Language, message: Parameters<typeof messageText>[0]): string {
  return messageText(message, language);
}

export function itemDate(serial: number | null, w: StatementWriting): string {
  return serial === null ? "" : formatIsoDate(serial, w.dateSystem ?? 1900);
}

export function asOfLine(statement: Statement, w: StatementWriting): string {
  return say(w.language, M.asOf({ date: formatLetterDate(statement.asOfSerial, w.language, w.dateSystem ?? 1900) }));
}

export function amount(cents: number, currency: string, w: StatementWriting): string {
  return formatMoney(cents, currency, w.language, { display: "number" });
}

export function currencyHeading(section: StatementCurrency, w: StatementWriting): string {
  return say(w.language, section.currency === "" ? M.noCurrency() : M.currency({ currency: section.currency }));
}

/** "Credit note", "Disputed" or nothing: what a line's note column says. */
export function lineNote(line: StatementLine, w: StatementWriting): string {
  if (line.kind === "credit") return say(w.language, M.creditNote());
  if (line.kind === "disputed") return say(w.language, M.disputed());
  return "";
}

/** The aging footer as label/amount pairs: the buckets, then Disputed and Credit notes. */
export function agingPairs(statement: Statement, section: StatementCurrency, w: StatementWriting): [string, string][] {
  const labels = bucketLabels(statement.edges, w.language);
  return [
    ...section.aging.buckets.map((cents, i): [string, string] => [labels[i], amount(cents, section.currency, w)]),
    [say(w.language, M.disputed()), amount(section.aging.disputedCents, section.currency, w)],
    [say(w.language, M.credits()), amount(section.aging.creditCents, section.currency, w)],
  ];
}
