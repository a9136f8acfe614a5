import Decimal from "decimal.js";
import { isFailure, type Result } from "../failure";
import { checkDays } from "../metrics/checkDays";
import { checkRate } from "./checkRate";
import { ADVANCE_RATE_RULE } from "./factorAdvance";
import { FEE_RATE_RULE } from "./factorFee";
import { factorPeriods } from "./factorPeriods";

/**
 * Annualised cost of a factoring advance: (fee_rate × periods / advance_rate) × 365 / days. The fee
 * is charged on the whole invoice but only the advance is cash received, hence the division.
 *
 * @param advanceRate - fraction advanced, in (0, 1], e.g. 0.8
 * @param feeRate - fee per period as a fraction, e.g. 0.02
 * @param days - days until the customer pays, e.g. 45
 * @param periodDays - days per fee period, default 30
 * @returns the annual rate as a fraction, unrounded
 *
 * @example
 * factorApr(0.8, 0.02, 60) //=> 0.30416666666666664
 */
export function factorApr(
  advanceRate: number | Decimal,
  feeRate: number | Decimal,
  days: number,
  periodDays = 30,
): Result<number> {
  const advance = checkRate(advanceRate, ADVANCE_RATE_RULE);
  if (isFailure(advance)) return advance;
  const fee = checkRate(feeRate, FEE_RATE_RULE);
  if (isFailure(fee)) return fee;
  const span = checkDays(days, "days", "45");
  if (isFailure(span)) return span;
  const periods = factorPeriods(span, periodDays);
  if (isFailure(periods)) return periods;
  return fee.times(periods).dividedBy(advance).times(365).dividedBy(span).toNumber();
}
