import { aging, ageBucket, daysOverdue, ecl } from "../../../src/functions/aging";
import { cashRatio, concentration, creditUse, reviewFlag, wcr } from "../../../src/functions/metrics";
import { dueDate } from "../../../src/functions/terms";
import { dunningLevel, nextAction } from "../../../src/functions/dunning";
import { discountApr, factorAdvance, factorApr, factorFee, factorRebate, insuranceClaim } from "../../../src/functions/financing";
import { cashForecast } from "../../../src/functions/forecast";
import { lateInterest, paymentPlan } from "../../../src/functions/financing";
import { add, avgDaysLate, bpdso, ccc, cei, daysToPay, dso, dsoCountback, turnover } from "../../../src/functions/metrics";
import { riskGrade, riskScore } from "../../../src/functions/risk";

/* The hostile corpus as data: which AR.* function, its arguments exactly as Excel hands them
   (any[][] parameters as matrices, `any` ones as plain values, omitted optionals as null), and what
   the spec says must come back. Expectations come from docs/spec (functions.md) and hand
   arithmetic written beside each case, never from running the code. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => unknown;

/** Every AR.* function by its Excel name (32). */
export const AR: Record<string, AnyFn> = {
  DAYSOVERDUE: daysOverdue,
  AGEBUCKET: ageBucket,
  AGING: aging,
  ECL: ecl,
  DUEDATE: dueDate,
  DSO: dso,
  DSOCOUNTBACK: dsoCountback,
  BPDSO: bpdso,
  ADD: add,
  CEI: cei,
  TURNOVER: turnover,
  DAYSTOPAY: daysToPay,
  AVGDAYSLATE: avgDaysLate,
  CCC: ccc,
  WCR: wcr,
  CASHRATIO: cashRatio,
  CONCENTRATION: concentration,
  CREDITUSE: creditUse,
  REVIEWFLAG: reviewFlag,
  DUNNINGLEVEL: dunningLevel,
  NEXTACTION: nextAction,
  RISKSCORE: riskScore,
  RISKGRADE: riskGrade,
  CASHFORECAST: cashForecast,
  FACTORADVANCE: factorAdvance,
  FACTORFEE: factorFee,
  FACTORREBATE: factorRebate,
  FACTORAPR: factorApr,
  DISCOUNTAPR: discountApr,
  LATEINTEREST: lateInterest,
  INSURANCECLAIM: insuranceClaim,
  PAYMENTPLAN: paymentPlan,
};

/** An expected error cell: its code, and (for #VALUE!/#N/A, which carry one) a message pattern. */
export interface ErrorExpect {
  error: "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#REF!" | "#NAME?" | "#NULL!";
  message?: RegExp;
}

export type Expect = { value: unknown } | ErrorExpect | { spill: unknown[][] };

export interface Case {
  /** What the case is about, shown in the test name. */
  why: string;
  fn: keyof typeof AR | string;
  args: unknown[];
  expect: Expect;
  /** Pick one cell of a spilled answer (row, column) before comparing. */
  at?: [number, number];
  /** Run in a 1904 workbook. */
  system?: 1904;
}

/** One cell as a 1×1 range, as Excel passes a single-cell reference to an any[][] parameter. */
export const m = (value: unknown): unknown[][] => [[value]];
/** A column range. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** An error cell as the runtime hands it in. */
export const errCell = (code: string): CustomFunctions.Error => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
/** An expected error cell inside a spill. */
export const e = (error: ErrorExpect["error"], message?: RegExp): ErrorExpect => ({ error, message });

// Serials (1900 system), by hand: 2025-01-01 = 45658 (Excel's DATE(2025,1,1)); 2025-06-30 = 45658
// + 180 = 45838; 2025-05-23 = 45838 − 38 = 45800.
export const AS_OF = 45838;
export const DUE = 45800;
export const ago = (days: number): number => AS_OF - days;

/** A 10,000-character string. */
export const LONG = "x".repeat(10_000);
