import { isFailure } from "../core/failure";
import { dueDateSerial } from "../core/terms/dueDateSerial";
import { parsePaymentTerms } from "../core/terms/parsePaymentTerms";
import { defineFunction, getDateSystem, lastResult } from "./convert";

/* Payment-terms custom functions (src/core/terms). Dates come back as serials in the workbook's
   date system (1900 or 1904, as the pane detected at start), so a cell formatted as a date shows
   the right day. */

// A single terms cell reaches every row of a spill: parse it once.
const termsOf = lastResult(parsePaymentTerms);

export const DUE_DATE = defineFunction({
  id: "DUEDATE",
  mode: "elementwise",
  specs: [
    { name: "invoice_date", kind: "date" },
    { name: "terms", kind: "value" },
  ] as const,
  compute: (invoice, terms) => {
    const parsed = termsOf(terms);
    return isFailure(parsed) ? parsed : dueDateSerial(invoice, parsed, getDateSystem());
  },
});

/**
 * The due date of each invoice under its payment terms, as a date serial (format the cells as dates). Net terms add days to the invoice date; EOM terms count from the end of the invoice month; COD is due on the invoice date. Spills one date per invoice date; a blank invoice date gives an empty cell.
 * @customfunction DUEDATE
 * @helpurl https://ar-credit-desk.example.com/help.html#duedate
 * @param invoice_date Invoice date(s), e.g. 2025-01-15, or a column of them: date cells, or text: yyyy-mm-dd, 30 Jun 2025, or day-month text whose order the range proves (30/06/2025).
 * @param terms Payment terms: days (30) or text such as Net 30, 2/10 net 30, Net 30 EOM, 月结30天, COD; one cell or one per invoice.
 * @returns The due date serial, e.g. 2025-02-14 for 2025-01-15 with Net 30, 2025-03-02 with Net 30 EOM.
 */
export function dueDate(invoice_date: any[][], terms: any[][]): any[][] {
  return DUE_DATE.call(invoice_date, terms);
}
