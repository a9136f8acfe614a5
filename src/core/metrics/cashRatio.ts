import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { sumAmounts, type AmountCells } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Cash ratio: (cash + marketable securities) / current liabilities, the strictest liquidity ratio.
 *
 * @param cash - cash and equivalents, e.g. 50000
 * @param marketableSecurities - marketable securities, e.g. 25000
 * @param currentLiabilities - current liabilities, e.g. 150000
 * @returns the ratio, unrounded
 *
 * @example
 * cashRatio(50000, 25000, 150000) //=> 0.5
 */
export function cashRatio(cash: AmountCells, marketableSecurities: AmountCells, currentLiabilities: AmountCells): Result<number> {
  const cashCents = sumAmounts(cash, "cash");
  if (isFailure(cashCents)) return cashCents;
  const securitiesCents = sumAmounts(marketableSecurities, "marketable_securities");
  if (isFailure(securitiesCents)) return securitiesCents;
  const liabilitiesCents = sumAmounts(currentLiabilities, "current_liabilities");
  if (isFailure(liabilitiesCents)) return liabilitiesCents;
  if (liabilitiesCents === 0) return fail("divideByZero", M.liabilitiesZero());
  return new Money(cashCents).plus(securitiesCents).dividedBy(liabilitiesCents).toNumber();
}
