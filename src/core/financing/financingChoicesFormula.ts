import Decimal from "decimal.js";
import { serialToCalendar, type DateSystem } from "../dates/excelSerial";
import { centsToMoney, Money } from "../money/money";
import { formulaText } from "../report/formulaText";

/**
 * Literal pieces of the formulas the Financing table shows, so each formula is self-contained and
 * reproduces its figure wherever it is typed: numbers in plain decimal notation (never `1e-7`),
 * exactly as the core used them; dates as DATE(y,m,d) in the workbook's date system; text quoted
 * the Excel way.
 *
 * @example
 * financingChoicesFormula.cents(1234560) //=> "12345.6"
 */
export const financingChoicesFormula = {
  number(value: Decimal.Value): string {
    return new Money(value).toFixed();
  },
  cents(cents: number): string {
    return centsToMoney(cents).toFixed();
  },
  date(serial: number, system: DateSystem): string {
    const { year, month, day } = serialToCalendar(serial, system);
    return `DATE(${year},${month},${day})`;
  },
  /** A whole-day offset added to a date: `+18`, `-5`, or nothing for 0. */
  plusDays(days: number): string {
    return days === 0 ? "" : days > 0 ? `+${days}` : `${days}`;
  },
  /** A text literal, quotes doubled (report's formulaText, the one implementation). */
  text: formulaText,
};
