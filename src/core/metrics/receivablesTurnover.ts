import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { sumAmounts, type AmountCells } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Receivables turnover: credit sales / average receivables (times the receivables were collected in
 * the period).
 *
 * @param creditSales - credit sales over the period, e.g. 730000
 * @param averageReceivables - average receivables balance, e.g. 100000
 * @returns the turnover ratio, unrounded
 *
 * @example
 * receivablesTurnover(730000, 100000) //=> 7.3
 */
export function receivablesTurnover(creditSales: AmountCells, averageReceivables: AmountCells): Result<number> {
  const salesCents = sumAmounts(creditSales, "credit_sales");
  if (isFailure(salesCents)) return salesCents;
  const averageCents = sumAmounts(averageReceivables, "average_receivables");
  if (isFailure(averageCents)) return averageCents;
  if (averageCents === 0) return fail("divideByZero", M.averageReceivablesZero());
  return new Money(salesCents).dividedBy(averageCents).toNumber();
}
