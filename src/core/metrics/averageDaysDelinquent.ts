import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { checkDays } from "./checkDays";
import { sumAmounts, type AmountCells } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Average days delinquent (ADD): DSO − BPDSO, i.e. (receivables − current) / sales × days, the part
 * of DSO caused by late payment. Computed as one exact fraction so no intermediate rounding.
 *
 * @param receivables - total receivables, e.g. 120000
 * @param currentReceivables - receivables not yet past due, e.g. 80000
 * @param creditSales - credit sales over the period, e.g. 730000
 * @param days - days in the period, default 365
 * @returns days, unrounded
 *
 * @example
 * averageDaysDelinquent(120000, 80000, 730000) //=> 20
 */
export function averageDaysDelinquent(
  receivables: AmountCells,
  currentReceivables: AmountCells,
  creditSales: AmountCells,
  days = 365,
): Result<number> {
  const period = checkDays(days, "days");
  if (isFailure(period)) return period;
  const receivableCents = sumAmounts(receivables, "receivables");
  if (isFailure(receivableCents)) return receivableCents;
  const currentCents = sumAmounts(currentReceivables, "current_receivables");
  if (isFailure(currentCents)) return currentCents;
  const salesCents = sumAmounts(creditSales, "credit_sales");
  if (isFailure(salesCents)) return salesCents;
  if (salesCents === 0) return fail("divideByZero", M.salesZero({ metric: "ADD" }));
  return new Money(receivableCents).minus(currentCents).dividedBy(salesCents).times(period).toNumber();
}
