import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { checkDays } from "./checkDays";
import { sumAmounts, type AmountCells } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Best possible DSO (BPDSO): the DSO if every customer paid exactly on terms, current (not yet due)
 * receivables / credit sales × days.
 *
 * @param currentReceivables - receivables not yet past due, e.g. 80000
 * @param creditSales - credit sales over the period, e.g. 730000
 * @param days - days in the period, default 365
 * @returns days, unrounded
 *
 * @example
 * bestPossibleDso(80000, 730000) //=> 40
 */
export function bestPossibleDso(currentReceivables: AmountCells, creditSales: AmountCells, days = 365): Result<number> {
  const period = checkDays(days, "days");
  if (isFailure(period)) return period;
  const currentCents = sumAmounts(currentReceivables, "current_receivables");
  if (isFailure(currentCents)) return currentCents;
  const salesCents = sumAmounts(creditSales, "credit_sales");
  if (isFailure(salesCents)) return salesCents;
  if (salesCents === 0) return fail("divideByZero", M.salesZero({ metric: "BPDSO" }));
  return new Money(currentCents).dividedBy(salesCents).times(period).toNumber();
}
