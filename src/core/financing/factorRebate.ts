import Decimal from "decimal.js";
import { isFailure, type Result } from "../failure";
import { Money, moneyToNumber } from "../money/money";
import type { Amount } from "../metrics/sumAmounts";
import { factorAdvance } from "./factorAdvance";
import { factorFee } from "./factorFee";

/**
 * Reserve the factor releases when the customer pays: amount − advance − fee (negative when the fee
 * outgrows the reserve). The advance and the fee are cash that moved, each to the cent, so the
 * rebate is taken from those cent amounts: advance + fee + rebate equals the invoice to the cent,
 * as on the factor's statement.
 *
 * @param amount - invoice amount, e.g. 10000
 * @param advanceRate - fraction advanced, in (0, 1], e.g. 0.8
 * @param feeRate - fee per period as a fraction, e.g. 0.02
 * @param days - days until the customer pays, e.g. 45
 * @param periodDays - days per fee period, default 30
 * @returns money, to the cent
 *
 * @example
 * factorRebate(10000, 0.8, 0.02, 45) //=> 1600
 */
export function factorRebate(
  amount: Amount,
  advanceRate: number | Decimal,
  feeRate: number | Decimal,
  days: number,
  periodDays = 30,
): Result<number> {
  const advance = factorAdvance(amount, advanceRate);
  if (isFailure(advance)) return advance;
  const fee = factorFee(amount, feeRate, days, periodDays);
  if (isFailure(fee)) return fee;
  return moneyToNumber(new Money(amount).minus(advance).minus(fee));
}
