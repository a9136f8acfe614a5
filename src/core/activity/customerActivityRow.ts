import type { DateSystem } from "../dates/excelSerial";
import { parseDate } from "../dates/parseDate";
import { isFailure } from "../failure";
import type { Language } from "../language";
import { messageText } from "../messages/message";
import { currencyCode } from "../money/currencyCode";
import { toCents } from "../money/money";
import { parseAmount } from "../money/parseAmount";
import { ACTIVITY_LOG_WORDS as W } from "./activityLogWords";
import type { NewActivityRow } from "./activityTypes";

/** What a customer card's "Log…" form records: a promise, a dispute, a dispute's release, a note. */
export type CustomerLogKind = "promise" | "dispute" | "release" | "note";

/** The form as typed (texts as the fields hold them). */
export interface CustomerLogForm {
  readonly kind: CustomerLogKind;
  readonly currency: string;
  readonly invoice: string;
  /** A promise's amount: `1,250.00`, `$1,250.00`, `1250`… */
  readonly amount: string;
  /** A promise's date: `yyyy-mm-dd` (a date input's value) or any date text parseDate reads. */
  readonly dueBy: string;
  readonly reason: string;
}

export type CustomerLogField = "currency" | "invoice" | "amount" | "dueBy" | "reason";

/** Why a field is refused: blank where required, not an amount, not above zero, not a date, before as-of. */
export type CustomerLogProblem = "required" | "notAmount" | "notPositive" | "notDate" | "beforeAsOf";

export type CustomerLogResult =
  { readonly row: NewActivityRow } | { readonly problems: Readonly<Partial<Record<CustomerLogField, CustomerLogProblem>>> };

/** What the form's row needs besides the fields. */
export interface CustomerLogContext {
  /** The customer's name as the scan grouped it. */
  readonly customer: string;
  /** The row's date: the scan's as-of (lead's decision: a rescan with the same as-of sees it). */
  readonly asOf: number;
  readonly dateSystem: DateSystem;
  /** The register's language: the released marker is written in it. */
  readonly language: Language;
  /** Whether the ledger names currencies; when it does not, a promise may leave the currency blank. */
  readonly currencyRequired: boolean;
}

/**
 * The register row a customer card's form stands for, or the fields it refuses and why: a
 * refused form never logs. A promise needs an amount above zero, a currency (when the ledger has
 * them) and a due-by date on or after as-of (a promise to pay by a day already past is a typing
 * slip, not a promise); a dispute needs the invoice it holds; a release writes a `dispute` row
 * whose reason starts "Released" (zh 已解除), which the scan reads as the release of the invoice
 * named, or of every held invoice of the customer when none is; a note needs its text.
 *
 * @example
 * customerActivityRow({ kind: "promise", currency: "usd", invoice: "", amount: "1,250.00", dueBy: "2025-07-10", reason: "" },
 *   { customer: "Acme", asOf: 45838, dateSystem: 1900, language: "en", currencyRequired: true })
 * //=> { row: { date: 45838, customer: "Acme", kind: "promise", currency: "USD", amountCents: 125000, dueBy: 45848 } }
 */
export function customerActivityRow(form: CustomerLogForm, context: CustomerLogContext): CustomerLogResult {
  const problems: Partial<Record<CustomerLogField, CustomerLogProblem>> = {};
  const currency = currencyCode(form.currency);
  const invoice = form.invoice.trim();
  const reason = form.reason.trim();
  const base = { date: context.asOf, customer: context.customer };
  const withText = (row: NewActivityRow): NewActivityRow => ({
    ...row,
    ...(currency ? { currency } : {}),
    ...(invoice ? { invoice } : {}),
  });
  switch (form.kind) {
    case "promise": {
      if (currency === "" && context.currencyRequired) problems.currency = "required";
      const amountCents = promiseAmount(form.amount, problems);
      const dueBy = promiseDate(form.dueBy, context, problems);
      if (Object.keys(problems).length > 0 || amountCents === undefined || dueBy === undefined) return { problems };
      return { row: withText({ ...base, kind: "promise", amountCents, dueBy, ...(reason ? { reason } : {}) }) };
    }
    case "dispute":
      if (invoice === "") return { problems: { invoice: "required" } };
      return { row: withText({ ...base, kind: "dispute", ...(reason ? { reason } : {}) }) };
    case "release":
      return { row: withText({ ...base, kind: "dispute", reason: messageText(W.released({ reason }), context.language) }) };
    case "note":
      if (reason === "") return { problems: { reason: "required" } };
      return { row: withText({ ...base, kind: "note", reason }) };
  }
}

function promiseAmount(text: string, problems: Partial<Record<CustomerLogField, CustomerLogProblem>>): number | undefined {
  const amount = parseAmount(text.trim(), "amount");
  if (amount === null) problems.amount = "required";
  else if (isFailure(amount)) problems.amount = "notAmount";
  else {
    const cents = toCents(amount.toNumber());
    if (cents > 0) return cents;
    problems.amount = "notPositive";
  }
  return undefined;
}

function promiseDate(
  text: string,
  context: CustomerLogContext,
  problems: Partial<Record<CustomerLogField, CustomerLogProblem>>,
): number | undefined {
  const serial = parseDate(text.trim(), context.dateSystem, "dueBy");
  if (serial === null) problems.dueBy = "required";
  else if (isFailure(serial)) problems.dueBy = "notDate";
  else if (serial < context.asOf) problems.dueBy = "beforeAsOf";
  else return serial;
  return undefined;
}
