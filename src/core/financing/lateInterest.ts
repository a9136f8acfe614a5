import Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { Money, moneyToNumber } from "../money/money";
import type { Amount } from "../metrics/sumAmounts";
import { checkRate, type RateRule } from "./checkRate";
import { FINANCING_MESSAGES as M } from "../messages/financingMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/** One row of a rate table: the annual rate in force from `effectiveFrom` (a serial) on. */
export interface RatePeriod {
  readonly effectiveFrom: number;
  readonly annualRate: number | Decimal;
}

export type RateBasis = "annual" | "daily";

const ANNUAL_RULE: RateRule = { name: "rate", example: "0.105" };
const DAILY_RULE: RateRule = { name: "rate", example: "0.0005" };

/**
 * Simple late-payment interest. Interest runs from the day after the due date, so days = as_of −
 * due. Annual basis: amount × rate × days / day_count; daily basis: amount × rate × days (e.g.
 * 0.0005 a day in Chinese contracts). A rate table (statutory rates reset each half-year: EU
 * reference rate + 8 points, UK base + 8%) accrues each day at the rate in force that day. The
 * fixed fee (e.g. €40 under Directive 2011/7/EU, art. 6) is added once any day has run. Exact
 * decimal arithmetic, rounded to the cent once at the end. A credit note (amount ≤ 0) accrues nothing.
 *
 * @param amount - the overdue amount, e.g. 10000
 * @param dueSerial - the due date serial
 * @param asOfSerial - the date interest is computed to
 * @param rate - a rate, or a table of { effectiveFrom, annualRate } rows
 * @param basis - `annual` (default) or `daily`
 * @param dayCount - 365 (default) or 360, for the annual basis
 * @param fixedFee - a fixed compensation added when days > 0, default 0
 * @returns money, to the cent
 *
 * @example
 * lateInterest(10000, 45688, 45718, 0.1215) //=> 99.86
 */
export function lateInterest(
  amount: Amount,
  dueSerial: number,
  asOfSerial: number,
  rate: number | Decimal | ReadonlyArray<RatePeriod>,
  basis: RateBasis = "annual",
  dayCount: 365 | 360 = 365,
  fixedFee: Amount = 0,
): Result<number> {
  if (basis !== "annual" && basis !== "daily") return fail("outOfRange", M.rateBasis({ value: String(basis) }));
  if (dayCount !== 365 && dayCount !== 360) return fail("outOfRange", M.dayCount({ value: String(dayCount) }));
  const principal = new Money(amount);
  const fee = new Money(fixedFee);
  if (!principal.isFinite() || !fee.isFinite()) return fail("unreadable", M.interestNotFinite());
  if (fee.isNegative())
    return fail("outOfRange", NUMBER_MESSAGES.zeroOrMoreExample({ name: "fixed_fee", example: "40", value: fee.toString() }));
  if (!Number.isFinite(dueSerial) || !Number.isFinite(asOfSerial)) return fail("unreadable", M.interestDates());

  const firstDay = Math.floor(dueSerial) + 1;
  const lastDay = Math.floor(asOfSerial);
  const perYear = basis === "annual" ? dayCount : 1;
  let rateDays: Result<Decimal>;
  if (Array.isArray(rate)) {
    if (basis !== "annual") return fail("outOfRange", M.rateTableDaily());
    rateDays = rateDaysFromTable(rate as ReadonlyArray<RatePeriod>, firstDay, lastDay);
  } else {
    const flat = checkRate(rate as number | Decimal, basis === "annual" ? ANNUAL_RULE : DAILY_RULE);
    rateDays = isFailure(flat) ? flat : flat.times(Math.max(0, lastDay - firstDay + 1));
  }
  if (isFailure(rateDays)) return rateDays;
  if (lastDay < firstDay || principal.lte(0)) return 0;
  return moneyToNumber(principal.times(rateDays).dividedBy(perYear).plus(fee));
}

/**
 * Σ rate × days over [firstDay, lastDay], each day at the last row with effectiveFrom ≤ that day.
 * Works segment by segment, so a two-year claim costs one step per rate row, not one per day.
 */
function rateDaysFromTable(table: ReadonlyArray<RatePeriod>, firstDay: number, lastDay: number): Result<Decimal> {
  if (table.length === 0) return fail("missing", M.rateTableEmpty());
  const rows: { from: number; rate: Decimal }[] = [];
  for (const row of table) {
    if (!Number.isFinite(row.effectiveFrom)) return fail("unreadable", M.rateTableDate());
    const checked = checkRate(row.annualRate, ANNUAL_RULE);
    if (isFailure(checked)) return checked;
    rows.push({ from: Math.floor(row.effectiveFrom), rate: checked });
  }
  // Stable sort: of two rows with the same start, the later one is "the last row" and wins.
  rows.sort((a, b) => a.from - b.from);
  let total: Decimal = new Money(0);
  if (lastDay < firstDay) return total;
  if (rows[0].from > firstDay) return fail("noAnswer", M.rateTableStartsLate());
  for (let i = 0; i < rows.length; i++) {
    const start = Math.max(rows[i].from, firstDay);
    const end = Math.min(i + 1 < rows.length ? rows[i + 1].from - 1 : lastDay, lastDay);
    if (end >= start) total = total.plus(rows[i].rate.times(end - start + 1));
  }
  return total;
}
