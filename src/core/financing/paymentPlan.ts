import Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { addMonthsSerial } from "../dates/calendarSteps";
import { isDateSerial, type DateSystem } from "../dates/excelSerial";
import { centsToMoney, Money } from "../money/money";
import { amountToCents, type Amount } from "../metrics/sumAmounts";
import { checkRate } from "./checkRate";
import { FINANCING_MESSAGES as M } from "../messages/financingMessages";
import { DATES_MESSAGES } from "../messages/datesMessages";

/** One installment. Money fields are exact 2-decimal Decimals (from integer cents). */
export interface PaymentPlanRow {
  readonly no: number;
  readonly dueSerial: number;
  readonly payment: Decimal;
  readonly interest: Decimal;
  readonly principal: Decimal;
  readonly balance: Decimal;
}

/** A longer plan is almost surely a typo (100 years of monthly installments) and would flood the sheet. */
export const MAX_INSTALLMENTS = 1200;

/**
 * An installment schedule. Rate 0: equal payments in whole cents (the amount's cents divided down),
 * the last absorbing the remainder so the payments sum exactly to the amount. Rate > 0: the annuity
 * payment P·r / (1 − (1+r)^−n) at r = annual_rate × interval_months / 12, rounded to the cent; each
 * period's interest is rounded to the cent and principal = payment − interest; the last payment is
 * the remaining balance plus its interest, so the balance ends at exactly 0. Due dates step whole
 * months from the FIRST date each time (Jan 31 → Feb 28/29 → Mar 31), never chained, so one short
 * month does not pull every later date back.
 *
 * @param amount - the amount to spread, e.g. 10000
 * @param installments - number of payments, 1 to 1200
 * @param firstDateSerial - the first due date
 * @param intervalMonths - months between payments, default 1
 * @param annualRate - nominal annual rate as a fraction, default 0
 * @param system - the workbook's date system, default 1900
 * @returns one row per installment
 *
 * @example
 * paymentPlan(1000, 3, 45688, 1, 0.12)[0].payment //=> Decimal(340.02)
 */
export function paymentPlan(
  amount: Amount,
  installments: number,
  firstDateSerial: number,
  intervalMonths = 1,
  annualRate: number | Decimal = 0,
  system: DateSystem = 1900,
): Result<PaymentPlanRow[]> {
  const amountCents = amountToCents(amount, "amount");
  if (isFailure(amountCents)) return amountCents;
  if (amountCents <= 0) return fail("outOfRange", M.planAmount({ value: String(amountCents / 100) }));
  if (!Number.isInteger(installments) || installments < 1 || installments > MAX_INSTALLMENTS) {
    return fail("outOfRange", M.installments({ max: MAX_INSTALLMENTS, value: String(installments) }));
  }
  if (!Number.isInteger(intervalMonths) || intervalMonths < 1) {
    return fail("outOfRange", M.intervalMonths({ value: String(intervalMonths) }));
  }
  const rate = checkRate(annualRate, { name: "annual_rate", example: "0.12" });
  if (isFailure(rate)) return rate;
  const first = Math.floor(firstDateSerial);
  if (!isDateSerial(first, system))
    return fail(
      "outOfRange",
      DATES_MESSAGES.notDateSerialInSystem({ name: "first_date", value: String(firstDateSerial), system }),
    );

  const dueDates: number[] = [];
  for (let k = 0; k < installments; k++) {
    const due = addMonthsSerial(first, k * intervalMonths, system);
    if (!isDateSerial(due, system)) return fail("outOfRange", M.installmentAfterMaxDate({ installment: k + 1 }));
    dueDates.push(due);
  }
  const periodRate = rate.times(intervalMonths).dividedBy(12);
  const rows = periodRate.isZero()
    ? equalPayments(amountCents, installments)
    : annuityPayments(amountCents, installments, periodRate);
  return rows.map((row, k) => ({
    no: k + 1,
    dueSerial: dueDates[k],
    payment: centsToMoney(row.payment),
    interest: centsToMoney(row.interest),
    principal: centsToMoney(row.principal),
    balance: centsToMoney(row.balance),
  }));
}

interface CentsRow {
  payment: number;
  interest: number;
  principal: number;
  balance: number;
}

function equalPayments(amountCents: number, installments: number): CentsRow[] {
  // Floor, not round: the last payment then carries the remainder and can never go negative.
  const each = Math.floor(amountCents / installments);
  const rows: CentsRow[] = [];
  let balance = amountCents;
  for (let k = 0; k < installments; k++) {
    const payment = k === installments - 1 ? balance : each;
    balance -= payment;
    rows.push({ payment, interest: 0, principal: payment, balance });
  }
  return rows;
}

function annuityPayments(amountCents: number, installments: number, periodRate: Decimal): CentsRow[] {
  const growth = periodRate.plus(1);
  const annuity = new Money(amountCents)
    .times(periodRate)
    .dividedBy(new Money(1).minus(growth.pow(-installments)))
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber();
  const rows: CentsRow[] = [];
  let balance = amountCents;
  for (let k = 0; k < installments; k++) {
    const interest = periodRate.times(balance).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
    const last = k === installments - 1;
    const payment = last ? balance + interest : annuity;
    const principal = payment - interest;
    balance -= principal;
    rows.push({ payment, interest, principal, balance });
  }
  return rows;
}
