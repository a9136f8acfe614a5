import { dayMonthEvidence, type DayMonthOrder } from "../core/dates/dayMonthOrder";
import { fail, isFailure, type Failure, type Result } from "../core/failure";
import { parseAmountWithCurrency } from "../core/money/parseAmount";
import { FM } from "./functionMessages";

/**
 * What an argument's texts say as a whole, beyond any one cell: the day-month order a range's
 * text dates prove, and the currencies a call's text amounts name. The ledger scan reads a column
 * the same way (core/dates/dayMonthOrder, core/money/amountText), so a function and the pane agree
 * on the same cells.
 */

/**
 * The order a range's day-month texts prove (`30/01/2025` proves day first, so `01/02/2025` beside
 * it is 1 February), `undefined` when none proves one (each text is then read on its own), or
 * #VALUE! when the range proves both orders.
 *
 * @example
 * dayMonthOrderOf(["01/02/2025", "30/01/2025"], "due_dates") //=> "dmy"
 */
export function dayMonthOrderOf(texts: readonly string[], name: string): Result<DayMonthOrder | undefined> {
  if (texts.length === 0) return undefined;
  const evidence = dayMonthEvidence(texts);
  if (evidence.kind === "conflicting") {
    return fail("unreadable", FM.dateOrderConflict({ name, dayFirst: evidence.dayFirst, monthFirst: evidence.monthFirst }));
  }
  return evidence.kind === "proven" ? evidence.order : undefined;
}

/**
 * The text cells of a matrix, row by row (numbers, blanks and errors left out).
 *
 * @example
 * textsOf([[1, "30/06/2025"], [null, "x"]]) //=> ["30/06/2025", "x"]
 */
export function textsOf(matrix: readonly (readonly unknown[])[]): string[] {
  const texts: string[] = [];
  for (const row of matrix) for (const cell of row) if (typeof cell === "string") texts.push(cell);
  return texts;
}

// What is left of an amount's text without its digits, separators, signs and brackets: its
// currency mark ("USD", "US$", "€", "元", "$"), or nothing.
const NUMBER_PARTS = /[\d\s\u00a0\u202f.,'()+\-−–—]/g;

/** Excel's FILTER function, named in the message as the analyst types it. */
const FILTER = "FILTER";

/**
 * The currencies the text amounts of one AR.* call name, as ISO codes: `USD 100` and `100 USD`
 * name USD, `€100` EUR, `100元` CNY. A bare `¥` or `$` names none (yen or yuan; US or another
 * dollar), so it counts like a number, which names none either. Two different codes make the call
 * #VALUE!: adding `USD 100` to `EUR 200` is no amount in any currency.
 *
 * @example
 * const names = new CurrencyNames(); names.note("USD 100"); names.note("EUR 5"); names.mixed()?.message //=> "amounts mix currencies (EUR, USD): filter to one currency first, e.g. with FILTER(…)"
 */
export class CurrencyNames {
  private readonly names = new Set<string>();
  // The currency of each mark met: a text amount's currency depends on its mark alone, so a
  // million-row column of "USD …" texts is parsed again once, not a million times.
  private readonly byMark = new Map<string, string | null>();

  /** Notes the currency a cell's text names, if any; cells that do not read as amounts are skipped. */
  note(cell: unknown): void {
    if (typeof cell !== "string") return;
    const mark = cell.replace(NUMBER_PARTS, "");
    if (mark === "") return;
    let currency = this.byMark.get(mark);
    if (currency === undefined) {
      const read = parseAmountWithCurrency(cell);
      if (read === null || isFailure(read)) return;
      currency = read.currency;
      this.byMark.set(mark, currency);
    }
    if (currency !== null) this.names.add(currency);
  }

  /** #VALUE! naming the currencies when more than one was noted. */
  mixed(): Failure | undefined {
    if (this.names.size < 2) return undefined;
    return fail("unreadable", FM.mixedCurrencies({ currencies: [...this.names].sort(), filter: FILTER }));
  }
}
