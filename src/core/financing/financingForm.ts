import Decimal from "decimal.js";
import { Money } from "../money/money";

/** The Financing pane's fields, as typed (rates in percent). */
export interface FinancingForm {
  readonly advance: string;
  readonly fee: string;
  readonly periodDays: string;
  /** Oldest an invoice may be overdue, in days, for the factor to buy it (0: current invoices only). */
  readonly factorMaxOverdue: string;
  readonly discount: string;
  readonly premium: string;
  readonly indemnity: string;
  /** Days after the due date before the insurer pays a claim. */
  readonly waitingDays: string;
  /** Oldest an overdue debt may be, in days, and still be covered by the policy. */
  readonly coverDays: string;
}

export type FinancingField = Exclude<keyof FinancingForm, "discount">;

/** The form read: rates as fractions, days as whole numbers, the discount terms as typed. */
export interface FinancingTermsRead {
  readonly advanceRate: Decimal;
  readonly feeRate: Decimal;
  readonly periodDays: number;
  readonly factorMaxOverdue: number;
  readonly discountTerms: string;
  readonly premiumRate: Decimal;
  readonly indemnityRate: Decimal;
  readonly waitingDays: number;
  readonly coverDays: number;
}

/**
 * What is wrong with one field, for the pane to say in that field's own label: not a number it
 * can read, or outside its range (percent fields in percent, day fields in whole days).
 */
export type FinancingFieldProblem =
  | { readonly field: FinancingField; readonly problem: "notANumber"; readonly text: string }
  | { readonly field: FinancingField; readonly problem: "percentRange"; readonly text: string; readonly zeroAllowed: boolean }
  | { readonly field: FinancingField; readonly problem: "wholeDays"; readonly text: string; readonly min: number };

/** Plain decimal notation only: "12", "12.", ".5", "-5"; never "1e9", "12abc" or "". */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** The text as a number, or null when it is not one in plain notation (full-width digits read as ASCII). */
function number(text: string): Decimal | null {
  const t = text.trim().replace(/[\uff10-\uff19\uff0e\uff0b\uff0d]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return PLAIN_NUMBER.test(t) ? new Money(t) : null;
}

type RateField = "advance" | "fee" | "premium" | "indemnity";
type DaysField = Exclude<FinancingField, RateField>;

/**
 * Reads the Financing form, refusing what it cannot read rather than changing it: "1e9", "abc",
 * "80%" and "" are not numbers; "-5" is out of range, not 5; "12." is 12. Rates are percentages in
 * [0, 100] (the advance rate above 0, since advancing nothing is no financing); days are whole.
 * The first field in form order that is wrong is the one reported.
 *
 * @example
 * readFinancingForm({ ...form, advance: "150" }) //=> { field: "advance", problem: "percentRange", text: "150", zeroAllowed: false }
 */
export function readFinancingForm(form: FinancingForm): FinancingTermsRead | FinancingFieldProblem {
  const rate = (field: RateField): Decimal | FinancingFieldProblem => {
    const text = form[field];
    const value = number(text);
    if (value === null) return { field, problem: "notANumber", text };
    const zeroAllowed = field !== "advance";
    if ((zeroAllowed ? value.lt(0) : value.lte(0)) || value.gt(100)) return { field, problem: "percentRange", text, zeroAllowed };
    return value.dividedBy(100);
  };
  const days = (field: DaysField): number | FinancingFieldProblem => {
    const text = form[field];
    const value = number(text);
    if (value === null) return { field, problem: "notANumber", text };
    const min = field === "periodDays" ? 1 : 0;
    if (!value.isInteger() || value.lt(min) || value.gt(MAX_DAYS)) return { field, problem: "wholeDays", text, min };
    return value.toNumber();
  };
  // In form order, so the first wrong field on screen is the one reported.
  const advanceRate = rate("advance");
  if (isProblem(advanceRate)) return advanceRate;
  const feeRate = rate("fee");
  if (isProblem(feeRate)) return feeRate;
  const periodDays = days("periodDays");
  if (isProblem(periodDays)) return periodDays;
  const factorMaxOverdue = days("factorMaxOverdue");
  if (isProblem(factorMaxOverdue)) return factorMaxOverdue;
  const premiumRate = rate("premium");
  if (isProblem(premiumRate)) return premiumRate;
  const indemnityRate = rate("indemnity");
  if (isProblem(indemnityRate)) return indemnityRate;
  const waitingDays = days("waitingDays");
  if (isProblem(waitingDays)) return waitingDays;
  const coverDays = days("coverDays");
  if (isProblem(coverDays)) return coverDays;
  return {
    advanceRate,
    feeRate,
    periodDays,
    factorMaxOverdue,
    discountTerms: form.discount,
    premiumRate,
    indemnityRate,
    waitingDays,
    coverDays,
  };
}

/** A hundred years of days: more is a typing slip, not a term. */
const MAX_DAYS = 36_500;

function isProblem<T>(value: T | FinancingFieldProblem): value is FinancingFieldProblem {
  return typeof value === "object" && value !== null && "problem" in value;
}

/** True when the read is a problem with a field rather than the terms. */
export function isFieldProblem(read: FinancingTermsRead | FinancingFieldProblem): read is FinancingFieldProblem {
  return isProblem(read);
}
