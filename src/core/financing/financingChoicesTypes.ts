import type Decimal from "decimal.js";
import type { DateSystem } from "../dates/excelSerial";

/** Factoring terms: the share advanced and the fee per started period. */
export interface FactoringTerms {
  /** Fraction advanced, in (0, 1], e.g. 0.8. */
  readonly advanceRate: number | Decimal;
  /** Fee per period as a fraction of the invoice, e.g. 0.02. */
  readonly feeRate: number | Decimal;
  /** Days per fee period. @default 30 */
  readonly periodDays?: number;
}

/** Credit-insurance terms. */
export interface InsuranceTerms {
  /** Premium as a fraction of the insured turnover, e.g. 0.003. */
  readonly premiumRate: number | Decimal;
  /** Fraction of a loss the policy pays. @default 0.9 */
  readonly indemnityRate?: number | Decimal;
  /** Turnover the premium is charged on, in cents. @default the selection's amount */
  readonly insuredTurnoverCents?: number;
  /** Amount that may be lost, in cents. @default the selection's amount */
  readonly atRiskCents?: number;
  /** First loss the insured bears, in cents. @default 0 */
  readonly deductibleCents?: number;
  /**
   * Days after the due date before the policy pays a claim (its waiting period): the claim date is
   * max(as-of, due + waiting period). @default the customer's expected payment date
   */
  readonly waitingDays?: number;
}

/** The selection to finance (one currency) and the terms of each choice to compare. */
export interface FinancingInput {
  /** Open total of the selected invoices in cents; must be positive. */
  readonly amountCents: number;
  readonly asOf: number;
  /** Due date of the selection (serial). */
  readonly dueSerial: number;
  /** The customer's payment habit in days, unrounded (applied as whole days, half away from zero). */
  readonly habitDays: number;
  /** The workbook's date system, for DATE(y,m,d) in the formulas. @default 1900 */
  readonly dateSystem?: DateSystem;
  readonly factoring?: FactoringTerms;
  /** Early-payment discount terms text, e.g. `2/10 net 30`. */
  readonly discountTerms?: string;
  readonly insurance?: InsuranceTerms;
}

export type FinancingChoiceKind = "factoring" | "discount" | "insurance" | "wait";

/** The AR.* (or plain Excel) formula that reproduces each figure, self-contained (literal arguments). */
export interface FinancingFormulas {
  readonly cashNow: string;
  readonly cost: string;
  /** null when the choice has no financing rate (insurance, waiting). */
  readonly apr: string | null;
  readonly ear?: string;
  readonly expectedDate: string;
  /** Factoring: the reserve released when the customer pays. */
  readonly rebate?: string;
}

/** One row of the Financing table. */
export interface FinancingChoice {
  readonly choice: FinancingChoiceKind;
  /**
   * The cash the choice brings, in cents: the advance (factoring, on as-of), the discounted payment
   * (discount, by the end of the discount window), the indemnity the policy pays if the at-risk
   * amount is lost (insurance), the whole amount (waiting, on the expected date).
   */
  readonly cashNowCents: number;
  readonly costCents: number;
  /** Annual rate as a fraction, unrounded; null when there is none (insurance, waiting) or it is undefined (factoring collected today). */
  readonly apr: number | null;
  /** Compounded annual rate (discount). */
  readonly ear?: number;
  /** When cashNowCents is in hand (serial). */
  readonly expectedDateSerial: number;
  /** Factoring: reserve released when the customer pays (amount − advance − fee), in cents. */
  readonly rebateCents?: number;
  readonly formulas: FinancingFormulas;
}

export interface FinancingTable {
  readonly amountCents: number;
  /** The habit as applied, in whole days. */
  readonly habitWholeDays: number;
  /** When the customer is expected to pay: max(as-of, due + habit). */
  readonly expectedSerial: number;
  /** expectedSerial − as-of. */
  readonly daysToCollect: number;
  /** Factoring, discount, insurance (those whose terms were given), then waiting. */
  readonly choices: FinancingChoice[];
}
