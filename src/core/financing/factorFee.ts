import Decimal from "decimal.js";
import { isFailure, type Result } from "../failure";
import { Money, moneyToNumber } from "../money/money";
import type { Amount } from "../metrics/sumAmounts";
import { checkRate } from "./checkRate";
import { factorPeriods } from "./factorPeriods";

/** The fee rate's rule: a fraction per period in [0, 1], typically 0.01–0.05. */
export const FEE_RATE_RULE = { name: "fee_rate", example: "0.02" } as const;

/**
 * Factoring fee: amount × fee_rate × periods, periods = ceil(days / period_days), at least 1.
 *
 * @param amount - invoice amount, e.g. 10000
 * @param feeRate - fee per period as a fraction, e.g. 0.02
 * @param days - days until the customer pays, e.g. 45
 * @param periodDays - days per fee period, default 30
 * @returns money, to the cent
 *
 * @example
 * factorFee(10000, 0.02, 45) //=> 400
 */
export function factorFee(amount: Amount, feeRate: number | Decimal, days: number, periodDays = 30): Result<number> {
  const rate = checkRate(feeRate, FEE_RATE_RULE);
  if (isFailure(rate)) return rate;
  const periods = factorPeriods(days, periodDays);
  if (isFailure(periods)) return periods;
  return moneyToNumber(new Money(amount).times(rate).times(periods));
}
