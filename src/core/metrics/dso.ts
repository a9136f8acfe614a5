import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { checkDays } from "./checkDays";
import { sumAmounts, type AmountCells } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Days sales outstanding: Σreceivables / Σcredit_sales × days. Ranges are summed (blank cells
 * skipped); the ratio is exact decimal arithmetic on cents, returned unrounded.
 *
 * @param receivables - receivables balance(s) at period end, e.g. 120000
 * @param creditSales - credit sales over the period, e.g. 730000
 * @param days - days in the period, default 365
 * @returns days, unrounded; a divideByZero failure when the sales sum to 0
 *
 * @example
 * dso(120000, 730000) //=> 60
 */
export function dso(receivables: AmountCells, creditSales: AmountCells, days = 365): Result<number> {
  const period = checkDays(days, "days");
  if (isFailure(period)) return period;
  const receivableCents = sumAmounts(receivables, "receivables");
  if (isFailure(receivableCents)) return receivableCents;
  const salesCents = sumAmounts(creditSales, "credit_sales");
  if (isFailure(salesCents)) return salesCents;
  if (salesCents === 0) return fail("divideByZero", M.salesZero({ metric: "DSO" }));
  return new Money(receivableCents).dividedBy(salesCents).times(period).toNumber();
}
