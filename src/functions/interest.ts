import { fail, isFailure, quote, type Result } from "../core/failure";
import { lateInterest as lateInterestCore, type RateBasis, type RatePeriod } from "../core/financing/lateInterest";
import { paymentPlan as paymentPlanCore } from "../core/financing/paymentPlan";
import { aggregate, elementwise, getDateSystem, lastResult, readTableRows, toMatrix, type ArgSpec } from "./convert";

/* Interest on overdue invoices and installment plans. Money is exact to the cent; plan dates are
   serials in the workbook's date system. */

const RATE_TABLE_COLUMNS: readonly ArgSpec[] = [
  { name: "effective_from", kind: "date" },
  { name: "rate", kind: "rate" },
];

/** A rate table `effective_from | annual rate`, read once per call. */
const rateTableOf = lastResult((table: unknown[][]): Result<RatePeriod[]> => {
  const rows = readTableRows(table, RATE_TABLE_COLUMNS);
  return isFailure(rows) ? rows : rows.map(([from, rate]) => ({ effectiveFrom: from as number, annualRate: rate as number }));
});

function basisOf(text: string | null): Result<RateBasis> {
  const basis = (text ?? "annual").toLowerCase();
  return basis === "annual" || basis === "daily"
    ? basis
    : fail("outOfRange", `rate_basis must be "annual" or "daily"; got ${quote(text ?? "")}`);
}

const LEAD_ARGS = [
  { name: "amount", kind: "amount" },
  { name: "due_date", kind: "date" },
  { name: "as_of", kind: "date" },
] as const;
const TAIL_ARGS = [
  { name: "rate_basis", kind: "text", optional: true },
  { name: "day_count", kind: "number", optional: true },
  { name: "fixed_fee", kind: "amount", optional: true },
] as const;

const LATE_INTEREST_FLAT = elementwise(
  [...LEAD_ARGS, { name: "rate", kind: "rate" }, ...TAIL_ARGS] as const,
  (amount, due, asOf, rate, basis, dayCount, fee) => {
    const rateBasis = basisOf(basis);
    return isFailure(rateBasis)
      ? rateBasis
      : lateInterestCore(amount, due, asOf, rate, rateBasis, (dayCount ?? 365) as 365 | 360, fee ?? 0);
  },
);

const LATE_INTEREST_TABLE = elementwise(
  [...LEAD_ARGS, { name: "rate", kind: "table" }, ...TAIL_ARGS] as const,
  (amount, due, asOf, table, basis, dayCount, fee) => {
    const rateBasis = basisOf(basis);
    const periods = rateTableOf(table);
    if (isFailure(rateBasis)) return rateBasis;
    return isFailure(periods)
      ? periods
      : lateInterestCore(amount, due, asOf, periods, rateBasis, (dayCount ?? 365) as 365 | 360, fee ?? 0);
  },
);

/** A two-column rate range is a rate table, unless it is one rate per amount (the same shape as amount). */
function isRateTable(rate: unknown, amount: unknown): boolean {
  const m = toMatrix(rate);
  const lead = toMatrix(amount);
  const sameShape = m.length === lead.length && m[0].length === lead[0].length;
  return m[0].length === 2 && !sameShape;
}

/**
 * Simple late-payment interest on each overdue amount for the days past due (from the day after the due date to as_of), plus a fixed fee once any day has run. Annual basis: amount × rate × days / day_count; daily basis: amount × rate × days. To the cent. Spills one result per amount.
 * @customfunction LATEINTEREST
 * @helpurl https://ar-credit-desk.example.com/help.html#lateinterest
 * @param amount Overdue amount(s) in the currency, e.g. 10000, or a column of them.
 * @param due_date Due date(s), e.g. 2025-01-31; one cell or one per amount.
 * @param as_of The date interest runs to, e.g. 2025-03-02; one cell or one per amount.
 * @param rate Interest rate as a fraction, e.g. 0.1215 a year or 0.0005 a day; or a two-column range effective_from | annual rate for rates that change (e.g. EU reference rate + 8 points each half-year).
 * @param [rate_basis] "annual" (default) or "daily".
 * @param [day_count] Days in the interest year for the annual basis: 365 (default) or 360.
 * @param [fixed_fee] A fixed compensation added once the invoice is late, e.g. 40 under the EU late-payment directive; default 0.
 * @returns Money, e.g. 99.86 for 10,000 at 12.15% a year over 30 days.
 */
export function lateInterest(
  amount: any[][],
  due_date: any[][],
  as_of: any[][],
  rate: any[][],
  rate_basis?: any,
  day_count?: any,
  fixed_fee?: any,
): any[][] {
  const compute = isRateTable(rate, amount) ? LATE_INTEREST_TABLE : LATE_INTEREST_FLAT;
  return compute(amount, due_date, as_of, rate, rate_basis, day_count, fixed_fee);
}

const PLAN_HEADER = ["No", "Due date", "Payment", "Interest", "Principal", "Balance"];

const PAYMENT_PLAN = aggregate(
  [
    { name: "amount", kind: "amount" },
    { name: "installments", kind: "number" },
    { name: "first_date", kind: "date" },
    { name: "interval_months", kind: "number", optional: true },
    { name: "annual_rate", kind: "rate", optional: true },
  ] as const,
  (amount, installments, first, interval, rate) => {
    const plan = paymentPlanCore(amount, installments, first, interval ?? undefined, rate ?? undefined, getDateSystem());
    if (isFailure(plan)) return plan;
    const rows = plan.map((row) => [
      row.no,
      row.dueSerial,
      row.payment.toNumber(),
      row.interest.toNumber(),
      row.principal.toNumber(),
      row.balance.toNumber(),
    ]);
    return [PLAN_HEADER, ...rows];
  },
  { spill: true },
);

/**
 * An installment plan to spill: a header row (No, Due date, Payment, Interest, Principal, Balance) and one row per installment. Without interest the payments are equal to the cent, the last one absorbing the rounding; with interest they are annuity payments and the last one clears the balance exactly.
 * @customfunction PAYMENTPLAN
 * @helpurl https://ar-credit-desk.example.com/help.html#paymentplan
 * @param amount The amount to spread in the currency, e.g. 10000.
 * @param installments Number of payments, a whole number from 1 to 1200, e.g. 12.
 * @param first_date Due date of the first payment, e.g. 2025-01-31; later ones step whole months (Jan 31 → Feb 28 → Mar 31).
 * @param [interval_months] Months between payments, e.g. 1 (the default) or 3 for quarterly.
 * @param [annual_rate] Nominal annual interest rate as a fraction, e.g. 0.12; default 0.
 * @returns A table; e.g. 1000 in 3 monthly payments at 12% gives payments 340.02, 340.02 and 340.03 (interest 10.00, 6.70, 3.37).
 */
export function paymentPlan(amount: any, installments: any, first_date: any, interval_months?: any, annual_rate?: any): any[][] {
  return PAYMENT_PLAN(amount, installments, first_date, interval_months, annual_rate) as any[][];
}
