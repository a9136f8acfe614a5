import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { checkDays } from "./checkDays";
import { sumAmounts, type AmountCells } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Collection effectiveness index as a fraction: (B + S − E) / (B + S − E_current), what was
 * collected over what was collectable. With `periods`, S is the average credit sales per period
 * (credit_sales / periods), the Credit Research Foundation's wording of the formula.
 *
 * @param beginningReceivables - receivables at the start, e.g. 500000
 * @param creditSales - credit sales over the span, e.g. 600000
 * @param endingReceivables - receivables at the end, e.g. 550000
 * @param endingCurrentReceivables - not-yet-due receivables at the end, e.g. 400000
 * @param periods - number of periods the sales span (e.g. 3 months); omit to use the sales as given
 * @returns the index as a fraction (0.8 = 80%), unrounded
 *
 * @example
 * collectionEffectivenessIndex(500000, 600000, 550000, 400000, 3) //=> 0.5
 */
export function collectionEffectivenessIndex(
  beginningReceivables: AmountCells,
  creditSales: AmountCells,
  endingReceivables: AmountCells,
  endingCurrentReceivables: AmountCells,
  periods?: number | null,
): Result<number> {
  const beginning = sumAmounts(beginningReceivables, "beginning_receivables");
  if (isFailure(beginning)) return beginning;
  const salesCents = sumAmounts(creditSales, "credit_sales");
  if (isFailure(salesCents)) return salesCents;
  const ending = sumAmounts(endingReceivables, "ending_receivables");
  if (isFailure(ending)) return ending;
  const endingCurrent = sumAmounts(endingCurrentReceivables, "ending_current_receivables");
  if (isFailure(endingCurrent)) return endingCurrent;

  let sales = new Money(salesCents);
  if (periods !== null && periods !== undefined) {
    const count = checkDays(periods, "periods", "3", "periods");
    if (isFailure(count)) return count;
    sales = sales.dividedBy(count);
  }
  const collectable = sales.plus(beginning).minus(endingCurrent);
  if (collectable.isZero()) return fail("divideByZero", M.nothingCollectable());
  return sales.plus(beginning).minus(ending).dividedBy(collectable).toNumber();
}
